// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_pdf_export.h"

#include <QByteArray>
#include <QMarginsF>
#include <QObject>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace Claimbench {

/// Prints an HTML report to PDF with Qt WebEngine (Chromium's printToPdf), offscreen, then stamps page numbers
/// ("Page N of M") into the footer. Qt does not expose Chromium's header/footer templates and Chromium 122 has no
/// CSS page-margin boxes, so the numbers are added afterwards as an incremental update of the PDF (addPageNumbers).
///
/// Needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is fine) created after prepareWebEngine(). Printing runs a
/// local event loop until the PDF is ready. JavaScript, remote and local-file access are off while printing.
///
///     Claimbench::PdfPrinter::Options options;
///     options.pageSize = QPageSize::Letter;
///     QString error;
///     const QByteArray pdf = Claimbench::PdfPrinter::print(html, options, &error);
///
/// A GUI that lets the user stop a print keeps a PdfPrinter and connects its Cancel (or Esc) to cancel():
///
///     auto *printer = new Claimbench::PdfPrinter(dialog);
///     connect(cancelButton, &QPushButton::clicked, printer, &Claimbench::PdfPrinter::cancel);
///     const bool ok = printer->printHtmlToFile(html, path, options, &error); // error "cancelled" when stopped
class CLAIMBENCH_PDF_EXPORT PdfPrinter : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QMarginsF margins{14, 16, 14, 18}; ///< millimetres: left, top, right, bottom (the footer sits in the bottom one)
        bool pageNumbers = true;
        /// optional text at the bottom left of every page: Latin-1 and the typographic quotes, dashes, ellipsis,
        /// bullet and euro sign (WinAnsiEncoding); otherwise left out
        QString footerLabel;
        /// The PDF's document information (its Info dictionary: what pdfinfo and viewers show). Each one left empty
        /// is the page's: its <title>, <meta name="author" content="..."> and <meta name="description" ...>, as
        /// reportToHtml() writes them (the publisher or the reviewers; the article and its claims).
        QString title;
        QString author;
        QString subject;
        /// Gives up after this long; 0: two minutes plus a minute per MB of HTML (10,000 claims are ~17 MB).
        int timeoutMs = 0;
        /// Chromium's PDF output takes time quadratic in the number of in-page links (href="#…"): measured here,
        /// 1,100 of them added 14 s. Above this many, they are left out of the PDF (the text stays).
        int maxInternalLinks = 150;
        /// Print these pages instead of the page given, in parallel (one Chromium renderer each), and join their
        /// PDFs in order: the parts of a long report (reportPrintParts() makes them). Empty: the page in one piece.
        QStringList parts;
        /// How many parts print at the same time; 0: one per core (the fastest measured). More parts than that
        /// keep each one small: Chromium's time grows faster than the page. 1: the parts load and print in order.
        int maxParallel = 0;
        /// Asked at each step, never on a timer: before each part (or the one page) is loaded, before it is
        /// printed once loaded, and once every part is printed, before they are joined: 2 × parts + 1 times in
        /// all (3 for a page in one piece). The first true stops with the error "cancelled" (and it is not asked
        /// again). To stop while Chromium loads or prints a part, call cancel().
        std::function<bool()> cancelled;
        /// Told when printing starts (0 printed) and each time a part has been printed: how many are, of how many
        /// (one for a page printed in one piece).
        std::function<void(qsizetype printed, qsizetype total)> progress;
    };

    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;

    /// The PDF's bytes; empty with `error` set on failure (load failure, timeout, empty result, "cancelled").
    /// cancel() stops it. One print at a time: while one runs, another fails with "already printing".
    QByteArray printHtml(const QString &html, const Options &options, QString *error = nullptr);
    /// printHtml() to a file, written atomically (nothing is written on failure). Returns false with `error` set.
    bool printHtmlToFile(const QString &html, const QString &path, const Options &options, QString *error = nullptr);
    /// True while printHtml() runs (in its event loop).
    bool isPrinting() const;

    /// printHtml() with a printer of its own (nothing can cancel() it; Options::cancelled can stop it).
    static QByteArray print(const QString &html, const Options &options, QString *error = nullptr);
    static QByteArray print(const QString &html, QString *error = nullptr) { return print(html, Options(), error); }
    /// printHtmlToFile() with a printer of its own.
    static bool printToFile(const QString &html, const QString &path, const Options &options, QString *error = nullptr);

public Q_SLOTS:
    /// Stops the print that is running at once, wherever it is (a part loading or printing included): printHtml()
    /// returns with the error "cancelled" as soon as control is back in its event loop. For a GUI's Cancel or Esc,
    /// which that event loop delivers. Does nothing when nothing is printing.
    void cancel();

private:
    std::function<void()> m_stop; ///< the running print's "stop now"; empty when none runs
};

/// Joins PDFs into one, pages in order (qpdf); the document information of the first is kept. Returns an empty
/// array with `error` set when one cannot be read.
CLAIMBENCH_PDF_EXPORT QByteArray joinPdfs(const QList<QByteArray> &pdfs, QString *error = nullptr);

/// The document information of a PDF: Title, Author, Subject.
struct PdfDocumentInfo {
    QString title;
    QString author;
    QString subject;
    friend bool operator==(const PdfDocumentInfo &, const PdfDocumentInfo &) = default;
};

/// What an HTML page says about itself for a PDF's document information: its <title>, <meta name="author"> and
/// <meta name="description"> in <head> (entities decoded, white space simplified); empty members when absent.
CLAIMBENCH_PDF_EXPORT PdfDocumentInfo pageDocumentInfo(const QString &html);

/// Sets the non-empty members of `info` in the Info dictionary of `pdf` (keeping its other entries: Creator,
/// Producer, dates), as an incremental update; any Unicode text (UTF-16BE strings). Returns an empty array with
/// `error` set when the file's structure is not understood (classic xref tables only, as addPageNumbers()).
CLAIMBENCH_PDF_EXPORT QByteArray setDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info, QString *error = nullptr);

/// Stamps "Page N of M" (and `label`, when given and in WinAnsiEncoding: Latin-1, typographic quotes and dashes) into the bottom margin of every page of `pdf`, as an
/// incremental update (the original bytes are kept). Works on the classic-xref PDFs Chromium writes; returns an
/// empty array with `error` set when the file's structure is not understood.
CLAIMBENCH_PDF_EXPORT QByteArray addPageNumbers(const QByteArray &pdf, const QString &label = QString(),
                                                QString *error = nullptr);

} // namespace Claimbench
