// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Labelled sentences for the check-worthiness model: the CheckThat! TSV reader and the measures the trainer,
// the benchmark and the desk simulation share.

#include "checkworthy.h"

#include <vector>

namespace Claimbench::CheckWorthy {

/// Reads a CLEF CheckThat! Task 1 TSV (Sentence_id, Text, class_label; a header row; quoting off, one outer
/// pair of double quotes stripped and doubled inner quotes undone). Empty and `error` set when unreadable.
CLAIMBENCH_CHECKWORTHY_EXPORT QList<Example> readCheckThat(const QString &path, QString *error);

/// Precision, recall and F1 of the positive class.
struct Scores {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};
CLAIMBENCH_CHECKWORTHY_EXPORT Scores scores(const std::vector<bool> &predicted, const std::vector<bool> &labels);

/// One bin of a reliability table: predictions in [from, to), their mean and the observed rate of positives.
struct ReliabilityBin {
    double from = 0;
    double to = 0;
    int count = 0;
    double meanPredicted = 0;
    double observed = 0;
};
CLAIMBENCH_CHECKWORTHY_EXPORT QList<ReliabilityBin> reliability(const std::vector<double> &probabilities,
                                                                const std::vector<bool> &labels, int bins = 10);
/// The expected calibration error of a reliability table (bins weighted by their counts).
CLAIMBENCH_CHECKWORTHY_EXPORT double calibrationError(const QList<ReliabilityBin> &table);

} // namespace Claimbench::CheckWorthy
