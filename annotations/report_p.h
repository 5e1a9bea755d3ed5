// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal helpers shared by the report generators (not installed, not exported).

#include "report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace Claimbench::ReportDetail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::Report", text);
}

inline QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Claimbench::Report", text, disambiguation, n);
}

/// Appends `text` escaped for HTML/XML (content and attributes); invalid XML characters become U+FFFD.
void appendEscaped(QString &out, QStringView text);

/// A template's page as the generator puts it in the report: its <body> element (the template's own, with its allowed
/// attributes, or a plain one) holding its markup rebuilt from an allowlist (annotations/reporttemplate.cpp); no
/// head, script, style, event handler, remote URL or comment is left, and {{placeholders}} survive only in text.
QString templateBody(QStringView html);
/// A template's stylesheet without @import, remote url() or image functions, escaped for a <style> element.
QString templateStylesheet(QStringView css);
/// True when the template places the {{claims}} block (in its body's text).
bool hasClaimsBlock(QStringView html);

/// A history entry's field as the report shows it (fieldLabel(), with the claim type's labels for its fields and
/// checklist steps).
QString historyFieldLabel(const Report &report, const ReportEntry &entry, const QString &field);
/// One side of a history change as plain text, for people: statuses and verdicts by their labels, claim types (also
/// the type a claim was created with) by name, the claimed text by its words; anything else as jsonValueText().
QString historyValueText(const Report &report, const QString &field, const QJsonValue &value);
/// `s` simplified and cut to `max` UTF-16 units with an ellipsis (never inside a surrogate pair).
QString excerpt(const QString &s, qsizetype max);
/// "Unresolved conflict": what the reports put before a ReportEntry::Conflict's text.
QString conflictHeading();
/// "2026-11-29 14:03 UTC"; empty when invalid.
QString displayDateTime(const QDateTime &when);
/// "2026-11-29T14:03:00Z"; empty when invalid.
QString isoDateTime(const QDateTime &when);
/// A field value as plain text.
QString jsonValueText(const QJsonValue &value);
/// "#rrggbb" when `colour` is one, else empty.
QString safeColour(const QString &colour);
/// A label for an id no claim type names (a field or checklist step the plugins do not know): "in-force" → "In
/// force", "attributedTo" → "Attributed to", "stated_source" → "Stated source". People never read the raw id.
QString humanLabel(QStringView id);
/// The claim as the desk publishes it: Claim::statement, else its quote (simplified).
QString entryStatement(const ReportEntry &entry);
/// "Kevin Bentley, Leader of Essex County Council", "Kevin Bentley" or the role alone; empty when unknown.
QString claimantText(const Claimant &claimant);
/// The article as people name it: its source's title, else the document's file name ("untitled document").
QString articleName(const Report &report);
/// Who the report is by, for the PDF's Author: the publisher, else the reviewers ("Ana, Ben"); may be empty.
QString reportAuthor(const Report &report);
/// What the report is about, for the PDF's Subject and the page's description: "Fact-check of "TITLE" (SITE):
/// 16 claims, 12 with a verdict".
QString reportSubject(const Report &report);
/// The document's encoding as people read it ("UTF-8", "UTF-8 with byte-order mark"); empty when unknown.
QString encodingText(const DocumentEncoding &encoding);
/// A background/foreground pair for a verdict of `value` on a scale from worst to best (value 0: off the scale).
QString verdictColour(int value, int worst, int best);

} // namespace Claimbench::ReportDetail
