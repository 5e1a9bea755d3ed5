// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The trained check-worthiness model: a logistic regression over hashed word n-grams and the cues' sentence
// features (the same model family as fastText's supervised mode, without its embedding layer), computed from
// the tokens Cues::analyse() already made for the rule detectors, so scoring a sentence costs a few table
// lookups. Its output margin is turned into a calibrated probability by Platt scaling fitted on a held-out part
// of the training data. Trained by tools/train-detector; the shipped model is a resource of this library, loaded
// once per process. A desk model (trainDesk()) is a sparse correction of the shipped weights learnt from a
// desk's decisions. GUI-free (Qt Core only); re-entrant: a Model is immutable once made.

#include "claimbench_checkworthy_export.h"
#include "cues.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Claimbench::CheckWorthy {

/// How a model is trained (tools/train-detector picks them on the dev split).
struct Settings {
    int hashBits = 18;        ///< 2^hashBits weights
    int ngrams = 2;           ///< word n-grams up to this length (1..3)
    bool cueFeatures = true;  ///< the cues' sentence features (stance, figures, length) besides the n-grams
    int epochs = 5;
    double learningRate = 0.2; ///< SGD, decaying linearly to 0
    double l2 = 1e-5;          ///< per touched weight and step (towards the base weights for a desk model)
    quint32 seed = 16;         ///< the order of examples in each epoch
    friend bool operator==(const Settings &, const Settings &) = default;
};

/// One labelled text (a sentence or so).
struct Example {
    QString text;
    bool positive = false;
    friend bool operator==(const Example &, const Example &) = default;
};

/// A hashed feature of a sentence and the token it belongs to (n-grams: their first token; -1: the sentence).
struct Feature {
    quint32 hash = 0;
    int token = -1;
    int length = 1; ///< tokens covered
};

/// The features of one sentence, appended to `out`.
CLAIMBENCH_CHECKWORTHY_EXPORT void sentenceFeatures(const Cues::Sentence &s, const Settings &settings,
                                                    std::vector<Feature> &out);

/// Whether the model can read the sentence: most of its words in Latin letters (it was trained on English).
CLAIMBENCH_CHECKWORTHY_EXPORT bool readable(const Cues::Sentence &s);

/// Tokens and stance of a whole text taken as one sentence (a training example may hold two).
struct WholeText {
    std::vector<Cues::Token> tokens;
    Cues::Sentence sentence;
};
CLAIMBENCH_CHECKWORTHY_EXPORT std::unique_ptr<WholeText> wholeText(QStringView text);

/// Why a sentence scored as it did: the tokens that pushed it up most, strongest first.
struct Evidence {
    double margin = 0.0;
    QList<int> strongest;        ///< token indexes, at most three with a positive contribution
    std::vector<double> perToken; ///< contribution of each token (n-grams shared between their tokens)
    /// The weight of each feature of the sentence in the order margin() adds them: kept by
    /// Model::margin(s, evidence) for Model::explainScored().
    std::vector<float> weights;
};

class Model;
class DeskModel;

/// Trains a model on `examples` (deterministic for given settings and examples). The calibration is the
/// identity and the threshold 0.5 until setCalibration()/setThreshold().
CLAIMBENCH_CHECKWORTHY_EXPORT Model train(const QList<Example> &examples, const Settings &settings);

/// Trains on a desk's decisions on top of `base` (L2 pulls the weights towards the base ones, so a few
/// decisions adjust rather than replace it; the bias stays, since a desk's decisions are a biased sample of
/// sentences); the calibration and threshold stay the base model's. Fills `desk` with the correction when given.
/// Uses settings.epochs, learningRate, l2 and seed.
CLAIMBENCH_CHECKWORTHY_EXPORT Model trainDesk(const Model &base, const QList<Example> &decisions,
                                              const Settings &settings, DeskModel *desk = nullptr);

class CLAIMBENCH_CHECKWORTHY_EXPORT Model
{
public:
    Model(); ///< invalid
    bool isValid() const { return !m_weights.empty(); }

    /// Reads a model file; an invalid model and `error` set when the bytes are not one.
    static Model fromBytes(const QByteArray &bytes, QString *error);
    QByteArray toBytes() const;
    /// The model shipped in the library (plugin/checkworthy/checkworthy.model), read once per process.
    static const Model &shipped();

    const Settings &settings() const { return m_settings; }
    double threshold() const { return m_threshold; } ///< the calibrated probability from which to suggest
    double plattA() const { return m_plattA; }
    double plattB() const { return m_plattB; }
    /// A short identity of the weights (the first 16 hex digits of their SHA-256), for a desk model's base.
    QString id() const;

    double margin(const Cues::Sentence &s) const;
    /// The margin, as margin(s), keeping each feature's weight in `into` (its margin and weights) so that
    /// explainScored() explains the sentence without computing its features again: the detector scores every
    /// sentence and explains the few it suggests.
    double margin(const Cues::Sentence &s, Evidence &into) const;
    /// Completes `into` after margin(s, into) for the same sentence: perToken and strongest, as explain() makes them.
    void explainScored(const Cues::Sentence &s, Evidence &into) const;
    Evidence explain(const Cues::Sentence &s) const;
    void explain(const Cues::Sentence &s, Evidence &into) const; ///< reusing `into`'s buffers
    /// The calibrated probability of a margin: 1 / (1 + exp(-(a·margin + b))), a > 0 (monotone).
    double probability(double margin) const;
    double score(const Cues::Sentence &s) const { return probability(margin(s)); }
    double score(QStringView text) const; ///< the whole text as one sentence

    // Made by the trainer.
    void setCalibration(double a, double b);
    void setThreshold(double threshold) { m_threshold = threshold; }

private:
    friend Model train(const QList<Example> &, const Settings &);
    friend class DeskModel;
    friend Model trainDesk(const Model &, const QList<Example> &, const Settings &, DeskModel *);
    quint32 bucket(quint32 hash) const { return (hash * 0x9E3779B1u) >> (32 - m_settings.hashBits); }
    double weightSum(const std::vector<Feature> &features) const;

    Settings m_settings;
    std::vector<float> m_weights;
    float m_bias = 0.0f;
    double m_plattA = 1.0;
    double m_plattB = 0.0;
    double m_threshold = 0.5;
};

/// Platt scaling fitted on held-out examples' margins and labels: (a, b) with a > 0.
struct Platt {
    double a = 1.0;
    double b = 0.0;
};
CLAIMBENCH_CHECKWORTHY_EXPORT Platt fitPlatt(const std::vector<double> &margins, const std::vector<bool> &labels);

/// A desk's correction of a base model: the weights its decisions moved, as (bucket, delta) pairs.
class CLAIMBENCH_CHECKWORTHY_EXPORT DeskModel
{
public:
    static constexpr quint32 FormatVersion = 1;
    DeskModel() = default; ///< invalid
    bool isValid() const { return !m_base.isEmpty(); }
    static DeskModel fromBytes(const QByteArray &bytes, QString *error);
    QByteArray toBytes() const;
    QString base() const { return m_base; } ///< Model::id() of the model it corrects
    int positives() const { return m_positives; }
    int negatives() const { return m_negatives; }
    qsizetype size() const { return qsizetype(m_deltas.size()); } ///< weights changed
    /// The base model with this correction applied; an invalid model and `error` when `base` is not the model
    /// this correction was learnt on.
    Model apply(const Model &base, QString *error) const;

private:
    friend Model trainDesk(const Model &, const QList<Example> &, const Settings &, DeskModel *);
    QString m_base;
    int m_positives = 0;
    int m_negatives = 0;
    std::vector<std::pair<quint32, float>> m_deltas;
};

/// The desk model's file inside a desk folder: DIR/.claimbench/checkworthy-desk.model.
CLAIMBENCH_CHECKWORTHY_EXPORT QString deskModelPath(const QString &deskDir);

/// The model for the documents of the desk folder `deskDir`: the shipped one corrected by the desk model
/// (deskModelPath(deskDir)) when that holds a valid one for it; the shipped one when `deskDir` is empty or has
/// no desk model, or one made for another shipped model (with a warning). Each desk model is read once and again
/// only when its file changes (size or time); thread-safe.
CLAIMBENCH_CHECKWORTHY_EXPORT std::shared_ptr<const Model> modelForDesk(const QString &deskDir);

/// The environment variable naming the desk whose model the detector uses: the host sets it to the desk of the
/// document it detects in (Claimbench::deskDirOf()), and the plugin workers inherit it.
inline constexpr char DeskVariable[] = "CLAIMBENCH_DESK";

/// The model the detector uses now: modelForDesk() of the folder named by CLAIMBENCH_DESK (read at every call).
CLAIMBENCH_CHECKWORTHY_EXPORT std::shared_ptr<const Model> activeModel();

/// A calibrated probability in [0, 1] as the rationale writes it, "0.29": exactly QString::number(p, 'f', 2)
/// (rounded half up), without its locale machinery, which costs more than scoring a sentence.
CLAIMBENCH_CHECKWORTHY_EXPORT QString probabilityText(double p);

/// The claim inside a sentence: the clause (or statement) holding the strongest evidence, without leading
/// discourse words ("Well,", "and", "you know"), as token indexes [first, last]; the whole sentence when no
/// clause is shorter.
CLAIMBENCH_CHECKWORTHY_EXPORT std::pair<int, int> claimSpan(const Cues::Sentence &s, const Evidence &evidence);

} // namespace Claimbench::CheckWorthy
