// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Learning from a desk: the decisions in its sidecars as examples (every marked or accepted claim a positive,
// every dismissed suggestion or dismissed claim a negative, each the sentence it is in), and the desk model
// trained from them on top of the shipped one, written into the desk folder. GUI-free (the core and the model);
// `claimbench-cli desk train DIR` and the workbench call trainDeskFolder().

#include "checkworthy.h"
#include "claim.h"
#include "claimbench_desklearning_export.h"
#include "locatederror.h"

#include <functional>

namespace Claimbench::CheckWorthy {

/// The decisions of one article: the sentences of `text` that hold a claim (positive) or a dismissed suggestion
/// or claim (negative); a sentence with both counts once, as positive.
CLAIMBENCH_DESKLEARNING_EXPORT QList<Example> articleDecisions(const QString &text, const ClaimSetData &data);

struct DeskDecisions {
    QList<Example> examples;
    int articles = 0;             ///< sidecars read
    QList<LocatedError> skipped;  ///< sidecars or documents that could not be read (not fatal)
};
/// How far a desk's training is: `done` of `total` steps (one per article, one for the training).
using DeskProgress = std::function<void(int done, int total)>;

/// Every `*.claims.json` under `deskDir` (recursively, hidden folders skipped) with its document. Stops early
/// (what was read so far) when `cancel` is cancelled; `progress` is called after each article, on this thread.
CLAIMBENCH_DESKLEARNING_EXPORT DeskDecisions deskDecisions(const QString &deskDir, const Cancellation &cancel = Cancellation(),
                                                           const DeskProgress &progress = {});

struct DeskTraining {
    DeskModel model;           ///< invalid on error
    QString path;              ///< where it was written
    DeskDecisions decisions;
    LocatedError error;        ///< why nothing was written (no decisions, cannot write, no shipped model, cancelled)
    bool cancelled = false;    ///< stopped by the cancellation: nothing written
    bool ok() const { return !error.isValid(); }
};
/// The settings of a desk model (a few epochs, strong pull towards the shipped weights).
CLAIMBENCH_DESKLEARNING_EXPORT Settings deskSettings();
/// Collects the desk's decisions, trains on top of `base` and writes deskModelPath(deskDir) atomically. May run
/// on any thread; `progress` is called on it (deskDecisions()' steps, then the training's). Cancelled before the
/// write, it writes nothing and says so (`cancelled`).
CLAIMBENCH_DESKLEARNING_EXPORT DeskTraining trainDeskFolder(const QString &deskDir, const Model &base = Model::shipped(),
                                                            const Cancellation &cancel = Cancellation(),
                                                            const DeskProgress &progress = {});

/// Makes the detector, in this process and in the plugin workers it starts from now on, use the desk model of the
/// desk `documentPath` is in (Claimbench::deskDirOf()); outside a desk, the desk CLAIMBENCH_DESK named when
/// this was first called (usually none: the shipped model). Returns the desk folder used ("" for none).
/// The workbench calls it when a document opens, `claimbench-cli scan` before it detects.
CLAIMBENCH_DESKLEARNING_EXPORT QString useDeskModelFor(const QString &documentPath);

} // namespace Claimbench::CheckWorthy
