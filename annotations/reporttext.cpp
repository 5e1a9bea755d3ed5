// SPDX-License-Identifier: GPL-2.0-or-later
// The Markdown and CSV reports.
#include "report.h"
#include "report_p.h"

#include <QHash>

namespace Claimbench {

using namespace ReportDetail;

namespace {

// User text shown literally in Markdown: specials backslash-escaped, '<' as an entity (no raw HTML), one line.
QString md(QStringView s)
{
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
        case u'\r': break;
        case u'\n': out += u' '; break;
        default: out += c;
        }
    }
    return out;
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

void mdEntry(QString &o, const ReportEntry &e)
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
        // The reviewer's own Markdown, quoted; raw HTML disabled by turning '<' into an entity.
        o += QLatin1String("**") + tr("Notes") + QLatin1String("**\n\n");
        QString notes = c.notes;
        notes.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'<', QLatin1String("&lt;"));
        const QStringList lines = notes.trimmed().split(u'\n');
        for (const QString &l : lines)
            o += (l.isEmpty() ? QLatin1String(">") : QLatin1String("> ")) + l + u'\n';
        o += u'\n';
    }
}

// RFC 4180 field; cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP advice).
void csvField(QString &o, const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
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
    if (!report.options.organisation.isEmpty())
        o += QLatin1String("*") + md(report.options.organisation) + QLatin1String("*\n\n");
    o += QLatin1String("## ") + tr("Summary") + QLatin1String("\n\n");
    o += QLatin1String("- ") + tr("Document") + QLatin1String(": ") + md(report.document.fileName)
        + (report.document.mediaType.isEmpty() ? QString() : QLatin1String(" (") + md(report.document.mediaType) + u')') + u'\n';
    if (!report.document.sha256.isEmpty())
        o += QLatin1String("- SHA-256: `") + md(report.document.sha256) + QLatin1String("`\n");
    o += QLatin1String("- ") + tr("Length: %1 characters").arg(report.document.length) + u'\n';
    QStringList reviewers;
    for (const QString &r : s.reviewers)
        reviewers << md(r);
    o += QLatin1String("- ") + tr("Reviewers") + QLatin1String(": ") + (reviewers.isEmpty() ? tr("none recorded") : reviewers.join(QStringLiteral(", "))) + u'\n';
    if (s.firstCreated.isValid() || s.lastModified.isValid())
        o += QLatin1String("- ") + tr("Review period") + QLatin1String(": ") + displayDateTime(s.firstCreated) + QStringLiteral(" \u2013 ")
            + displayDateTime(s.lastModified) + u'\n';
    if (report.options.generatedAt.isValid())
        o += QLatin1String("- ") + tr("Report generated") + QLatin1String(": ") + displayDateTime(report.options.generatedAt) + u'\n';
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
            mdEntry(o, e);
    }
    if (s.orphans) {
        o += QLatin1String("## ") + tr("Orphaned claims") + QLatin1String("\n\n")
            + tr("The text of these claims could not be found in this version of the article.") + QLatin1String("\n\n");
        for (const ReportEntry &e : report.entries) {
            if (e.claim.isOrphan())
                mdEntry(o, e);
        }
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
        "created_by", "created", "modified", "reviewers", "re_review", "conflicts"};
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
