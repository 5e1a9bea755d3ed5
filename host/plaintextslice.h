// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Claimbench {

/// The UTF-16 units [from, to) of `document->toPlainText()` (cut short at its end), without copying the whole
/// text: what the claim set reads after an edit (ClaimSet::TextSlice). Costs O(log n) plus the slice.
inline QString plainTextSlice(QTextDocument *document, qsizetype from, qsizetype to)
{
    const qsizetype size = document->characterCount() - 1; // without the last block's separator
    from = std::clamp<qsizetype>(from, 0, size);
    to = std::clamp<qsizetype>(to, from, size);
    if (from == to)
        return QString();
    QTextCursor cursor(document);
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    // The replacements toPlainText() makes (qtextdocument.cpp), so the slice is the same text.
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            c = QLatin1Char('\n');
            break;
        case QChar::Nbsp:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace Claimbench
