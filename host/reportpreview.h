// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "export.h"
#include "report.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <memory>

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

/// The HTML report in a sandboxed Qt WebEngine view: JavaScript off, no local-file or remote access, an
/// off-the-record profile, clicked links open in the system browser. Reports over 2 MB (setHtml's limit) are
/// loaded from a private temporary file. The view comes from the WebEngine module (webenginemodule.h), loaded the
/// first time the preview is drawn; without it the status line says what is missing.
///
/// Lean by design (#18): the view, its page and profile (and so Chromium's renderer process) exist only once the
/// preview is first drawn; it is drawn only while it is shown (isShown(): not while its dock is hidden or tabbed
/// behind another), a change while hidden only marks it stale; changes while shown are debounced
/// (DebounceMs; scheduleUpdate() is the trigger, updateNow() what it fires); hidden for ReleaseAfterMs the view is
/// released (releaseRenderer()). For big reviews it draws what is needed first: the summary and the
/// NearbyClaims claims either side of the editor's cursor (all claims on demand, compact layout), and the
/// annotated article only on demand when the article is longer than ArticleOnDemandAbove characters.
class CLAIMBENCH_HOST_EXPORT ReportPreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype SetHtmlLimit = 2 * 1024 * 1024;
    static constexpr qsizetype MaxPreviewSize = 24 * 1024 * 1024; ///< larger reports are only exported
    static constexpr int NearbyClaims = 100;        ///< more than twice this many claims: a window at the cursor
    static constexpr qsizetype ArticleOnDemandAbove = 256 * 1024; ///< longer articles: annotated text on demand
    static constexpr int DebounceMs = 800;
    static constexpr int ReleaseAfterMs = 60 * 1000;

    explicit ReportPreview(DocumentController *controller, QWidget *parent = nullptr);
    ~ReportPreview() override;

    /// The view (the WebEngine module's widget); null until the preview is first drawn and after releaseRenderer().
    QWidget *view() const;
    bool hasRenderer() const;
    /// How many pages were handed to the renderer (setHtml or load) since construction.
    int renderCount() const;
    /// True when the report changed since it was last drawn (drawn when next shown).
    bool isStale() const;
    /// Regenerates and draws now, shown or not (creates the view if needed).
    void refresh();
    /// Shows arbitrary HTML the way refresh() does (tests: the 2 MB path).
    void showHtml(const QString &html);
    QString lastHtml() const;
    /// The page refresh() would draw for the open document now, without drawing it.
    QString previewHtml() const;

    /// The annotated article even when it is long; all claims even when there are many (compact layout).
    void setShowArticle(bool show);
    bool showsArticle() const;
    void setShowAllClaims(bool show);
    bool showsAllClaims() const;
    /// Whether the preview can be seen when it is visible: false while its dock's tab is behind another (connect
    /// QDockWidget::visibilityChanged; a tabbed-away dock's widgets stay "visible"). True by default.
    void setOnScreen(bool onScreen);
    /// Visible and on screen: only then is the preview drawn.
    bool isShown() const;
    /// False: the debounce and the hidden-long timers never start; scheduleUpdate() only marks the preview stale
    /// and whoever drives it calls updateNow() and releaseRenderer() (tests inject the triggers). True by default.
    void setTimersEnabled(bool enabled);
    /// What the status line says ("Drawing the report…", what is shown, or why it failed).
    QString statusText() const;

public Q_SLOTS:
    /// The report changed: marks it stale and (re)starts the debounce, whose end calls updateNow().
    void scheduleUpdate();
    /// Draws now when visible and stale; otherwise keeps it stale for the next show. (The debounce's end.)
    void updateNow();
    /// Drops the view, its page and profile (Chromium's renderer goes); the next show draws afresh. Called
    /// after ReleaseAfterMs hidden.
    void releaseRenderer();

Q_SIGNALS:
    void loaded(bool ok);
    /// A page was handed to the renderer.
    void rendered();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

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
