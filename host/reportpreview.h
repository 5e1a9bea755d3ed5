// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "export.h"
#include "report.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <memory>

class QWebEngineView;

namespace Claimbench {

class DocumentController;
class PdfPrinter;
class ReportPreviewPrivate;

/// The report options for the open document: claim types from the plugins, organisation and publication URL from
/// Preferences (settings "organisation" and "publicationUrl").
CLAIMBENCH_HOST_EXPORT ReportOptions reportOptionsFor(DocumentController *controller);
/// The export of the open document as it is now in `format` (exportReview() makes it): its claims and text, the
/// report options above, and for a PDF one part per core.
CLAIMBENCH_HOST_EXPORT ExportRequest exportRequestFor(DocumentController *controller, ExportFormat format);

/// The HTML report in a sandboxed QWebEngineView, updated (debounced) as claims change: JavaScript off, no
/// local-file or remote access, an off-the-record profile, clicked links open in the system browser. Reports
/// over 2 MB (setHtml's limit) are loaded from a private temporary file.
class CLAIMBENCH_HOST_EXPORT ReportPreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype SetHtmlLimit = 2 * 1024 * 1024;
    static constexpr qsizetype MaxPreviewSize = 24 * 1024 * 1024; ///< larger reports are only exported

    explicit ReportPreview(DocumentController *controller, QWidget *parent = nullptr);
    ~ReportPreview() override;

    QWebEngineView *view() const;
    /// Regenerates now (normally debounced and only while visible).
    void refresh();
    /// Shows arbitrary HTML the way refresh() does (tests: the 2 MB path).
    void showHtml(const QString &html);
    QString lastHtml() const;

Q_SIGNALS:
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<ReportPreviewPrivate> d;
};

/// Export the report in any format: HTML, PDF, Markdown, CSV, JSON, ClaimReview JSON-LD, W3C Web Annotation.
class CLAIMBENCH_HOST_EXPORT ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(DocumentController *controller, QWidget *parent = nullptr);
    /// Writes `format` ("html", "pdf", "md", "csv", "json", "claimreview", "w3c") to `path`. A PDF is printed by
    /// `printer` (one of its own when null): its cancel() stops the export (error "cancelled"); `progress` is told
    /// as the PDF's parts are printed.
    static bool exportTo(DocumentController *controller, const QString &format, const QString &path, QString *error,
                         PdfPrinter *printer = nullptr,
                         const std::function<void(qsizetype printed, qsizetype total)> &progress = {});

public Q_SLOTS:
    /// While a PDF is being printed: cancels it at once (the dialog stays open); otherwise closes the dialog.
    void reject() override;

private:
    DocumentController *m_controller;
    PdfPrinter *m_printer;
    bool m_exporting = false;
    bool m_cancelled = false;
};

} // namespace Claimbench
