// SPDX-License-Identifier: GPL-2.0-or-later
// PDF through Poppler's Qt 6 binding: words in Poppler's reading order, grouped into lines and paragraphs by
// their boxes; a hyphen at a line end before a lower-case letter is the word broken across lines.
#include "articlesource.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace Claimbench {

namespace {

struct Line {
    QString text;
    QRectF box;
};

bool endsWithBreakHyphen(const QString &text)
{
    if (text.size() < 2)
        return false;
    const QChar last = text.back();
    return (last == u'-' || last == QChar(0x00AD) || last == QChar(0x2010)) && text[text.size() - 2].isLetter();
}

/// Ligatures (ﬁ, ﬂ, ﬀ...) as the letters a reader reads and searches for.
QString withoutLigatures(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, text.mid(i, 1).normalized(QString::NormalizationForm_KC));
    }
    return text;
}

void appendLine(QString &paragraph, const QString &line)
{
    if (paragraph.isEmpty()) {
        paragraph = line;
    } else if (endsWithBreakHyphen(paragraph) && !line.isEmpty() && line[0].isLower()) {
        paragraph.chop(1);
        paragraph += line;
    } else {
        paragraph += u' ' + line;
    }
}

} // namespace

ArticleSource readPdfArticle(const QByteArray &bytes)
{
    ArticleSource s;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        s.errorKind = ArticleSource::ErrorKind::Unreadable;
        s.error = QStringLiteral("not a readable PDF");
        return s;
    }
    if (doc->isLocked()) {
        s.errorKind = ArticleSource::ErrorKind::Unreadable;
        s.error = QStringLiteral("the PDF is protected by a password");
        return s;
    }
    Article &a = s.article;
    a.pageCount = doc->numPages();
    a.title = doc->info(QStringLiteral("Title")).trimmed();
    a.byline = doc->info(QStringLiteral("Author")).trimmed();
    const QDateTime created = doc->date(QStringLiteral("CreationDate"));
    if (created.isValid())
        a.publishedTime = created.toUTC().toString(Qt::ISODate);
    for (int i = 0; i < a.pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        // Words in reading order → lines (a word that does not continue the previous one's baseline starts one).
        QList<Line> lines;
        for (const auto &box : page->textList()) {
            const QRectF r = box->boundingBox();
            const bool sameLine = !lines.isEmpty() && r.left() >= lines.last().box.left()
                && std::abs(r.center().y() - lines.last().box.center().y()) < std::max(r.height(), lines.last().box.height()) * 0.5;
            if (!sameLine)
                lines.append({QString(), r});
            Line &line = lines.last();
            if (!line.text.isEmpty() && !line.text.endsWith(u' '))
                line.text += u' ';
            line.text += withoutLigatures(box->text());
            line.box = line.box.united(r);
        }
        // Lines → paragraphs: a gap clearly larger than the usual line spacing starts a new one.
        QList<qreal> steps;
        for (int l = 1; l < lines.size(); ++l)
            steps.append(lines[l].box.top() - lines[l - 1].box.top());
        QList<qreal> sorted = steps;
        std::sort(sorted.begin(), sorted.end());
        const qreal usual = sorted.isEmpty() ? 0 : sorted[sorted.size() / 2];
        QString paragraph;
        auto flush = [&] {
            const QString text = collapseWhitespace(paragraph);
            if (!text.isEmpty())
                a.blocks.append({ArticleBlock::Kind::Paragraph, 0, 0, text, i + 1});
            paragraph.clear();
        };
        for (int l = 0; l < lines.size(); ++l) {
            if (l > 0) {
                const qreal step = steps[l - 1];
                if (step < 0 || step > usual * 1.4)
                    flush();
            }
            appendLine(paragraph, lines[l].text.trimmed());
        }
        flush();
    }
    if (a.blocks.isEmpty()) {
        s.errorKind = ArticleSource::ErrorKind::ScannedPdf;
        s.error = QStringLiteral("a scanned PDF with no text (%1 pages of images): it needs OCR first").arg(a.pageCount);
        s.article = {};
        return s;
    }
    if (a.title.isEmpty()) {
        a.title = a.blocks.first().text;
        a.blocks.removeFirst();
    }
    s.mediaType = QStringLiteral("application/pdf");
    s.suffix = QStringLiteral("pdf");
    s.original = bytes;
    return s;
}

} // namespace Claimbench
