// SPDX-License-Identifier: GPL-2.0-or-later
// The HTML report: a template with {{placeholders}} (docs/report-format.md) filled with generated sections.
// Every piece of user text goes through appendEscaped() or markdownToSafeHtml(); URLs become links only when
// isSafeReportUrl(); colours only when they are "#rrggbb". The output is well-formed XML as well as HTML.
#include "report.h"
#include "readabletext.h"
#include "report_p.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace Claimbench {

using namespace ReportDetail;

namespace {

const QLatin1String Csp("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                        "form-action 'none'");

bool needsIsolation(QStringView s);

class HtmlWriter
{
public:
    explicit HtmlWriter(const Report &report) : r(report), m_compact(effectiveLayout(report) == ReportLayout::Compact) {}

    QString text(QStringView s) const { return escapeHtml(s); }

    QString summary() const;
    QString claims(bool orphans) const;
    QString annotatedText() const;

private:
    void entry(QString &o, const ReportEntry &e) const;
    void compactEntry(QString &o, const ReportEntry &e) const;
    void sourceMeta(QString &o, const Source &s) const;
    void head(QString &o, const ReportEntry &e) const;
    void quote(QString &o, const ReportEntry &e) const;
    void attention(QString &o, const ReportEntry &e) const;
    void counts(QString &o, const QString &title, const QList<ReportCount> &list, bool verdictColours) const;
    void article(QString &o) const;
    void deskTable(QString &o) const;
    void verdictChip(QString &o, const ReportEntry &e) const;
    void factCheck(QString &o, const ReportEntry &e) const;
public:
    QString appendix() const;
private:
    /// A link to `url` labelled `label`; on paper its address follows it (the stylesheet's a[href]::after), unless
    /// the label is the address already (class "bare").
    void link(QString &o, QStringView url, QStringView label) const
    {
        if (isSafeReportUrl(url)) {
            o += label.trimmed() == url.trimmed() ? QLatin1String("<a class=\"bare\" href=\"") : QLatin1String("<a href=\"");
            appendEscaped(o, url.trimmed());
            o += QLatin1String("\">");
            appendEscaped(o, label);
            o += QLatin1String("</a>");
        } else {
            appendEscaped(o, label);
        }
    }
    /// `s` escaped, inside <bdi> (or `open`/`close`) when it needs a bidi isolate (the compact layout's runs).
    static void isolated(QString &o, QStringView s, QLatin1StringView open = QLatin1StringView("<bdi>"),
                         QLatin1StringView close = QLatin1StringView("</bdi>"))
    {
        const bool isolate = needsIsolation(s);
        if (isolate)
            o += open;
        appendEscaped(o, s);
        if (isolate)
            o += close;
    }
    const Report &r;
    bool m_compact = false;
};

// Whether user text needs a bidi isolate (<bdi>, dir="auto") to keep it from reordering the text around it: only text
// with right-to-left characters or explicit directional formatting does. Left-to-right text looks the same without
// one, and every element is another text run for Chromium to lay out and print (the compact layout leaves them out).
bool needsIsolation(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        switch (QChar::direction(c)) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            break;
        }
    }
    return false;
}

void HtmlWriter::counts(QString &o, const QString &title, const QList<ReportCount> &list, bool verdictColours) const
{
    o += QLatin1String("<div><h3>") + text(title) + QLatin1String("</h3>");
    if (list.isEmpty()) {
        o += QLatin1String("<p class=\"none\">") + text(tr("None")) + QLatin1String("</p></div>\n");
        return;
    }
    int max = 1;
    for (const ReportCount &c : list)
        max = std::max(max, c.count);
    o += QLatin1String("<table class=\"counts\">");
    for (const ReportCount &c : list) {
        QString colour = QStringLiteral("#1a1a1a");
        if (verdictColours) {
            const RatingLevel level = r.ratingScale.level(c.id);
            colour = c.id.isEmpty() ? QStringLiteral("#b8b2a7")
                                    : verdictColour(level.value, r.ratingScale.worst(), r.ratingScale.best());
        }
        o += QLatin1String("<tr><td>") + text(c.label) + QLatin1String("<span class=\"bar\"><i style=\"width:")
            + QString::number(qRound(100.0 * c.count / max)) + QLatin1String("%;background:") + colour
            + QLatin1String("\"></i></span></td><td class=\"n\">") + QString::number(c.count)
            + QLatin1String("</td></tr>");
    }
    o += QLatin1String("</table></div>\n");
}

// The article the review is about (its source: title, site, byline, date, address) and who publishes the review;
// the file name only when the article has no source. Then who reviewed it, and when.
void HtmlWriter::article(QString &o) const
{
    const DocumentSource &src = r.document.source;
    const Publication &pub = r.publication;
    o += QLatin1String("<div class=\"article-info\">\n<h2>") + text(tr("The article")) + QLatin1String("</h2>\n");
    const QString title = src.title.simplified();
    o += QLatin1String("<p class=\"article-title\" dir=\"auto\">");
    if (!title.isEmpty())
        link(o, src.url, title);
    else
        appendEscaped(o, r.document.fileName.isEmpty() ? tr("untitled document") : r.document.fileName);
    o += QLatin1String("</p>\n");
    QStringList byline;
    if (!src.siteName.simplified().isEmpty())
        byline << QLatin1String("<b>") + text(src.siteName.simplified()) + QLatin1String("</b>");
    if (!src.byline.simplified().isEmpty())
        byline << QLatin1String("<bdi>") + text(src.byline.simplified()) + QLatin1String("</bdi>");
    if (!src.publishedTime.isEmpty())
        byline << text(tr("published %1").arg(src.publishedTime.left(10)));
    if (!byline.isEmpty())
        o += QLatin1String("<p class=\"article-byline\">") + byline.join(QStringLiteral(" \u00B7 ")) + QLatin1String("</p>\n");

    o += QLatin1String("<dl class=\"identity\">\n");
    auto row = [&](const QString &label, const QString &valueHtml) {
        o += QLatin1String("<dt>") + text(label) + QLatin1String("</dt><dd>") + valueHtml + QLatin1String("</dd>\n");
    };
    if (!src.url.isEmpty()) {
        QString a;
        link(a, src.url, src.url);
        row(tr("Address"), QLatin1String("<span class=\"url\">") + a + QLatin1String("</span>"));
    }
    if (!title.isEmpty() && src.url.isEmpty() && !r.document.fileName.isEmpty())
        row(tr("File"), QLatin1String("<bdi>") + text(r.document.fileName) + QLatin1String("</bdi>"));
    if (src.retrieved.isValid())
        row(tr("Retrieved"), text(displayDateTime(src.retrieved)));
    if (!pub.publisher.isEmpty()) {
        QString a;
        link(a, pub.publisherUrl, pub.publisher);
        row(tr("Checked by"), QLatin1String("<bdi>") + a + QLatin1String("</bdi>"));
    }
    if (!pub.headline.simplified().isEmpty() && pub.headline.simplified() != r.title)
        row(tr("Headline"), QLatin1String("<bdi>") + text(pub.headline.simplified()) + QLatin1String("</bdi>"));
    if (!pub.url.isEmpty()) {
        QString a;
        link(a, pub.url, pub.url);
        row(tr("Published at"), QLatin1String("<span class=\"url\">") + a + QLatin1String("</span>"));
    }
    if (pub.datePublished.isValid())
        row(tr("Publication date"), text(pub.datePublished.toString(Qt::ISODate)));
    const ReportSummary &s = r.summary;
    QStringList names;
    for (const QString &n : s.reviewers)
        names << QLatin1String("<bdi>") + text(n) + QLatin1String("</bdi>");
    row(tr("Reviewers"), names.isEmpty() ? text(tr("none recorded")) : names.join(QStringLiteral(", ")));
    if (s.firstCreated.isValid() || s.lastModified.isValid())
        row(tr("Review period"), text(displayDateTime(s.firstCreated)) + QStringLiteral(" \u2013 ") + text(displayDateTime(s.lastModified)));
    if (r.options.generatedAt.isValid())
        row(tr("Report generated"), text(displayDateTime(r.options.generatedAt)));
    o += QLatin1String("</dl>\n</div>\n");
}

void HtmlWriter::verdictChip(QString &o, const ReportEntry &e) const
{
    if (e.claim.verdict.isEmpty()) {
        o += QLatin1String("<span class=\"verdict unset\">") + text(tr("No verdict yet")) + QLatin1String("</span>");
        return;
    }
    o += QLatin1String("<span class=\"verdict\" style=\"background:")
        + verdictColour(e.verdictValue, r.ratingScale.worst(), r.ratingScale.best()) + QLatin1String("\">");
    appendEscaped(o, e.verdictLabel);
    o += QLatin1String("</span>");
}

// The desk summary: one row per claim with what a desk hands over (number, statement, claimant, verdict and the
// reason for it). A claim not done says its status under the verdict; one that needs attention is flagged.
void HtmlWriter::deskTable(QString &o) const
{
    if (r.entries.isEmpty()) {
        o += QLatin1String("<p class=\"none\">") + text(tr("No claims have been marked in this article.")) + QLatin1String("</p>\n");
        return;
    }
    o += QLatin1String("<table class=\"desk\">\n<thead><tr><th class=\"n\">") + text(tr("No.")) + QLatin1String("</th><th>")
        + text(tr("Claim")) + QLatin1String("</th><th>") + text(tr("Claimant")) + QLatin1String("</th><th>")
        + text(tr("Verdict")) + QLatin1String("</th><th>") + text(tr("Conclusion")) + QLatin1String("</th></tr></thead>\n<tbody>\n");
    for (const ReportEntry &e : r.entries) {
        const QString n = QString::number(e.number);
        const Claim &c = e.claim;
        o += QLatin1String("<tr") + (c.status == ClaimStatus::Dismissed ? QLatin1String(" class=\"dismissed\"") : QLatin1String(""))
            + QLatin1String("><td class=\"n\"><a class=\"no\" href=\"#claim-") + n + QLatin1String("\">") + n
            + QLatin1String("</a></td><td class=\"statement\" dir=\"auto\">");
        appendEscaped(o, excerpt(entryStatement(e), 240));
        o += QLatin1String("</td><td class=\"claimant\" dir=\"auto\">");
        if (!c.claimant.name.simplified().isEmpty()) {
            appendEscaped(o, c.claimant.name.simplified());
            if (!c.claimant.role.simplified().isEmpty()) {
                o += QLatin1String("<span class=\"role\">");
                appendEscaped(o, c.claimant.role.simplified());
                o += QLatin1String("</span>");
            }
        } else if (!c.claimant.role.simplified().isEmpty()) {
            appendEscaped(o, c.claimant.role.simplified());
        }
        o += QLatin1String("</td><td class=\"v\">");
        verdictChip(o, e);
        if (c.status != ClaimStatus::Done)
            o += QLatin1String("<span class=\"state\">") + text(e.statusLabel) + QLatin1String("</span>");
        if (!e.checkAgain.isEmpty())
            o += QLatin1String("<span class=\"state flagged\">") + text(tr("Check again")) + QLatin1String("</span>");
        if (!e.conflicts.isEmpty())
            o += QLatin1String("<span class=\"state flagged\">") + text(tr("Conflict")) + QLatin1String("</span>");
        o += QLatin1String("</td><td class=\"conclusion\" dir=\"auto\">");
        appendEscaped(o, c.conclusion.simplified());
        o += QLatin1String("</td></tr>\n");
    }
    o += QLatin1String("</tbody>\n</table>\n");
}

// The fact-check as it is published, at the top of a claim's entry: the statement (when it is not the quote), who
// made the claim, where (when not in the article), and the conclusion.
void HtmlWriter::factCheck(QString &o, const ReportEntry &e) const
{
    const Claim &c = e.claim;
    const QString statement = c.statement.simplified();
    const QString claimant = claimantText(c.claimant);
    const QString conclusion = c.conclusion.simplified();
    const bool hasStatement = !statement.isEmpty() && statement != c.quote.exact.simplified();
    if (!hasStatement && claimant.isEmpty() && conclusion.isEmpty() && c.appearance.isEmpty())
        return;
    if (m_compact) {
        auto label = [&](const QString &l) { o += QLatin1String("<b class=\"k\">") + text(l) + QLatin1String(" </b>"); };
        o += QLatin1String("<p class=\"factcheck\">");
        bool first = true;
        auto sep = [&] {
            if (!first)
                o += QLatin1String("<br/>");
            first = false;
        };
        if (hasStatement) {
            sep();
            label(tr("Claim"));
            isolated(o, statement);
        }
        if (!claimant.isEmpty()) {
            sep();
            label(tr("Claimant"));
            isolated(o, claimant);
        }
        if (!c.appearance.isEmpty()) {
            sep();
            label(tr("Appeared"));
            if (!c.appearance.url.isEmpty())
                link(o, c.appearance.url, c.appearance.url);
            if (c.appearance.date.isValid())
                o += (c.appearance.url.isEmpty() ? QString() : QStringLiteral(", ")) + c.appearance.date.toString(Qt::ISODate);
        }
        if (!conclusion.isEmpty()) {
            sep();
            label(tr("Conclusion"));
            isolated(o, conclusion);
        }
        o += QLatin1String("</p>\n");
        return;
    }
    o += QLatin1String("<dl class=\"factcheck\">");
    auto row = [&](const QString &label, const QString &valueHtml, QLatin1StringView cls = QLatin1StringView()) {
        o += QLatin1String("<dt>") + text(label) + QLatin1String("</dt><dd dir=\"auto\"");
        if (!cls.isEmpty())
            o += QLatin1String(" class=\"") + cls + u'"';
        o += QLatin1String(">") + valueHtml + QLatin1String("</dd>");
    };
    if (hasStatement)
        row(tr("Claim"), text(statement), QLatin1StringView("statement"));
    if (!claimant.isEmpty())
        row(tr("Claimant"), text(claimant));
    if (!c.appearance.isEmpty()) {
        QString where;
        if (!c.appearance.url.isEmpty())
            link(where, c.appearance.url, c.appearance.url);
        if (c.appearance.date.isValid())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + c.appearance.date.toString(Qt::ISODate);
        row(tr("Appeared"), where);
    }
    if (!conclusion.isEmpty())
        row(tr("Conclusion"), text(conclusion), QLatin1StringView("conclusion"));
    o += QLatin1String("</dl>\n");
}

// The integrity appendix: what identifies the reviewed bytes (the document's SHA-256, length and encoding; the
// original's snapshot and its hash), for whoever must show that the review is of this text.
QString HtmlWriter::appendix() const
{
    if (!r.options.includeIntegrity)
        return QString();
    const DocumentIdentity &d = r.document;
    QString o;
    o += QLatin1String("<section class=\"appendix\" id=\"appendix\">\n<h2>") + text(tr("Appendix: the reviewed text"))
        + QLatin1String("</h2>\n<p class=\"lede\">") + text(tr("What identifies the text the claims were checked against."))
        + QLatin1String("</p>\n<dl class=\"identity\">\n");
    auto row = [&](const QString &label, const QString &valueHtml) {
        o += QLatin1String("<dt>") + text(label) + QLatin1String("</dt><dd>") + valueHtml + QLatin1String("</dd>\n");
    };
    row(tr("Document"), QLatin1String("<bdi>") + text(d.fileName.isEmpty() ? tr("untitled") : d.fileName) + QLatin1String("</bdi>")
            + (d.mediaType.isEmpty() ? QString() : QLatin1String(" (") + text(d.mediaType) + u')'));
    if (!d.sha256.isEmpty())
        row(tr("SHA-256"), QLatin1String("<code>") + text(d.sha256) + QLatin1String("</code>"));
    row(tr("Length"), text(tr("%1 characters").arg(d.length)));
    if (d.encoding.isValid())
        row(tr("Encoding"), text(encodingText(d.encoding)));
    const DocumentSource &src = d.source;
    if (!src.redirects.isEmpty()) {
        QStringList hops;
        for (const QString &u : src.redirects) {
            QString a;
            link(a, u, u);
            hops << QLatin1String("<span class=\"url\">") + a + QLatin1String("</span>");
        }
        row(tr("Redirected from"), hops.join(QStringLiteral("<br/>")));
    }
    if (!src.snapshot.isEmpty())
        row(tr("Original kept as"), QLatin1String("<bdi>") + text(src.snapshot) + QLatin1String("</bdi>")
                + (src.mediaType.isEmpty() ? QString() : QLatin1String(" (") + text(src.mediaType) + u')'));
    if (!src.sha256.isEmpty())
        row(tr("Original's SHA-256"), QLatin1String("<code>") + text(src.sha256) + QLatin1String("</code>"));
    o += QLatin1String("</dl>\n</section>\n");
    return o;
}

QString HtmlWriter::summary() const
{
    const ReportSummary &s = r.summary;
    QString o;
    o += QLatin1String("<section class=\"summary\" id=\"summary\">\n");
    article(o);
    o += QLatin1String("<h2>") + text(tr("Summary")) + QLatin1String("</h2>\n");
    if (!m_compact)
        deskTable(o);

    o += QLatin1String("<div class=\"figures\">");
    auto figure = [&](int n, const QString &label) {
        o += QLatin1String("<div class=\"figure\"><b>") + QString::number(n) + QLatin1String("</b>") + text(label) + QLatin1String("</div>");
    };
    figure(s.total, tr("claims"));
    figure(s.rated, tr("with a verdict"));
    figure(s.open.size(), tr("still open"));
    figure(s.orphans, tr("orphaned"));
    if (!s.checkAgain.isEmpty())
        figure(s.checkAgain.size(), tr("to check again"));
    if (!s.conflicted.isEmpty())
        figure(s.conflicted.size(), tr("with conflicts"));
    o += QLatin1String("</div>\n");

    o += QLatin1String("<div class=\"breakdowns\">\n");
    counts(o, tr("Verdicts"), s.byVerdict, true);
    counts(o, tr("Claim types"), s.byType, false);
    counts(o, tr("Status"), s.byStatus, false);
    o += QLatin1String("</div>\n");

    QHash<int, const ReportEntry *> byNumber;
    for (const ReportEntry &e : r.entries)
        byNumber.insert(e.number, &e);
    auto numberLinks = [](const QList<int> &numbers) {
        QStringList links;
        for (int n : numbers)
            links << QLatin1String("<a href=\"#claim-") + QString::number(n) + QLatin1String("\">") + QString::number(n)
                    + QLatin1String("</a>");
        return links.join(QStringLiteral(", "));
    };

    // Claims whose verdict may no longer hold: before what is still open, and only when there are any.
    if (!s.attention.isEmpty()) {
        o += QLatin1String("<h3>") + text(tr("Needs attention")) + QLatin1String("</h3>\n<p class=\"attention-note\">")
            + text(tr("The claimed text changed after the verdict, or two reviewers disagree. These claims are left out of "
                      "the ClaimReview export until they are checked again and the conflicts resolved."))
            + QLatin1String("</p>\n");
        if (m_compact) {
            if (!s.checkAgain.isEmpty())
                o += QLatin1String("<p class=\"attention-runs\"><b>") + text(tr("Check again")) + QLatin1String("</b> (")
                    + QString::number(s.checkAgain.size()) + QLatin1String("): ") + text(tr("No.")) + u' '
                    + numberLinks(s.checkAgain) + QLatin1String("</p>\n");
            if (!s.conflicted.isEmpty())
                o += QLatin1String("<p class=\"attention-runs\"><b>") + text(tr("Unresolved conflicts")) + QLatin1String("</b> (")
                    + QString::number(s.conflicted.size()) + QLatin1String("): ") + text(tr("No.")) + u' '
                    + numberLinks(s.conflicted) + QLatin1String("</p>\n");
        } else {
            o += QLatin1String("<ul class=\"attention-list\">\n");
            for (int n : s.attention) {
                const ReportEntry *e = byNumber.value(n);
                if (!e)
                    continue;
                QStringList why;
                if (!e->checkAgain.isEmpty())
                    why << text(e->checkAgain);
                for (const ReportEntry::Conflict &c : e->conflicts)
                    why << text(conflictHeading()) + QStringLiteral(" \u2014 ") + text(c.text);
                o += QLatin1String("<li><a href=\"#claim-") + QString::number(n) + QLatin1String("\">") + text(tr("No. %1").arg(n))
                    + QStringLiteral("</a> <bdi>\u201C") + text(excerpt(e->claim.quote.exact, 90)) + QStringLiteral("\u201D</bdi> \u2014 ")
                    + why.join(QStringLiteral("; ")) + QLatin1String("</li>\n");
            }
            o += QLatin1String("</ul>\n");
        }
    }

    // on paper the desk table says what is still open (the full layout's list is hidden there)
    o += (m_compact ? QLatin1String("<h3>") : QLatin1String("<h3 class=\"open-heading\">")) + text(tr("Still open"))
        + QLatin1String("</h3>\n");
    if (s.open.isEmpty()) {
        o += QLatin1String("<p class=\"none\">") + text(tr("Every claim has been reviewed.")) + QLatin1String("</p>\n");
    } else {
        if (m_compact) {
            // A long report: the numbers by status (each claim's entry has its quote and verdict).
            QList<std::pair<QString, QStringList>> runs; // status label → linked numbers, in order of first use
            for (int n : s.open) {
                const ReportEntry *e = byNumber.value(n);
                if (!e)
                    continue;
                auto run = std::find_if(runs.begin(), runs.end(), [e](const auto &x) { return x.first == e->statusLabel; });
                if (run == runs.end())
                    run = runs.insert(runs.end(), {e->statusLabel, {}});
                run->second << QLatin1String("<a href=\"#claim-") + QString::number(n) + QLatin1String("\">") + QString::number(n)
                        + QLatin1String("</a>");
            }
            for (const auto &[label, numbers] : std::as_const(runs))
                o += QLatin1String("<p class=\"open-runs\"><b>") + text(label) + QLatin1String("</b> (") + QString::number(numbers.size())
                    + QLatin1String("): ") + text(tr("No.")) + u' ' + numbers.join(QStringLiteral(", ")) + QLatin1String("</p>\n");
            o += QLatin1String("</section>\n");
            return o;
        }
        o += QLatin1String("<ul class=\"open-list\">\n");
        for (int n : s.open) {
            const ReportEntry *e = byNumber.value(n);
            if (!e)
                continue;
            o += QLatin1String("<li><a href=\"#claim-") + QString::number(n) + QLatin1String("\">") + text(tr("No. %1").arg(n))
                + QStringLiteral("</a> <bdi>\u201C") + text(excerpt(e->claim.quote.exact, 90)) + QStringLiteral("\u201D</bdi> \u2014 ")
                + text(e->statusLabel) + (e->claim.verdict.isEmpty() ? QString() : QLatin1String(", ") + text(e->verdictLabel))
                + QLatin1String("</li>\n");
        }
        o += QLatin1String("</ul>\n");
    }
    o += QLatin1String("</section>\n");
    return o;
}

// The number, type, status and verdict chips (inside the head element, which the caller opens and closes).
void HtmlWriter::head(QString &o, const ReportEntry &e) const
{
    const Claim &c = e.claim;
    o += QLatin1String("<span class=\"no\">") + QString::number(e.number) + QLatin1String("</span><span class=\"type\"");
    if (!e.typeColour.isEmpty())
        o += QLatin1String(" style=\"border-left-color:") + e.typeColour + u'"';
    o += u'>';
    appendEscaped(o, e.typeName);
    o += QLatin1String("</span><span class=\"status st-") + statusToString(c.status) + QLatin1String("\">");
    appendEscaped(o, e.statusLabel);
    o += QLatin1String("</span>");
    verdictChip(o, e);
    // next to the verdict: it may no longer hold (the sentences follow the head, attention())
    if (!e.checkAgain.isEmpty())
        o += QLatin1String("<span class=\"flag check-again\">") + text(tr("Check again")) + QLatin1String("</span>");
    if (!e.conflicts.isEmpty())
        o += QLatin1String("<span class=\"flag conflict\">") + text(tr("Conflict")) + QLatin1String("</span>");
}

// Why the claim needs attention, right after its head: "Check again: ..." and one line per unresolved conflict.
void HtmlWriter::attention(QString &o, const ReportEntry &e) const
{
    if (!e.checkAgain.isEmpty())
        o += QLatin1String("<p class=\"check-again\">") + text(e.checkAgain) + QLatin1String("</p>\n");
    if (e.conflicts.isEmpty())
        return;
    if (m_compact) {
        o += QLatin1String("<p class=\"conflicts\">");
        for (qsizetype i = 0; i < e.conflicts.size(); ++i) {
            if (i > 0)
                o += QLatin1String("<br/>");
            o += QLatin1String("<b class=\"k\">") + text(conflictHeading()) + QStringLiteral(" \u2014 </b>");
            isolated(o, e.conflicts.at(i).text, QLatin1StringView("<span dir=\"auto\">"), QLatin1StringView("</span>"));
        }
        o += QLatin1String("</p>\n");
        return;
    }
    o += QLatin1String("<ul class=\"conflicts\">");
    for (const ReportEntry::Conflict &c : e.conflicts) {
        o += QLatin1String("<li><b>") + text(conflictHeading()) + QStringLiteral("</b> \u2014 <span dir=\"auto\">");
        appendEscaped(o, c.text);
        o += QLatin1String("</span></li>");
    }
    o += QLatin1String("</ul>\n");
}

// The quote inside its sentence (the element's content).
void HtmlWriter::quote(QString &o, const ReportEntry &e) const
{
    const Claim &c = e.claim;
    const QStringView ctx(e.context);
    if (e.quoteOffset >= 0 && e.quoteOffset + e.quoteLength <= ctx.size()) {
        appendEscaped(o, ctx.first(e.quoteOffset));
        o += QLatin1String("<mark>");
        appendEscaped(o, ctx.sliced(e.quoteOffset, e.quoteLength));
        o += QLatin1String("</mark>");
        appendEscaped(o, ctx.sliced(e.quoteOffset + e.quoteLength));
    } else {
        o += QLatin1String("<mark>");
        appendEscaped(o, c.quote.exact);
        o += QLatin1String("</mark>");
    }
}

void HtmlWriter::entry(QString &o, const ReportEntry &e) const
{
    if (m_compact) {
        compactEntry(o, e);
        return;
    }
    const Claim &c = e.claim;
    const QString n = QString::number(e.number);
    o += QLatin1String("<article class=\"claim") + (c.isOrphan() ? QLatin1String(" orphan") : QLatin1String(""))
        + QLatin1String("\" id=\"claim-") + n + QLatin1String("\">\n<div class=\"claim-head\">");
    head(o, e);
    o += QLatin1String("</div>\n");
    attention(o, e);
    factCheck(o, e);
    o += QLatin1String("<blockquote class=\"quote\" dir=\"auto\">");
    quote(o, e);
    o += QLatin1String("</blockquote>\n");
    if (c.isOrphan()) {
        o += QLatin1String("<p class=\"orphan-note\">")
            + text(tr("Orphaned: this text was not found in the current version of the article; the last known quote is shown."))
            + QLatin1String("</p>\n");
    } else {
        o += QLatin1String("<p class=\"where\"><a href=\"#ref-") + n + QLatin1String("\">") + text(tr("Show in the article"))
            + QStringLiteral("</a> \u00B7 ") + text(tr("characters %1\u2013%2").arg(c.start).arg(c.end)) + QLatin1String("</p>\n");
    }

    if (!e.fields.isEmpty()) {
        o += QLatin1String("<h4>") + text(tr("Details")) + QLatin1String("</h4>\n<table class=\"fields\">");
        for (const ReportEntry::Field &f : e.fields) {
            o += QLatin1String("<tr><th>");
            appendEscaped(o, f.label);
            o += QLatin1String("</th><td dir=\"auto\">");
            appendEscaped(o, f.value);
            o += QLatin1String("</td></tr>");
        }
        o += QLatin1String("</table>\n");
    }
    if (!e.checklist.isEmpty()) {
        o += QLatin1String("<h4>") + text(tr("Checklist")) + QLatin1String(" <span class=\"progress\">")
            + text(tr("%1 of %2 done").arg(e.checklistDone).arg(e.checklist.size())) + QLatin1String("</span></h4>\n<ul class=\"checklist\">");
        for (const ReportEntry::Step &s : e.checklist) {
            o += s.done ? QLatin1String("<li class=\"done\">") : QLatin1String("<li>");
            appendEscaped(o, s.text);
            o += QLatin1String("</li>");
        }
        o += QLatin1String("</ul>\n");
    }
    if (!c.sources.isEmpty()) {
        o += QLatin1String("<h4>") + text(tr("Sources")) + QLatin1String("</h4>\n<ol class=\"sources\">\n");
        for (const Source &s : c.sources) {
            o += QLatin1String("<li><bdi>");
            link(o, s.url, s.title.isEmpty() ? s.url : s.title);
            o += QLatin1String("</bdi>");
            sourceMeta(o, s);
            if (!s.excerpt.isEmpty()) {
                o += QLatin1String("<div class=\"excerpt\" dir=\"auto\">");
                appendEscaped(o, s.excerpt);
                o += QLatin1String("</div>");
            }
            if (!s.note.isEmpty()) {
                o += QLatin1String("<div dir=\"auto\">");
                appendEscaped(o, s.note);
                o += QLatin1String("</div>");
            }
            o += QLatin1String("</li>\n");
        }
        o += QLatin1String("</ol>\n");
    }
    if (!c.notes.trimmed().isEmpty()) {
        o += QLatin1String("<h4>") + text(tr("Notes")) + QLatin1String("</h4>\n<div class=\"notes\" dir=\"auto\">\n")
            + markdownToSafeHtml(c.notes) + QLatin1String("</div>\n");
    }
    if (!e.reviewers.isEmpty()) {
        QStringList who;
        for (const ReportEntry::Reviewer &rv : e.reviewers) {
            QString w = QLatin1String("<bdi>") + text(rv.name) + QLatin1String("</bdi>");
            if (rv.last.isValid())
                w += QLatin1String(" (") + text(displayDateTime(rv.last)) + u')';
            who << w;
        }
        o += QLatin1String("<p class=\"reviewed\">") + text(tr("Reviewed by")) + u' ' + who.join(QStringLiteral(", ")) + QLatin1String("</p>\n");
    }
    if (r.options.includeHistory && !c.history.isEmpty()) {
        o += QLatin1String("<h4>") + text(tr("History")) + QLatin1String("</h4>\n<table class=\"history\">");
        for (const HistoryEntry &h : c.history) {
            o += QLatin1String("<tr><td class=\"when\">") + text(displayDateTime(h.when)) + QLatin1String("</td><td><bdi>");
            appendEscaped(o, h.author);
            o += QLatin1String("</bdi></td><td>");
            appendEscaped(o, historyFieldLabel(r, e, h.field));
            o += QLatin1String("</td><td dir=\"auto\">");
            const QString from = excerpt(historyValueText(r, h.field, h.from), 120);
            const QString to = excerpt(historyValueText(r, h.field, h.to), 120);
            if (!from.isEmpty()) {
                appendEscaped(o, from);
                o += QStringLiteral(" \u2192 ");
            }
            appendEscaped(o, to);
            if (!h.reason.isEmpty()) {
                o += QLatin1String("<br><span class=\"reason\">") + text(tr("Reason:")) + u' ';
                appendEscaped(o, h.reason);
                o += QLatin1String("</span>");
            }
            o += QLatin1String("</td></tr>");
        }
        o += QLatin1String("</table>\n");
    }
    o += QLatin1String("</article>\n");
}

// " — publisher · url · accessed … · archived copy" after a source's title.
void HtmlWriter::sourceMeta(QString &o, const Source &s) const
{
    QStringList meta;
    if (!s.publisher.isEmpty())
        meta << text(s.publisher);
    if (s.accessed.isValid())
        meta << text(tr("accessed %1").arg(s.accessed.toString(Qt::ISODate)));
    if (!s.archiveUrl.isEmpty()) {
        QString a;
        link(a, s.archiveUrl, tr("archived copy"));
        meta << a;
    }
    // The address, shortened, last: on paper a link prints its whole address after its title (a[href]::after), so
    // there this one is hidden with its separator (class "src-url"); an address that is no link always shows.
    QString url;
    if (!s.title.isEmpty() && !s.url.isEmpty())
        url = m_compact ? text(excerpt(s.url, 80)) : QLatin1String("<code>") + text(excerpt(s.url, 80)) + QLatin1String("</code>");
    const bool urlOnPaper = !isSafeReportUrl(s.url);
    if (meta.isEmpty() && url.isEmpty())
        return;
    const QString dash = m_compact ? QStringLiteral(" \u2014 ") : QStringLiteral("\u2014 ");
    o += m_compact ? QStringLiteral("<span class=\"src-meta\">") : QStringLiteral(" <span class=\"src-meta\">");
    if (meta.isEmpty() && !urlOnPaper) {
        o += QLatin1String("<span class=\"src-url\">") + dash + url + QLatin1String("</span></span>");
        return;
    }
    o += dash + meta.join(QStringLiteral(" \u00B7 "));
    if (!url.isEmpty()) {
        const QString sep = meta.isEmpty() ? QString() : QStringLiteral(" \u00B7 ");
        o += urlOnPaper ? sep + url : QLatin1String("<span class=\"src-url\">") + sep + url + QLatin1String("</span>");
    }
    o += QLatin1String("</span>");
}

// The same content as entry(), as a few paragraphs of runs: Chromium prints a long report in a fraction of the
// time when it has far fewer boxes and pages to lay out (docs/report-format.md).
void HtmlWriter::compactEntry(QString &o, const ReportEntry &e) const
{
    const Claim &c = e.claim;
    const QString n = QString::number(e.number);
    // The space after a label is inside it: each element boundary is another text run to lay out and print.
    auto label = [&](const QString &l) { o += QLatin1String("<b class=\"k\">") + text(l) + QLatin1String(" </b>"); };
    o += QLatin1String("<article class=\"claim compact") + (c.isOrphan() ? QLatin1String(" orphan") : QLatin1String(""))
        + QLatin1String("\" id=\"claim-") + n + QLatin1String("\">\n<p class=\"claim-head\">");
    head(o, e);
    if (!c.isOrphan()) {
        // the position, linked to the article (the full layout's "Show in the article"), ends the head line
        o += QLatin1String("<a class=\"where\" href=\"#ref-") + n + QLatin1String("\">")
            + text(tr("characters %1\u2013%2").arg(c.start).arg(c.end)) + QLatin1String("</a>");
    }
    o += QLatin1String("</p>\n");
    attention(o, e);
    factCheck(o, e);
    o += QLatin1String("<p class=\"quote\" dir=\"auto\">");
    quote(o, e);
    o += QLatin1String("</p>\n");
    if (c.isOrphan()) {
        o += QLatin1String("<p class=\"orphan-note\">")
            + text(tr("Orphaned: this text was not found in the current version of the article; the last known quote is shown."))
            + QLatin1String("</p>\n");
    }
    // fields and checklist in one paragraph
    if (!e.fields.isEmpty() || !e.checklist.isEmpty())
        o += QLatin1String("<p class=\"facts\">");
    if (!e.fields.isEmpty()) {
        label(tr("Details"));
        for (qsizetype i = 0; i < e.fields.size(); ++i) {
            const ReportEntry::Field &f = e.fields.at(i);
            if (i > 0)
                o += QLatin1String("; ");
            appendEscaped(o, f.label);
            o += QLatin1String(": ");
            isolated(o, f.value);
        }
    }
    if (!e.checklist.isEmpty()) {
        if (!e.fields.isEmpty())
            o += QLatin1String("<br/>");
        label(tr("Checklist"));
        o += text(tr("%1 of %2 done").arg(e.checklistDone).arg(e.checklist.size())) + QLatin1String(": ");
        for (qsizetype i = 0; i < e.checklist.size(); ++i) {
            const ReportEntry::Step &st = e.checklist.at(i);
            if (i > 0)
                o += QLatin1String("; ");
            o += st.done ? QStringLiteral("\u2611\u00a0") : QStringLiteral("\u2610\u00a0");
            appendEscaped(o, st.text);
        }
    }
    if (!e.fields.isEmpty() || !e.checklist.isEmpty())
        o += QLatin1String("</p>\n");
    for (qsizetype i = 0; i < c.sources.size(); ++i) {
        const Source &s = c.sources.at(i);
        o += QLatin1String("<p class=\"sources\">");
        label(c.sources.size() == 1 ? tr("Source") : tr("Source %1").arg(i + 1));
        const QString &title = s.title.isEmpty() ? s.url : s.title;
        const bool isolate = needsIsolation(title);
        if (isolate)
            o += QLatin1String("<bdi>");
        link(o, s.url, title);
        if (isolate)
            o += QLatin1String("</bdi>");
        sourceMeta(o, s);
        if (!s.excerpt.isEmpty()) {
            // literal quotation marks: <q>'s generated ones are two more runs per source
            o += QStringLiteral(" \u201C");
            isolated(o, s.excerpt, QLatin1StringView("<span dir=\"auto\">"), QLatin1StringView("</span>"));
            o += QStringLiteral("\u201D");
        }
        if (!s.note.isEmpty()) {
            o += u' ';
            isolated(o, s.note, QLatin1StringView("<span dir=\"auto\">"), QLatin1StringView("</span>"));
        }
        o += QLatin1String("</p>\n");
    }
    if (!c.notes.trimmed().isEmpty())
        o += QLatin1String("<div class=\"notes\" dir=\"auto\">\n") + markdownToSafeHtml(c.notes) + QLatin1String("</div>\n");
    const bool history = r.options.includeHistory && !c.history.isEmpty();
    if (!e.reviewers.isEmpty() || history) {
        o += QLatin1String("<p class=\"reviewed\">");
        if (!e.reviewers.isEmpty()) {
            o += text(tr("Reviewed by")) + u' ';
            for (qsizetype i = 0; i < e.reviewers.size(); ++i) {
                const ReportEntry::Reviewer &rv = e.reviewers.at(i);
                if (i > 0)
                    o += QLatin1String(", ");
                isolated(o, rv.name);
                if (rv.last.isValid())
                    o += QLatin1String(" (") + text(displayDateTime(rv.last)) + u')';
            }
            o += QLatin1String(". ");
        }
        if (history) {
            o += text(tr("History:")) + u' ';
            for (qsizetype i = 0; i < c.history.size(); ++i) {
                const HistoryEntry &h = c.history.at(i);
                if (i > 0)
                    o += QLatin1String("; ");
                o += text(displayDateTime(h.when)) + u' ';
                isolated(o, h.author);
                o += u' ';
                appendEscaped(o, historyFieldLabel(r, e, h.field));
                o += QLatin1String(": ");
                const QString from = excerpt(historyValueText(r, h.field, h.from), 120);
                const QString to = excerpt(historyValueText(r, h.field, h.to), 120);
                const QString change = from.isEmpty() ? to : from + QStringLiteral(" \u2192 ") + to;
                isolated(o, change, QLatin1StringView("<span dir=\"auto\">"), QLatin1StringView("</span>"));
            }
        }
        o += QLatin1String("</p>\n");
    }
    o += QLatin1String("</article>\n");
}

QString HtmlWriter::claims(bool orphans) const
{
    const int count = orphans ? r.summary.orphans : r.summary.anchored;
    if (orphans && count == 0)
        return QString();
    QString o;
    o.reserve(2048 * count + 256);
    const QLatin1String compact(m_compact ? " compact" : "");
    o += orphans ? QLatin1String("<section class=\"claims orphans") + compact + QLatin1String("\" id=\"orphans\">\n<h2>") + text(tr("Orphaned claims")) + QLatin1String("</h2>\n<p class=\"lede\">")
                       + text(tr("The text of these claims could not be found in this version of the article.")) + QLatin1String("</p>\n")
                 : QLatin1String("<section class=\"claims") + compact + QLatin1String("\" id=\"claims\">\n<h2>") + text(tr("Claims")) + QLatin1String("</h2>\n");
    if (!orphans && count == 0)
        o += QLatin1String("<p class=\"none\">") + text(tr("No claims have been marked in this article.")) + QLatin1String("</p>\n");
    for (const ReportEntry &e : r.entries) {
        if (e.claim.isOrphan() == orphans)
            entry(o, e);
    }
    o += QLatin1String("</section>\n");
    return o;
}

QString HtmlWriter::annotatedText() const
{
    // A Markdown or HTML-source article is shown as a reader sees it: the claims' source offsets are mapped into
    // its readable text (plain text stays as it is, uncopied).
    const QString &type = r.document.mediaType;
    const bool markup = type == QLatin1String("text/markdown") || type == QLatin1String("text/html")
        || type == QLatin1String("application/xhtml+xml");
    ReadableDocument readable;
    readable.identity = true;
    if (markup)
        readable = readableDocument(r.documentText, type);
    const QString &t = markup ? readable.text : r.documentText;
    const CodePointIndex index(r.documentText);
    struct Span {
        qsizetype s, e;
        const ReportEntry *entry;
    };
    QList<Span> spans;
    for (const ReportEntry &e : r.entries) {
        if (!e.claim.isOrphan())
        {
            const qsizetype s = std::clamp<qsizetype>(readable.toReadable(index.toUtf16(e.claim.start)), 0, t.size());
            spans.append({s, std::clamp<qsizetype>(readable.toReadable(index.toUtf16(e.claim.end)), s, t.size()), &e});
        }
    }
    // entries are sorted by start (then outer first), so starts come in order; ends need their own order
    QList<qsizetype> endOrder(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i)
        endOrder[i] = i;
    std::stable_sort(endOrder.begin(), endOrder.end(), [&](qsizetype a, qsizetype b) { return spans[a].e < spans[b].e; });

    QString o;
    o.reserve(t.size() + t.size() / 4 + spans.size() * 120 + 256);
    o += QLatin1String("<section class=\"article\" id=\"article\">\n<h2>") + text(tr("Annotated article")) + QLatin1String("</h2>\n<p class=\"lede\">")
        + text(tr("Every claim is highlighted and numbered; the numbers link to the claims above.")) + QLatin1String("</p>\n<div class=\"article-text\" dir=\"auto\">");

    // Each paragraph a block of its own: Chromium lays out one block holding a whole long article in more than
    // linear time (a 5 MB article with 10,000 claims took over ten minutes to print). The cut goes right after the
    // first line break of a blank line, so that the blocks show exactly what one block would: a block's last line
    // break makes no line of its own, and the next block's first one makes the blank line.
    auto paragraphAfter = [&t](qsizetype from) {
        for (qsizetype i = t.indexOf(u'\n', from); i >= 0 && i + 1 < t.size(); i = t.indexOf(u'\n', i + 1)) {
            const qsizetype j = i + 1 < t.size() && t[i + 1] == u'\r' ? i + 2 : i + 1;
            if (j < t.size() && t[j] == u'\n')
                return i + 1;
        }
        return t.size();
    };
    qsizetype paragraph = paragraphAfter(0);

    // active claims ordered by (start, index): the innermost is the last started
    std::set<std::pair<qsizetype, qsizetype>> active;
    qsizetype si = 0, ei = 0, pos = 0;
    o += QLatin1String("<div>");
    while (pos < t.size() || si < spans.size()) {
        if (pos == paragraph && pos < t.size()) {
            o += QLatin1String("</div><div>");
            qsizetype after = pos; // the next cut comes after this run of blank lines
            while (after < t.size() && (t[after] == u'\n' || t[after] == u'\r'))
                ++after;
            paragraph = paragraphAfter(after);
        }
        // close the claims ending here, then open (and number) the ones starting here
        while (ei < endOrder.size() && spans[endOrder[ei]].e <= pos) {
            const Span &sp = spans[endOrder[ei]];
            active.erase({sp.s, endOrder[ei]});
            ++ei;
        }
        while (si < spans.size() && spans[si].s <= pos) {
            const Span &sp = spans[si];
            const QString n = QString::number(sp.entry->number);
            o += QLatin1String("<a class=\"ref\" id=\"ref-") + n + QLatin1String("\" href=\"#claim-") + n + QLatin1String("\">") + n
                + QLatin1String("</a>");
            if (sp.e > pos) // an empty claim only gets its number
                active.insert({sp.s, si});
            ++si;
        }
        if (pos >= t.size())
            break;
        qsizetype next = t.size();
        if (si < spans.size())
            next = std::min(next, spans[si].s);
        while (ei < endOrder.size() && spans[endOrder[ei]].e <= pos)
            ++ei;
        if (ei < endOrder.size())
            next = std::min(next, spans[endOrder[ei]].e);
        next = std::min(next, paragraph);
        if (next <= pos)
            next = pos + 1;
        const QStringView seg = QStringView(t).sliced(pos, next - pos);
        if (active.empty()) {
            appendEscaped(o, seg);
        } else {
            const Span &inner = spans[active.rbegin()->second];
            const QString n = QString::number(inner.entry->number);
            o += QLatin1String("<a class=\"hl") + (active.size() > 1 ? QLatin1String(" d2") : QLatin1String(""))
                + QLatin1String("\" href=\"#claim-") + n + u'"';
            if (!inner.entry->typeColour.isEmpty()) {
                const QString &col = inner.entry->typeColour;
                const int red = col.mid(1, 2).toInt(nullptr, 16), green = col.mid(3, 2).toInt(nullptr, 16),
                          blue = col.mid(5, 2).toInt(nullptr, 16);
                o += QLatin1String(" style=\"border-bottom-color:") + col + QLatin1String(";background:rgba(")
                    + QString::number(red) + u',' + QString::number(green) + u',' + QString::number(blue)
                    + QLatin1String(active.size() > 1 ? ",0.32)\"" : ",0.16)\"");
            } else if (active.size() > 1) {
                o += QLatin1String(" style=\"background:rgba(120,120,120,0.30)\"");
            } else {
                o += QLatin1String(" style=\"background:rgba(120,120,120,0.15)\"");
            }
            o += u'>';
            appendEscaped(o, seg);
            o += QLatin1String("</a>");
        }
        pos = next;
    }
    o += QLatin1String("</div></div>\n</section>\n");
    return o;
}

// <meta name="NAME" content="CONTENT"/> (the PDF printer takes the document information from them); nothing when empty.
QString metaTag(QLatin1StringView name, const QString &content)
{
    if (content.isEmpty())
        return QString();
    return QLatin1String("<meta name=\"") + name + QLatin1String("\" content=\"") + escapeHtml(content.simplified())
        + QLatin1String("\"/>\n");
}

// Fills {{name}} placeholders; unknown names become empty. One pass, no re-expansion of inserted values.
QString fillTemplate(const QString &tpl, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(tpl.size() + 1024);
    qsizetype i = 0;
    while (i < tpl.size()) {
        const qsizetype open = tpl.indexOf(QLatin1String("{{"), i);
        if (open < 0) {
            out += QStringView(tpl).sliced(i);
            break;
        }
        const qsizetype close = tpl.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(tpl).sliced(i);
            break;
        }
        out += QStringView(tpl).sliced(i, open - i);
        const QString name = tpl.mid(open + 2, close - open - 2).trimmed();
        out += values.value(name);
        i = close + 2;
    }
    return out;
}

} // namespace

ReportLayout effectiveLayout(const Report &report)
{
    if (report.options.layout != ReportLayout::Auto)
        return report.options.layout;
    return report.summary.total > report.options.compactAbove ? ReportLayout::Compact : ReportLayout::Full;
}

QString reportToHtml(const Report &report, const ReportTemplate &tpl)
{
    const ReportTemplate &t = tpl.isValid() ? tpl : ReportTemplate::defaultTemplate();
    HtmlWriter w(report);

    QHash<QString, QString> values;
    values.insert(QStringLiteral("title"), escapeHtml(report.title));
    const QString org = report.publication.publisher;
    values.insert(QStringLiteral("organisation"), escapeHtml(org));
    values.insert(QStringLiteral("kicker"),
                  escapeHtml(org.isEmpty() ? tr("Fact-check review report") : tr("%1 \u00B7 Fact-check review report").arg(org)));
    values.insert(QStringLiteral("document_name"), escapeHtml(report.document.fileName));
    values.insert(QStringLiteral("article_title"), escapeHtml(articleName(report)));
    values.insert(QStringLiteral("generated_at"), escapeHtml(displayDateTime(report.options.generatedAt)));
    QStringList line; // the article itself opens the page (HtmlWriter::article())
    line << (report.summary.total == 1 ? tr("1 claim") : tr("%1 claims").arg(report.summary.total));
    if (!report.document.source.siteName.simplified().isEmpty())
        line.prepend(report.document.source.siteName.simplified());
    if (!report.summary.reviewers.isEmpty())
        line << tr("reviewed by %1").arg(report.summary.reviewers.join(QStringLiteral(", ")));
    if (report.options.generatedAt.isValid())
        line << tr("generated %1").arg(displayDateTime(report.options.generatedAt));
    values.insert(QStringLiteral("document_line"), escapeHtml(line.join(QStringLiteral(" \u00B7 "))));
    values.insert(QStringLiteral("summary"), w.summary());
    values.insert(QStringLiteral("claims"), w.claims(false));
    values.insert(QStringLiteral("orphans"), w.claims(true));
    values.insert(QStringLiteral("annotated_text"), w.annotatedText());
    const QString body = templateBody(t.html);
    // A template written before the appendix existed still gets it, after the annotated article.
    static const QRegularExpression appendixBlock(QStringLiteral("\\{\\{\\s*appendix\\s*\\}\\}"));
    if (body.contains(appendixBlock))
        values.insert(QStringLiteral("appendix"), w.appendix());
    else
        values[QStringLiteral("annotated_text")] += w.appendix();
    QString footer = tr("Prepared with Claimbench.");
    if (!report.publication.url.isEmpty())
        footer += u' ' + report.publication.url;
    values.insert(QStringLiteral("footer"), escapeHtml(footer));

    // The generator owns <head>: the policy first (Chromium applies a CSP <meta> only there, before anything that
    // could load or run), then the title and the stylesheet. The template supplies the body, made inert.
    QString page = QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
        + Csp + QLatin1String("\"/>\n<meta charset=\"utf-8\"/>\n"
                              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                              "<meta name=\"generator\" content=\"Claimbench\"/>\n")
        + metaTag(QLatin1StringView("author"), reportAuthor(report)) + metaTag(QLatin1StringView("description"), reportSubject(report))
        + QLatin1String(
                              // an empty icon: a browser would otherwise ask the page's server for /favicon.ico
                              "<link rel=\"icon\" href=\"data:,\"/>\n<title>")
        + escapeHtml(report.title) + QLatin1String("</title>\n<style>\n") + templateStylesheet(t.css)
        + QLatin1String("\n</style>\n</head>\n") + fillTemplate(body, values)
        + QLatin1String("\n</html>\n");
    return page;
}

} // namespace Claimbench

namespace Claimbench {

QStringList reportPrintParts(const QString &html, int parts, int minClaimsPerPart)
{
    if (parts < 2)
        return {};
    // The sections reportToHtml() writes (user text is escaped, so these tags are only ours); none nests another.
    auto sectionAt = [&html](QLatin1StringView idAttribute) -> std::pair<qsizetype, qsizetype> {
        const qsizetype id = html.indexOf(idAttribute);
        const qsizetype open = id < 0 ? -1 : html.lastIndexOf(QLatin1String("<section "), id);
        const qsizetype close = open < 0 ? -1 : html.indexOf(QLatin1String("</section>"), id);
        return close < 0 ? std::pair<qsizetype, qsizetype>{-1, -1} : std::pair{open, close + 10};
    };
    const auto claims = sectionAt(QLatin1StringView(" id=\"claims\">"));
    if (claims.first < 0)
        return {};
    QList<qsizetype> starts; // of the claims' <article> elements
    for (qsizetype at = html.indexOf(QLatin1String("<article "), claims.first); at >= 0 && at < claims.second;
         at = html.indexOf(QLatin1String("<article "), at + 9))
        starts.append(at);
    const qsizetype n = starts.size();
    if (n < qsizetype(parts) * std::max(1, minClaimsPerPart))
        return {};
    const qsizetype claimsEnd = claims.second - 10; // where "</section>" of the claims begins
    const auto summary = sectionAt(QLatin1StringView(" id=\"summary\">"));
    const auto orphans = sectionAt(QLatin1StringView(" id=\"orphans\">"));
    const auto article = sectionAt(QLatin1StringView(" id=\"article\">"));
    const auto appendix = sectionAt(QLatin1StringView(" id=\"appendix\">"));

    // Cut before the claim nearest to each i/parts of the estimated printing time, which follows the amount of
    // markup; measured, the summary and the annotated article (long runs of plain text) print at about half the
    // cost per byte of the claims (many short runs): the first part has the summary, the last the article.
    auto size = [](std::pair<qsizetype, qsizetype> section) { return section.first < 0 ? 0 : section.second - section.first; };
    const double before = 0.5 * double(size(summary));
    const double total = before + double(claimsEnd - starts.first()) + double(size(orphans)) + 0.5 * double(size(article));
    QList<qsizetype> cuts{0}; // claims before part i
    for (int i = 1; i < parts; ++i) {
        const qsizetype target = starts.first() + qsizetype(total * i / parts - before);
        const qsizetype k = std::lower_bound(starts.cbegin(), starts.cend(), target) - starts.cbegin();
        cuts.append(std::clamp<qsizetype>(k, cuts.last() + 1, n - (parts - i)));
    }
    cuts.append(n);

    QStringList pages;
    for (int i = 0; i < parts; ++i) {
        // Each part's page holds only its own content, so that no part pays for the whole report.
        QList<std::pair<qsizetype, qsizetype>> cut; // ranges to leave out
        if (i > 0) {
            cut << summary << std::pair{html.indexOf(u'>', claims.first) + 1, starts.at(cuts.at(i))};
        }
        cut << std::pair{cuts.at(i + 1) < n ? starts.at(cuts.at(i + 1)) : claimsEnd, claimsEnd};
        if (i < parts - 1)
            cut << orphans << article << appendix;
        std::sort(cut.begin(), cut.end());
        QString page;
        page.reserve(html.size() / parts + 4096);
        qsizetype from = 0;
        for (const auto &[a, b] : std::as_const(cut)) {
            if (a < from || b <= a)
                continue; // a section the page does not have
            page += QStringView(html).sliced(from, a - from);
            from = b;
        }
        page += QStringView(html).sliced(from);
        // What a template puts around the sections: before the claims only in the first part, after them only in
        // the last. Never anything inside the report's own sections: matching ":has(#claims) ~ *" against each of
        // thousands of siblings (the claims, the summary's still-open numbers) took seconds (measured).
        const QString chrome = QStringLiteral(":not(#summary *, #claims *, #orphans *, #article *, #appendix *)");
        QStringList hidden;
        if (i > 0)
            hidden << chrome + QStringLiteral(":has(~ #claims)") << chrome + QStringLiteral(":has(~ * #claims)");
        if (i < parts - 1)
            hidden << QStringLiteral("#claims ~ ") + chrome << QStringLiteral(":has(#claims) ~ ") + chrome;
        const qsizetype head = page.indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive);
        if (head >= 0)
            page.insert(head, QLatin1String("<style>") + hidden.join(QLatin1String(", "))
                                  + QLatin1String(" { display: none !important; }</style>\n"));
        pages.append(page);
    }
    return pages;
}

PrintableReport reportForPrinting(const Report &report, int parallelParts, const ReportTemplate &tpl)
{
    Report printed = report;
    printed.options.layout = ReportLayout::Auto;
    PrintableReport p;
    p.html = reportToHtml(printed, tpl);
    // One part per core, and parts of at most about 1,000 claims: Chromium's time grows faster than the page.
    const int parts = std::max(parallelParts, (report.summary.anchored + 999) / 1000);
    p.parts = reportPrintParts(p.html, parts);
    return p;
}

} // namespace Claimbench
