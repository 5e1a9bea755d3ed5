// SPDX-License-Identifier: GPL-2.0-or-later
// The Markdown and CSV reports.
#include "report.h"
#include "report_p.h"

#include <QHash>

#include <algorithm>

namespace Claimbench {

using namespace ReportDetail;

namespace {

// User text as the text reports take it: line ends (CRLF, a lone CR, U+0085, U+2028, U+2029) become `lineEnd`
// ('\n' where the format keeps lines, ' ' where it does not); NUL, other control characters (tab excepted),
// noncharacters and lone surrogates become U+FFFD, as in the HTML report. A lone CR is a line end to Markdown
// renderers and spreadsheets; kept raw it ended a quote and let a note forge the report's own lines.
QString normalised(QStringView s, QChar lineEnd)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0x20 && c < 0x7F) {
            out += QChar(c);
        } else if (c == u'\r') {
            if (i + 1 < n && s.at(i + 1) == u'\n')
                ++i;
            out += lineEnd;
        } else if (c == u'\n' || c == 0x0085 || c == 0x2028 || c == 0x2029) {
            out += lineEnd;
        } else if (c == u'\t') {
            out += QChar(c);
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF) {
            out += QChar(0xFFFD);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            out += QChar(c);
            out += s.at(++i);
        } else if (QChar::isSurrogate(c)) {
            out += QChar(0xFFFD);
        } else {
            out += QChar(c);
        }
    }
    return out;
}

// User text shown literally in Markdown: specials backslash-escaped, '<' as an entity (no raw HTML), one line.
// Everything a line could start with is escaped too, so that it stays text wherever the report puts it.
QString md(QStringView text)
{
    const QString s = normalised(text, u' ');
    QString out;
    out.reserve(s.size() + 8);
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'#': case u'|': case u'!':
        case u'{': case u'}': case u'~':
            out += u'\\';
            out += c;
            break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'&': out += QLatin1String("&amp;"); break;
        default: out += c;
        }
    }
    return out;
}

// A reviewer's notes for the Markdown report: their Markdown, made to stay inside its quote and to be as safe as
// the HTML report's rendering (markdownToSafeHtml()): normalised line ends, raw HTML shown as text, links only to
// http/https/mailto, images never loaded, headings demoted to h4-h6 (never a claim's "###"), no setext heading and
// no link reference definition. One string per line. Linear in the notes.
//
// Links are disarmed by the one thing every inline link needs, an unescaped "](" : when the target after it (past
// spaces and line ends, and a "<") is not http/https/mailto, the "]" is escaped, so no "[" of the text, however the
// renderer pairs brackets and code spans, can make a link of it (the text shows as written). Images: "![" becomes
// "\![", a "!" and a link, as the HTML report shows them. Definitions ("[ref]: url", whose targets the report does
// not check and the HTML report does not support): every "]:" is escaped.
QStringList notesLines(const QString &notes)
{
    const QString s = normalised(notes, u'\n').trimmed();
    QString t;
    t.reserve(s.size() + 16);
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        if (c == u'\\' && i + 1 < n) { // an escape pair stays as it is
            t += c;
            t += next;
            ++i;
            continue;
        }
        if (c == u'<') {
            t += QLatin1String("&lt;");
            continue;
        }
        if (c == u'!' && next == u'[') {
            t += QLatin1String("\\!");
            continue;
        }
        if (c == u']' && next == u':') {
            t += QLatin1String("\\]");
            continue;
        }
        if (c == u']' && next == u'(') {
            qsizetype k = i + 2;
            while (k < n && s.at(k).isSpace())
                ++k;
            if (k < n && s.at(k) == u'<')
                ++k;
            const QStringView target = QStringView(s).sliced(k, std::min<qsizetype>(8, n - k)); // "https://"
            if (!isSafeReportUrl(target)) {
                t += QLatin1String("\\]");
                continue;
            }
        }
        t += c;
    }

    // Line starts, inside the note's own quotes and list items too: headings demoted, setext underlines escaped.
    QStringList lines = t.split(u'\n');
    bool previousIsText = false;
    for (QString &l : lines) {
        // past the containers: up to 3 spaces, then "> " or a list marker, repeatedly
        qsizetype at = 0;
        while (true) {
            qsizetype k = at;
            while (k < l.size() && k - at < 3 && l.at(k) == u' ')
                ++k;
            if (k < l.size() && l.at(k) == u'>') {
                at = k + 1;
                if (at < l.size() && l.at(at) == u' ')
                    ++at;
                continue;
            }
            qsizetype m = k;
            if (m < l.size() && (l.at(m) == u'-' || l.at(m) == u'*' || l.at(m) == u'+')) {
                ++m;
            } else {
                while (m < l.size() && m - k < 9 && l.at(m).isDigit())
                    ++m;
                if (m > k && m < l.size() && (l.at(m) == u'.' || l.at(m) == u')'))
                    ++m;
                else
                    m = k;
            }
            if (m > k && m < l.size() && (l.at(m) == u' ' || l.at(m) == u'\t')) {
                at = m + 1;
                continue;
            }
            at = k;
            break;
        }
        const QString rest = l.sliced(at);
        if (rest.startsWith(u'#')) {
            qsizetype hashes = 0;
            while (hashes < rest.size() && rest.at(hashes) == u'#')
                ++hashes;
            if (hashes <= 6 && (hashes == rest.size() || rest.at(hashes) == u' ' || rest.at(hashes) == u'\t'))
                l = l.first(at) + QString(std::min<qsizetype>(6, hashes + 3), u'#') + rest.sliced(hashes); // h4-h6
        } else if (previousIsText && !rest.isEmpty() && (rest.at(0) == u'=' || rest.at(0) == u'-')
                   && std::all_of(rest.cbegin(), rest.cend(), [&rest](QChar x) { return x == rest.at(0) || x == u' ' || x == u'\t'; })) {
            l.insert(at, u'\\'); // a setext underline would make the line above a heading
        }
        previousIsText = !rest.trimmed().isEmpty();
    }
    return lines;
}

QString mdLink(const QString &url, const QString &label)
{
    if (!isSafeReportUrl(url))
        return md(label);
    QString target = url.trimmed();
    target.replace(u' ', QLatin1String("%20")).replace(u'(', QLatin1String("%28")).replace(u')', QLatin1String("%29"))
        .replace(u'<', QLatin1String("%3C")).replace(u'>', QLatin1String("%3E"));
    return u'[' + md(label) + QLatin1String("](") + target + u')';
}

void countsTable(QString &o, const QString &title, const QList<ReportCount> &list)
{
    o += QLatin1String("| ") + md(title) + QLatin1String(" | ") + tr("Claims") + QLatin1String(" |\n|---|---:|\n");
    for (const ReportCount &c : list)
        o += QLatin1String("| ") + md(c.label) + QLatin1String(" | ") + QString::number(c.count) + QLatin1String(" |\n");
    o += u'\n';
}

void mdEntry(QString &o, const Report &report, const ReportEntry &e)
{
    const Claim &c = e.claim;
    o += QLatin1String("### ") + QString::number(e.number) + QLatin1String(". ") + md(e.typeName) + QStringLiteral(" \u2014 ")
        + (c.verdict.isEmpty() ? tr("no verdict yet") : md(e.verdictLabel)) + QLatin1String("\n\n");
    o += QLatin1String("> ");
    if (e.quoteOffset >= 0 && e.quoteOffset + e.quoteLength <= e.context.size()) {
        const QStringView ctx(e.context);
        o += md(ctx.first(e.quoteOffset)) + QLatin1String("**") + md(ctx.sliced(e.quoteOffset, e.quoteLength).trimmed())
            + QLatin1String("**") + md(ctx.sliced(e.quoteOffset + e.quoteLength));
    } else {
        o += QLatin1String("**") + md(c.quote.exact) + QLatin1String("**");
    }
    o += QLatin1String("\n\n");
    const QString statement = c.statement.simplified();
    if (!statement.isEmpty() && statement != c.quote.exact.simplified())
        o += QLatin1String("- ") + tr("Claim") + QLatin1String(": **") + md(statement) + QLatin1String("**\n");
    if (const QString claimant = claimantText(c.claimant); !claimant.isEmpty())
        o += QLatin1String("- ") + tr("Claimant") + QLatin1String(": ") + md(claimant) + u'\n';
    if (!c.appearance.isEmpty()) {
        QString where = c.appearance.url.isEmpty() ? QString() : mdLink(c.appearance.url, c.appearance.url);
        if (c.appearance.date.isValid())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + c.appearance.date.toString(Qt::ISODate);
        o += QLatin1String("- ") + tr("Appeared") + QLatin1String(": ") + where + u'\n';
    }
    if (!c.conclusion.simplified().isEmpty())
        o += QLatin1String("- ") + tr("Conclusion") + QLatin1String(": ") + md(c.conclusion.simplified()) + u'\n';
    o += QLatin1String("- ") + tr("Status") + QLatin1String(": ") + md(e.statusLabel) + u'\n';
    o += QLatin1String("- ") + tr("Verdict") + QLatin1String(": ") + (c.verdict.isEmpty() ? tr("none yet") : md(e.verdictLabel)) + u'\n';
    if (!e.checkAgain.isEmpty())
        o += QLatin1String("- **") + md(e.checkAgain) + QLatin1String("**\n");
    for (const ReportEntry::Conflict &x : e.conflicts)
        o += QLatin1String("- **") + md(conflictHeading()) + QStringLiteral("** \u2014 ") + md(x.text) + u'\n';
    if (c.isOrphan())
        o += QLatin1String("- ") + tr("Position: orphaned (the text was not found; last known quote shown)") + u'\n';
    else
        o += QLatin1String("- ") + tr("Position: characters %1\u2013%2").arg(c.start).arg(c.end) + u'\n';
    if (!e.checklist.isEmpty())
        o += QLatin1String("- ") + tr("Checklist: %1 of %2 done").arg(e.checklistDone).arg(e.checklist.size()) + u'\n';
    if (!e.reviewers.isEmpty()) {
        QStringList who;
        for (const ReportEntry::Reviewer &r : e.reviewers)
            who << md(r.name) + (r.last.isValid() ? QLatin1String(" (") + displayDateTime(r.last) + u')' : QString());
        o += QLatin1String("- ") + tr("Reviewed by") + QLatin1String(": ") + who.join(QStringLiteral(", ")) + u'\n';
    }
    o += u'\n';
    if (!e.fields.isEmpty()) {
        o += QLatin1String("| ") + tr("Field") + QLatin1String(" | ") + tr("Value") + QLatin1String(" |\n|---|---|\n");
        for (const ReportEntry::Field &f : e.fields)
            o += QLatin1String("| ") + md(f.label) + QLatin1String(" | ") + md(f.value) + QLatin1String(" |\n");
        o += u'\n';
    }
    if (!e.checklist.isEmpty()) {
        o += QLatin1String("**") + tr("Checklist") + QLatin1String("**\n\n");
        for (const ReportEntry::Step &s : e.checklist)
            o += (s.done ? QLatin1String("- [x] ") : QLatin1String("- [ ] ")) + md(s.text) + u'\n';
        o += u'\n';
    }
    if (!c.sources.isEmpty()) {
        o += QLatin1String("**") + tr("Sources") + QLatin1String("**\n\n");
        int i = 0;
        for (const Source &s : c.sources) {
            o += QString::number(++i) + QLatin1String(". ") + mdLink(s.url, s.title.isEmpty() ? s.url : s.title);
            if (!s.publisher.isEmpty())
                o += QStringLiteral(" \u2014 ") + md(s.publisher);
            if (s.accessed.isValid())
                o += QLatin1String(", ") + tr("accessed %1").arg(s.accessed.toString(Qt::ISODate));
            if (!s.archiveUrl.isEmpty())
                o += QLatin1String(" (") + mdLink(s.archiveUrl, tr("archived copy")) + u')';
            if (!s.excerpt.isEmpty())
                o += QStringLiteral(": \u201C") + md(s.excerpt) + QStringLiteral("\u201D");
            if (!s.note.isEmpty())
                o += QStringLiteral(" \u2014 ") + md(s.note);
            o += u'\n';
        }
        o += u'\n';
    }
    if (!c.notes.trimmed().isEmpty()) {
        // The reviewer's own Markdown, quoted, every line of it (notesLines()).
        o += QLatin1String("**") + tr("Notes") + QLatin1String("**\n\n");
        for (const QString &l : notesLines(c.notes))
            o += (l.isEmpty() ? QLatin1String(">") : QLatin1String("> ")) + l + u'\n';
        o += u'\n';
    }
    if (report.options.includeHistory && !c.history.isEmpty()) {
        o += QLatin1String("**") + tr("History") + QLatin1String("**\n\n");
        for (const HistoryEntry &h : c.history) {
            const QString from = excerpt(historyValueText(report, h.field, h.from), 120);
            const QString to = excerpt(historyValueText(report, h.field, h.to), 120);
            o += QLatin1String("- ") + displayDateTime(h.when) + u' ' + md(h.author) + QStringLiteral(" \u2014 ")
                + md(historyFieldLabel(report, e, h.field)) + QLatin1String(": ")
                + (from.isEmpty() ? md(to) : md(from) + QStringLiteral(" \u2192 ") + md(to))
                + (h.reason.isEmpty() ? QString() : QLatin1String(" (") + tr("reason: %1").arg(md(h.reason)) + u')')
                + u'\n';
        }
        o += u'\n';
    }
}

// RFC 4180 field; cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP advice). Text is
// normalised first (line ends inside a cell are LF, control characters U+FFFD), so that the guard sees the cell's
// real first character.
void csvField(QString &o, const QString &value)
{
    QString v = normalised(value, u'\n');
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QLatin1String("\"\""));
        o += u'"' + v + u'"';
    } else {
        o += v;
    }
}

} // namespace

QString reportToMarkdown(const Report &report)
{
    const ReportSummary &s = report.summary;
    QString o;
    o.reserve(1024 * report.entries.size() + 4096);
    o += QLatin1String("# ") + md(report.title) + QLatin1String("\n\n");
    const Publication &pub = report.publication;
    if (!pub.publisher.isEmpty())
        o += QLatin1String("*") + md(pub.publisher) + QLatin1String("*\n\n");

    // The article, and who checked it
    const DocumentSource &src = report.document.source;
    o += QLatin1String("## ") + tr("The article") + QLatin1String("\n\n");
    const QString title = src.title.simplified();
    o += QLatin1String("**") + (title.isEmpty() ? md(articleName(report)) : mdLink(src.url, title)) + QLatin1String("**");
    QStringList byline;
    if (!src.siteName.simplified().isEmpty())
        byline << md(src.siteName.simplified());
    if (!src.byline.simplified().isEmpty())
        byline << md(src.byline.simplified());
    if (!src.publishedTime.isEmpty())
        byline << tr("published %1").arg(md(src.publishedTime.left(10)));
    if (!byline.isEmpty())
        o += QStringLiteral(" \u2014 ") + byline.join(QStringLiteral(" \u00B7 "));
    o += QLatin1String("\n\n");
    if (!src.url.isEmpty())
        o += QLatin1String("- ") + tr("Address") + QLatin1String(": ") + mdLink(src.url, src.url) + u'\n';
    if (!title.isEmpty() && src.url.isEmpty() && !report.document.fileName.isEmpty())
        o += QLatin1String("- ") + tr("File") + QLatin1String(": ") + md(report.document.fileName) + u'\n';
    if (src.retrieved.isValid())
        o += QLatin1String("- ") + tr("Retrieved") + QLatin1String(": ") + displayDateTime(src.retrieved) + u'\n';
    if (!pub.publisher.isEmpty())
        o += QLatin1String("- ") + tr("Checked by") + QLatin1String(": ") + mdLink(pub.publisherUrl, pub.publisher) + u'\n';
    if (!pub.headline.simplified().isEmpty() && pub.headline.simplified() != report.title)
        o += QLatin1String("- ") + tr("Headline") + QLatin1String(": ") + md(pub.headline.simplified()) + u'\n';
    if (!pub.url.isEmpty())
        o += QLatin1String("- ") + tr("Published at") + QLatin1String(": ") + mdLink(pub.url, pub.url) + u'\n';
    if (pub.datePublished.isValid())
        o += QLatin1String("- ") + tr("Publication date") + QLatin1String(": ") + pub.datePublished.toString(Qt::ISODate) + u'\n';
    QStringList reviewers;
    for (const QString &r : s.reviewers)
        reviewers << md(r);
    o += QLatin1String("- ") + tr("Reviewers") + QLatin1String(": ") + (reviewers.isEmpty() ? tr("none recorded") : reviewers.join(QStringLiteral(", "))) + u'\n';
    if (s.firstCreated.isValid() || s.lastModified.isValid())
        o += QLatin1String("- ") + tr("Review period") + QLatin1String(": ") + displayDateTime(s.firstCreated) + QStringLiteral(" \u2013 ")
            + displayDateTime(s.lastModified) + u'\n';
    if (report.options.generatedAt.isValid())
        o += QLatin1String("- ") + tr("Report generated") + QLatin1String(": ") + displayDateTime(report.options.generatedAt) + u'\n';
    o += u'\n';

    // The desk summary: one row per claim
    o += QLatin1String("## ") + tr("Summary") + QLatin1String("\n\n");
    if (!report.entries.isEmpty()) {
        o += QLatin1String("| ") + tr("No.") + QLatin1String(" | ") + tr("Claim") + QLatin1String(" | ") + tr("Claimant")
            + QLatin1String(" | ") + tr("Verdict") + QLatin1String(" | ") + tr("Conclusion") + QLatin1String(" |\n|---:|---|---|---|---|\n");
        for (const ReportEntry &e : report.entries) {
            QString verdict = e.claim.verdict.isEmpty() ? tr("no verdict yet") : md(e.verdictLabel);
            if (e.claim.status != ClaimStatus::Done)
                verdict += QLatin1String(" (") + md(e.statusLabel.toLower()) + u')';
            if (e.needsAttention())
                verdict += QLatin1String(" **") + tr("needs attention") + QLatin1String("**");
            o += QLatin1String("| ") + QString::number(e.number) + QLatin1String(" | ") + md(excerpt(entryStatement(e), 240))
                + QLatin1String(" | ") + md(claimantText(e.claim.claimant)) + QLatin1String(" | ") + verdict + QLatin1String(" | ")
                + md(e.claim.conclusion.simplified()) + QLatin1String(" |\n");
        }
        o += u'\n';
    }
    o += QLatin1String("- ") + tr("Claims: %1 (%2 with a verdict, %3 still open, %4 orphaned)")
                                 .arg(s.total).arg(s.rated).arg(s.open.size()).arg(s.orphans) + u'\n';
    if (!s.attention.isEmpty())
        o += QLatin1String("- ") + tr("Needs attention: %1 (%2 to check again, %3 with unresolved conflicts)")
                                     .arg(s.attention.size()).arg(s.checkAgain.size()).arg(s.conflicted.size()) + u'\n';
    o += u'\n';
    countsTable(o, tr("Verdict"), s.byVerdict);
    countsTable(o, tr("Claim type"), s.byType);
    countsTable(o, tr("Status"), s.byStatus);

    QHash<int, const ReportEntry *> byNumber;
    for (const ReportEntry &e : report.entries)
        byNumber.insert(e.number, &e);
    if (!s.attention.isEmpty()) {
        o += QLatin1String("### ") + tr("Needs attention") + QLatin1String("\n\n")
            + tr("The claimed text changed after the verdict, or two reviewers disagree. These claims are left out of "
                 "the ClaimReview export until they are checked again and the conflicts resolved.")
            + QLatin1String("\n\n");
        for (int n : s.attention) {
            const ReportEntry *e = byNumber.value(n);
            if (!e)
                continue;
            QStringList why;
            if (!e->checkAgain.isEmpty())
                why << md(e->checkAgain);
            for (const ReportEntry::Conflict &x : e->conflicts)
                why << md(conflictHeading()) + QStringLiteral(" \u2014 ") + md(x.text);
            o += QLatin1String("- ") + tr("No. %1").arg(n) + QStringLiteral(": \u201C") + md(e->claim.quote.exact.simplified())
                + QStringLiteral("\u201D \u2014 ") + why.join(QStringLiteral("; ")) + u'\n';
        }
        o += u'\n';
    }

    o += QLatin1String("### ") + tr("Still open") + QLatin1String("\n\n");
    if (s.open.isEmpty()) {
        o += tr("Every claim has been reviewed.") + QLatin1String("\n\n");
    } else {
        for (int n : s.open) {
            if (const ReportEntry *e = byNumber.value(n))
                o += QLatin1String("- ") + tr("No. %1").arg(n) + QStringLiteral(": \u201C") + md(e->claim.quote.exact.simplified())
                    + QStringLiteral("\u201D \u2014 ") + md(e->statusLabel) + u'\n';
        }
        o += u'\n';
    }

    o += QLatin1String("## ") + tr("Claims") + QLatin1String("\n\n");
    if (s.anchored == 0)
        o += tr("No claims have been marked in this article.") + QLatin1String("\n\n");
    for (const ReportEntry &e : report.entries) {
        if (!e.claim.isOrphan())
            mdEntry(o, report, e);
    }
    if (s.orphans) {
        o += QLatin1String("## ") + tr("Orphaned claims") + QLatin1String("\n\n")
            + tr("The text of these claims could not be found in this version of the article.") + QLatin1String("\n\n");
        for (const ReportEntry &e : report.entries) {
            if (e.claim.isOrphan())
                mdEntry(o, report, e);
        }
    }
    if (report.options.includeIntegrity) {
        const DocumentIdentity &d = report.document;
        o += QLatin1String("## ") + tr("Appendix: the reviewed text") + QLatin1String("\n\n");
        o += QLatin1String("- ") + tr("Document") + QLatin1String(": ") + md(d.fileName.isEmpty() ? tr("untitled") : d.fileName)
            + (d.mediaType.isEmpty() ? QString() : QLatin1String(" (") + md(d.mediaType) + u')') + u'\n';
        if (!d.sha256.isEmpty())
            o += QLatin1String("- SHA-256: `") + md(d.sha256) + QLatin1String("`\n");
        o += QLatin1String("- ") + tr("Length: %1 characters").arg(d.length) + u'\n';
        if (d.encoding.isValid())
            o += QLatin1String("- ") + tr("Encoding") + QLatin1String(": ") + md(encodingText(d.encoding)) + u'\n';
        if (!d.source.snapshot.isEmpty())
            o += QLatin1String("- ") + tr("Original kept as") + QLatin1String(": ") + md(d.source.snapshot) + u'\n';
        if (!d.source.sha256.isEmpty())
            o += QLatin1String("- ") + tr("Original's SHA-256") + QLatin1String(": `") + md(d.source.sha256) + QLatin1String("`\n");
        o += u'\n';
    }
    while (o.endsWith(QLatin1String("\n\n")))
        o.chop(1);
    return o;
}

QString reportToCsv(const Report &report)
{
    static const char *const header[] = {
        "number", "id", "type", "type_name", "status", "verdict", "verdict_label", "verdict_value", "orphan",
        "start", "end", "quote", "context", "fields", "checklist_done", "checklist_total", "sources", "notes",
        "created_by", "created", "modified", "reviewers", "re_review", "conflicts", "statement", "claimant",
        "claimant_role", "conclusion"};
    QString o;
    o.reserve(512 * report.entries.size() + 512);
    bool first = true;
    for (const char *h : header) {
        if (!first)
            o += u',';
        o += QLatin1String(h);
        first = false;
    }
    o += QLatin1String("\r\n");
    for (const ReportEntry &e : report.entries) {
        const Claim &c = e.claim;
        QStringList fields;
        for (const ReportEntry::Field &f : e.fields)
            fields << f.label + QLatin1String(": ") + f.value;
        QStringList sources;
        for (const Source &s : c.sources) {
            QString line = s.title;
            if (!s.url.isEmpty())
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + u'<' + s.url + u'>';
            if (!s.archiveUrl.isEmpty())
                line += QLatin1String(" (archive <") + s.archiveUrl + QLatin1String(">)");
            sources << line;
        }
        QStringList reviewers;
        for (const ReportEntry::Reviewer &r : e.reviewers)
            reviewers << r.name;
        QStringList conflicts;
        for (const ReportEntry::Conflict &x : e.conflicts)
            conflicts << x.text;
        const QStringList row = {
            QString::number(e.number),
            c.id.toString(QUuid::WithoutBraces),
            c.claimType,
            e.typeName,
            statusToString(c.status),
            c.verdict,
            e.verdictLabel,
            c.verdict.isEmpty() ? QString() : QString::number(e.verdictValue),
            c.isOrphan() ? QStringLiteral("yes") : QStringLiteral("no"),
            c.isOrphan() ? QString() : QString::number(c.start),
            c.isOrphan() ? QString() : QString::number(c.end),
            c.quote.exact,
            e.context,
            fields.join(u'\n'),
            QString::number(e.checklistDone),
            QString::number(e.checklist.size()),
            sources.join(u'\n'),
            c.notes,
            c.createdBy,
            isoDateTime(c.created),
            isoDateTime(c.modified),
            reviewers.join(QStringLiteral("; ")),
            c.reReview,
            conflicts.join(u'\n'),
            c.statement,
            c.claimant.name,
            c.claimant.role,
            c.conclusion,
        };
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                o += u',';
            csvField(o, row.at(i));
        }
        o += QLatin1String("\r\n");
    }
    return o;
}

} // namespace Claimbench
