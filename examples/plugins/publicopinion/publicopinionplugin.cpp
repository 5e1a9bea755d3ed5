// SPDX-License-Identifier: GPL-2.0-or-later
// A minimal claim-type plugin: one claim type ("public opinion", from Full Fact's taxonomy) with fields, a
// checklist, guidance and a small detector that suggests sentences citing a poll or a survey.
#include <claimtypeprovider.h>

#include <QObject>
#include <QRegularExpression>

class PublicOpinionPlugin : public QObject, public Claimbench::ClaimTypeProvider, public Claimbench::ClaimDetector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "publicopinion.json")
    Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)

public:
    QList<Claimbench::ClaimType> claimTypes() const override
    {
        using namespace Claimbench;
        ClaimType t;
        t.id = QStringLiteral("public-opinion");
        t.name = tr("Public opinion");
        t.description = tr("What the public, or a group of people, thinks: polls and surveys.");
        t.colour = QStringLiteral("#17becf");
        t.fields = {
            {QStringLiteral("pollster"), tr("Pollster"), FieldDefinition::Text, {}, true},
            {QStringLiteral("sampleSize"), tr("Sample size"), FieldDefinition::Number, {}, false},
            {QStringLiteral("fieldwork"), tr("Fieldwork date"), FieldDefinition::Date, {}, false},
            {QStringLiteral("tables"), tr("Data tables"), FieldDefinition::Url, {}, false},
        };
        t.checklist = {
            {QStringLiteral("tables"), tr("Find the pollster's data tables")},
            {QStringLiteral("question"), tr("Read the exact question asked")},
            {QStringLiteral("sample"), tr("Check the sample: size, population, weighting")},
        };
        t.guidance = tr("A poll measures answers to one question, at one time, of one sample.");
        return {t};
    }

    // Re-entrant: no member state; checks `cancel` between matches.
    QList<Claimbench::Suggestion> detect(QStringView text, const Claimbench::Cancellation &cancel) const override
    {
        static const QRegularExpression cue(QStringLiteral("[^.!?\\n]*\\b(?:poll|survey|opinion poll)s?\\b[^.!?\\n]*"),
                                            QRegularExpression::CaseInsensitiveOption);
        QList<Claimbench::Suggestion> out;
        auto it = cue.globalMatchView(text);
        while (it.hasNext() && !cancel.isCancelled()) {
            const QRegularExpressionMatch m = it.next();
            qsizetype start = m.capturedStart();
            while (start < m.capturedEnd() && text[start].isSpace())
                ++start;
            if (m.capturedEnd() > start)
                out.append({start, m.capturedEnd(), QStringLiteral("public-opinion"), 0.6, tr("cites a poll or survey")});
        }
        return out;
    }
};

#include "publicopinionplugin.moc"
