// SPDX-License-Identifier: GPL-2.0-or-later
// Check-worthy statements: the trained model of checkworthy.h over every sentence of the text. It suggests the
// clause that carries the claim where that is shorter than the sentence, with the model's calibrated
// probability as the confidence and its strongest words as the rationale.
#include "checkworthy.h"
#include "claimtypeprovider.h"
#include "cues.h"

#include <QObject>

namespace Claimbench {

class CheckWorthyPlugin : public QObject, public ClaimTypeProvider, public ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "checkworthy.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
public:
    CheckWorthyPlugin() { CheckWorthy::Model::shipped(); } // read once per process, before the first text
    QList<ClaimType> claimTypes() const override;
    QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const override;
};

namespace {

const QString TypeId = QStringLiteral("check-worthy");

QString rationale(const Cues::Sentence &s, const CheckWorthy::Evidence &e, double probability)
{
    // Written into one allocation from translated pieces made once: thousands of suggestions in a long text.
    const QString &model = Cues::once([] { return CheckWorthyPlugin::tr("check-worthy by the trained model, p = "); });
    const QString &strongest = Cues::once([] { return CheckWorthyPlugin::tr("; strongest words: "); });
    const QString p = CheckWorthy::probabilityText(probability);
    constexpr char16_t Comma[] = u", ";
    qsizetype size = model.size() + p.size();
    for (qsizetype k = 0; k < e.strongest.size(); ++k) {
        const Cues::Token &t = s.at(e.strongest[k]);
        size += (k == 0 ? strongest.size() : 2) + 2 + (t.end - t.start);
    }
    QString out(size, Qt::Uninitialized);
    QChar *at = out.data();
    auto put = [&](const QChar *from, qsizetype n) {
        std::copy_n(from, n, at);
        at += n;
    };
    put(model.constData(), model.size());
    put(p.constData(), p.size());
    for (qsizetype k = 0; k < e.strongest.size(); ++k) {
        const Cues::Token &t = s.at(e.strongest[k]);
        if (k == 0)
            put(strongest.constData(), strongest.size());
        else
            put(reinterpret_cast<const QChar *>(Comma), 2);
        *at++ = QChar(u'“');
        put(s.text.constData() + t.start, t.end - t.start);
        *at++ = QChar(u'”');
    }
    return out;
}

} // namespace

QList<ClaimType> CheckWorthyPlugin::claimTypes() const
{
    ClaimType t;
    t.id = TypeId;
    t.name = tr("Check-worthy statement");
    t.description = tr("A factual statement the public would want checked, found by the trained detector.");
    t.colour = QStringLiteral("#7f7f7f");
    t.icon = QStringLiteral("dialog-information");
    t.fields = {
        {QStringLiteral("kind"), tr("Kind of claim"), FieldDefinition::Choice,
         {QStringLiteral("quantity"), QStringLiteral("event"), QStringLiteral("law or rule"), QStringLiteral("prediction"),
          QStringLiteral("causation"), QStringLiteral("quote"), QStringLiteral("other")}, false},
    };
    t.checklist = {
        {QStringLiteral("factual"), tr("Check that it states a fact that can be checked, not an opinion")},
        {QStringLiteral("source"), tr("Find the primary source")},
        {QStringLiteral("type"), tr("Change the claim type when a specific one fits")},
    };
    t.guidance = tr("The trained detector knows check-worthy sentences, not claim types: pick the specific type "
                    "(quantity, law, prediction...) when one fits. Its confidence is a calibrated probability "
                    "(see docs/detection.md).");
    return {t};
}

QList<Suggestion> CheckWorthyPlugin::detect(QStringView text, const Cancellation &cancel) const
{
    QList<Suggestion> out;
    const std::shared_ptr<const CheckWorthy::Model> active = CheckWorthy::activeModel();
    const CheckWorthy::Model &model = *active;
    if (!model.isValid())
        return out;
    const std::shared_ptr<const Cues::Analysis> analysis = Cues::analyse(text, cancel);
    if (!analysis)
        return out;
    std::size_t count = 0;
    CheckWorthy::Evidence e;
    for (const Cues::SentenceInfo &info : analysis->sentences) {
        if ((++count & 255) == 0 && cancel.isCancelled())
            return out;
        Cues::Sentence s;
        s.text = text;
        s.start = info.start;
        s.end = info.end;
        s.tokens = std::span<const Cues::Token>(analysis->tokens.data() + info.firstToken, info.tokenCount);
        s.stance = info.stance;
        // The score first, keeping the features' weights: most sentences stop there; the script check and the
        // explanation (from the kept weights) only for those that would be suggested.
        const double p = model.probability(model.margin(s, e));
        if (p < model.threshold() || !CheckWorthy::readable(s))
            continue;
        model.explainScored(s, e);
        const auto [first, last] = CheckWorthy::claimSpan(s, e);
        if (last < first)
            continue;
        out.append(Cues::makeSuggestion(s, first, last, TypeId, p, rationale(s, e, p)));
    }
    return out;
}

} // namespace Claimbench

#include "checkworthyplugin.moc"
