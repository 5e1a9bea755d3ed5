// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkworthydata.h"

#include <QFile>

#include <cmath>

namespace Claimbench::CheckWorthy {

QList<Example> readCheckThat(const QString &path, QString *error)
{
    QList<Example> items;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return items;
    }
    bool header = true;
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        line.remove(u'\r').remove(u'\n');
        if (header) {
            header = false;
            continue;
        }
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 3)
            continue;
        QString text = cols.at(1);
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
            text = text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        items << Example{text, cols.at(2).trimmed() == QStringLiteral("Yes")};
    }
    if (items.isEmpty() && error)
        *error = QStringLiteral("no labelled sentences");
    return items;
}

Scores scores(const std::vector<bool> &predicted, const std::vector<bool> &labels)
{
    Scores s;
    for (std::size_t i = 0; i < predicted.size() && i < labels.size(); ++i) {
        s.tp += predicted[i] && labels[i];
        s.fp += predicted[i] && !labels[i];
        s.fn += !predicted[i] && labels[i];
    }
    return s;
}

QList<ReliabilityBin> reliability(const std::vector<double> &probabilities, const std::vector<bool> &labels, int bins)
{
    QList<ReliabilityBin> table(bins);
    for (int b = 0; b < bins; ++b) {
        table[b].from = double(b) / bins;
        table[b].to = double(b + 1) / bins;
    }
    for (std::size_t i = 0; i < probabilities.size() && i < labels.size(); ++i) {
        const int b = std::clamp(int(probabilities[i] * bins), 0, bins - 1);
        table[b].count += 1;
        table[b].meanPredicted += probabilities[i];
        table[b].observed += labels[i];
    }
    for (ReliabilityBin &bin : table) {
        if (bin.count) {
            bin.meanPredicted /= bin.count;
            bin.observed /= bin.count;
        }
    }
    return table;
}

double calibrationError(const QList<ReliabilityBin> &table)
{
    double total = 0, err = 0;
    for (const ReliabilityBin &b : table) {
        total += b.count;
        err += b.count * std::abs(b.meanPredicted - b.observed);
    }
    return total > 0 ? err / total : 0.0;
}

} // namespace Claimbench::CheckWorthy
