// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportpreview.h"

#include "atomicfile.h"

#include "claimeditor.h"
#include "claimset.h"
#include "desk.h"
#include "documentcontroller.h"
#include "pdfprinter.h"
#include "pluginmanager.h"
#include "settings.h"
#include "reportclaimtypes.h"
#include "webenginemodule.h"

#include <algorithm>
#include <limits>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Claimbench {

ReportOptions reportOptionsFor(DocumentController *controller)
{
    ReportOptions options;
    // The desk's identity from Preferences: the ClaimReview author and the report's masthead.
    const Settings settings;
    options.organisation = settings.organisation();
    options.url = settings.publicationUrl();
    if (!controller->plugins())
        return options;
    options.claimTypes = reportClaimTypes(controller->plugins()->claimTypes());
    return options;
}

ExportRequest exportRequestFor(DocumentController *controller, ExportFormat format)
{
    ExportRequest request;
    request.format = format;
    request.data = controller->snapshot();
    request.documentText = controller->editor()->toPlainText();
    request.options = reportOptionsFor(controller);
    request.documentPath = controller->path();
    request.parallelParts = QThread::idealThreadCount(); // a PDF prints in one part per core
    // ClaimReview: the desk's publish gate and, for its own publisher, its web site and logo (Preferences)
    const Settings settings;
    // The document's desk file decides, else Preferences (as for Approve).
    request.publishRule.requireSecondReview = secondReviewRequired(controller->path(), settings.requireSecondReview());
    Publication &publication = request.data.publication;
    if (publication.publisher.isEmpty() || publication.publisher == settings.organisation()) {
        if (publication.publisherUrl.isEmpty())
            publication.publisherUrl = settings.publisherUrl();
        if (publication.logoUrl.isEmpty())
            publication.logoUrl = settings.logoUrl();
    }
    return request;
}

class ReportPreviewPrivate
{
public:
    ReportPreview *q = nullptr;
    DocumentController *controller = nullptr;
    QVBoxLayout *layout = nullptr;
    QLabel *status = nullptr;
    QToolButton *allClaims = nullptr;
    QToolButton *article = nullptr;
    /// The view (the WebEngine module's: loaded on the first draw), its page and profile; dropped on release.
    WebReportView *view = nullptr;
    QTimer debounce;
    QTimer release;
    std::unique_ptr<QTemporaryDir> tmp; ///< for reports over SetHtmlLimit, made when first needed
    QString html;
    QString shownText; ///< what the status line says once the page is drawn
    bool stale = true;
    int renders = 0;
    bool showArticle = false;
    bool showAll = false;
    bool timers = true;
    bool onScreen = true;
    /// The claims drawn are those between these editor positions (a window at the cursor); -1: all of them.
    qsizetype windowFrom = -1;
    qsizetype windowTo = -1;

    struct Page {
        QString html;
        QString status;
        qsizetype windowFrom = -1;
        qsizetype windowTo = -1;
    };
    Page build() const;
    bool ensureView();
    void draw(const QString &html);
    void setStatus(const QString &text) { status->setText(text); }
    void becameShown();
    void becameHidden();
};

ReportPreviewPrivate::Page ReportPreviewPrivate::build() const
{
    Page page;
    if (!controller->isOpen())
        return page;
    ExportRequest request = exportRequestFor(controller, ExportFormat::Html);
    const bool withArticle = showArticle || request.documentText.size() <= ReportPreview::ArticleOnDemandAbove;
    if (!withArticle)
        request.reportTemplate.html.replace(QLatin1String("{{annotated_text}}"), QString());
    const bool many = request.data.claims.size() > 2 * ReportPreview::NearbyClaims + 1;
    if (many && showAll)
        request.options.layout = ReportLayout::Compact; // thousands of claims: dense runs, not tables
    // The preview is the HTML export (Report::build and reportToHtml, as exportReview() makes it) cut to what is
    // needed first: the summary counts every claim, the claims listed are those near the cursor.
    Report report = Report::build(request.data, request.documentText, request.options);
    const qsizetype total = report.entries.size();
    QStringList parts;
    if (many && !showAll) {
        QList<ReportEntry> &entries = report.entries;
        const auto firstOrphan = std::find_if(entries.cbegin(), entries.cend(),
                                              [](const ReportEntry &e) { return e.claim.isOrphan(); });
        const qsizetype anchored = firstOrphan - entries.cbegin();
        // Claim positions are code points, the cursor's UTF-16: they differ only past astral characters, which
        // moves the window a little, never out of the text.
        const qsizetype cursor = controller->editor()->textCursor().position();
        const qsizetype at = std::lower_bound(entries.cbegin(), firstOrphan, cursor,
                                              [](const ReportEntry &e, qsizetype pos) { return e.claim.start < pos; })
            - entries.cbegin();
        const qsizetype from = std::max<qsizetype>(0, at - ReportPreview::NearbyClaims);
        const qsizetype to = std::min(anchored, at + ReportPreview::NearbyClaims + 1);
        const qsizetype orphans = std::min<qsizetype>(total - anchored, ReportPreview::NearbyClaims);
        QList<ReportEntry> kept;
        kept.reserve(to - from + orphans);
        for (qsizetype i = from; i < to; ++i)
            kept.append(std::move(entries[i]));
        for (qsizetype i = anchored; i < anchored + orphans; ++i)
            kept.append(std::move(entries[i]));
        entries = std::move(kept);
        page.windowFrom = from == 0 || to == from ? 0 : report.entries.first().claim.start;
        page.windowTo = to == anchored || to == from ? std::numeric_limits<qsizetype>::max()
                                                     : report.entries.at(to - from - 1).claim.start;
        if (to > from)
            parts << ReportPreview::tr("Claims %1–%2 of %3, near the cursor").arg(from + 1).arg(to).arg(total);
        if (orphans)
            parts << ReportPreview::tr("%n orphan(s)", nullptr, int(orphans));
    } else {
        parts << ReportPreview::tr("%n claim(s)", nullptr, int(total));
    }
    if (!withArticle)
        parts << ReportPreview::tr("annotated article on demand");
    page.status = parts.join(QStringLiteral(" · "));
    page.html = reportToHtml(report, request.reportTemplate);
    return page;
}

ReportPreview::ReportPreview(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ReportPreviewPrivate>())
{
    setObjectName(QStringLiteral("reportPreview"));
    d->q = this;
    d->controller = controller;
    d->layout = new QVBoxLayout(this);
    d->layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    d->status = new QLabel(tr("The report is drawn when this panel is shown."), this);
    d->status->setObjectName(QStringLiteral("previewStatus"));
    d->status->setWordWrap(true);
    d->allClaims = new QToolButton(this);
    d->allClaims->setText(tr("All claims"));
    d->allClaims->setToolTip(tr("List every claim (compact), not only those near the cursor"));
    d->allClaims->setCheckable(true);
    d->article = new QToolButton(this);
    d->article->setText(tr("Article"));
    d->article->setToolTip(tr("Include the annotated article, however long"));
    d->article->setCheckable(true);
    bar->addWidget(d->status, 1);
    bar->addWidget(d->allClaims);
    bar->addWidget(d->article);
    d->layout->addLayout(bar);
    d->layout->addStretch(1); // the view takes its place when it is made
    connect(d->allClaims, &QToolButton::toggled, this, &ReportPreview::setShowAllClaims);
    connect(d->article, &QToolButton::toggled, this, &ReportPreview::setShowArticle);

    d->debounce.setSingleShot(true);
    d->debounce.setInterval(DebounceMs);
    connect(&d->debounce, &QTimer::timeout, this, &ReportPreview::updateNow);
    d->release.setSingleShot(true);
    d->release.setInterval(ReleaseAfterMs);
    connect(&d->release, &QTimer::timeout, this, &ReportPreview::releaseRenderer);
    connect(controller->claims(), &ClaimSet::changed, this, &ReportPreview::scheduleUpdate);
    connect(controller, &DocumentController::opened, this, &ReportPreview::scheduleUpdate);
    connect(controller->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this] {
        // The window of claims follows the cursor once it leaves it.
        if (d->windowFrom < 0 || !isShown())
            return;
        const qsizetype pos = d->controller->editor()->textCursor().position();
        if (pos < d->windowFrom || pos > d->windowTo)
            scheduleUpdate();
    });
}

ReportPreview::~ReportPreview()
{
    releaseRenderer();
}

bool ReportPreviewPrivate::ensureView()
{
    if (view)
        return true;
    // Qt WebEngine is loaded here, the first time the preview is drawn (#18)
    QString error;
    WebEngineModule *web = webEngineModule(&error);
    if (!web) {
        setStatus(ReportPreview::tr("The report cannot be previewed: %1").arg(error));
        return false;
    }
    view = web->createReportView(q, [this](bool ok) {
        setStatus(ok ? shownText : ReportPreview::tr("The report could not be drawn. Export it (File ▸ Export Report) to read it."));
        Q_EMIT q->loaded(ok);
    });
    view->widget()->setAccessibleName(ReportPreview::tr("Report preview"));
    // in the stretch's place
    delete layout->takeAt(layout->count() - 1);
    layout->addWidget(view->widget(), 1);
    return true;
}

void ReportPreviewPrivate::draw(const QString &page)
{
    html = page;
    if (!ensureView()) {
        stale = true; // tried again when next shown
        return;       // the status line says why
    }
    ++renders;
    setStatus(ReportPreview::tr("Drawing the report…"));
    Q_EMIT q->rendered();
    const QByteArray bytes = page.toUtf8();
    if (bytes.size() > ReportPreview::MaxPreviewSize) {
        // Chromium's renderer runs out of memory on reports this size; the export has the full report.
        shownText = ReportPreview::tr("Too large to preview");
        view->setHtml(QStringLiteral("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                                     "content=\"default-src 'none'\"></head><body style=\"font-family:sans-serif\">"
                                     "<p>%1</p></body></html>")
                          .arg(ReportPreview::tr("This report is too large to preview (%1 MB). Export it (File ▸ Export Report) to read it.")
                                   .arg(double(bytes.size()) / 1e6, 0, 'f', 1)));
        return;
    }
    if (bytes.size() < ReportPreview::SetHtmlLimit) {
        view->setHtml(page);
        return;
    }
    if (!tmp)
        tmp = std::make_unique<QTemporaryDir>();
    const QString path = tmp->filePath(QStringLiteral("report.html"));
    const SidecarError error = tmp->isValid() ? writeFileAtomically(path, bytes)
                                              : SidecarError{};
    if (!tmp->isValid() || error.isValid()) {
        setStatus(ReportPreview::tr("The report could not be drawn: %1")
                      .arg(error.isValid() ? error.message : tmp->errorString()));
        return;
    }
    view->load(QUrl::fromLocalFile(path));
}

QWidget *ReportPreview::view() const
{
    return d->view ? d->view->widget() : nullptr;
}

bool ReportPreview::hasRenderer() const
{
    return d->view != nullptr;
}

int ReportPreview::renderCount() const
{
    return d->renders;
}

bool ReportPreview::isStale() const
{
    return d->stale;
}

void ReportPreview::refresh()
{
    d->stale = false;
    d->debounce.stop();
    if (!d->controller->isOpen())
        return;
    ReportPreviewPrivate::Page page = d->build();
    d->windowFrom = page.windowFrom;
    d->windowTo = page.windowTo;
    d->shownText = page.status;
    d->draw(page.html);
}

void ReportPreview::showHtml(const QString &html)
{
    d->shownText.clear();
    d->draw(html);
}

QString ReportPreview::lastHtml() const
{
    return d->html;
}

QString ReportPreview::previewHtml() const
{
    return d->build().html;
}

void ReportPreview::setShowArticle(bool show)
{
    if (show == d->showArticle)
        return;
    d->showArticle = show;
    const QSignalBlocker block(d->article);
    d->article->setChecked(show);
    scheduleUpdate();
}

bool ReportPreview::showsArticle() const
{
    return d->showArticle;
}

void ReportPreview::setShowAllClaims(bool show)
{
    if (show == d->showAll)
        return;
    d->showAll = show;
    const QSignalBlocker block(d->allClaims);
    d->allClaims->setChecked(show);
    scheduleUpdate();
}

bool ReportPreview::showsAllClaims() const
{
    return d->showAll;
}

QString ReportPreview::statusText() const
{
    return d->status->text();
}

void ReportPreview::setOnScreen(bool onScreen)
{
    if (onScreen == d->onScreen)
        return;
    const bool was = isShown();
    d->onScreen = onScreen;
    if (!was && isShown())
        d->becameShown();
    else if (was && !isShown())
        d->becameHidden();
}

bool ReportPreview::isShown() const
{
    return isVisible() && d->onScreen;
}

void ReportPreview::setTimersEnabled(bool enabled)
{
    d->timers = enabled;
    if (!enabled) {
        d->debounce.stop();
        d->release.stop();
    }
}

void ReportPreview::scheduleUpdate()
{
    d->stale = true;
    if (isShown() && d->timers)
        d->debounce.start();
    // hidden: showEvent() draws it
}

void ReportPreview::updateNow()
{
    if (d->stale && isShown())
        refresh();
}

void ReportPreview::releaseRenderer()
{
    d->release.stop();
    if (!d->view)
        return;
    // The page goes with its view, before its profile; then Chromium ends the renderer.
    QWidget *widget = d->view->widget();
    d->view = nullptr;
    d->layout->removeWidget(widget);
    delete widget;
    d->layout->addStretch(1);
    d->html.clear();
    d->tmp.reset();
    d->stale = true;
    d->setStatus(tr("The report is drawn when this panel is shown."));
}

void ReportPreviewPrivate::becameShown()
{
    release.stop();
    if (stale) // after the show is done: the window first, then the report
        QMetaObject::invokeMethod(q, &ReportPreview::updateNow, Qt::QueuedConnection);
}

void ReportPreviewPrivate::becameHidden()
{
    debounce.stop(); // the next show draws it
    if (view && timers)
        release.start();
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (isShown())
        d->becameShown();
}

void ReportPreview::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (d->onScreen)
        d->becameHidden();
}

bool ExportDialog::exportTo(DocumentController *controller, const QString &format, const QString &path, QString *error,
                            PdfPrinter *printer,
                            const std::function<void(qsizetype printed, qsizetype total)> &progress)
{
    const std::optional<ExportFormat> f = exportFormatFromId(format);
    if (!f) {
        if (error)
            *error = tr("Unknown format %1").arg(format);
        return false;
    }
    const ExportResult result = exportReview(exportRequestFor(controller, *f));
    if (!result.isValid()) {
        if (error)
            *error = result.error;
        return false;
    }
    if (*f == ExportFormat::Pdf) {
        PdfPrinter::Options options;
        options.footerLabel = result.pdfFooter;
        options.parts = result.printable.parts;
        options.progress = progress;
        if (!printer)
            return PdfPrinter::printToFile(result.printable.html, path, options, error);
        return printer->printHtmlToFile(result.printable.html, path, options, error);
    }
    const SidecarError e = writeFileAtomically(path, result.bytes);
    if (e.isValid() && error)
        *error = e.message;
    return !e.isValid();
}

ExportDialog::ExportDialog(DocumentController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_printer(new PdfPrinter(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export report"));
    auto *form = new QFormLayout;
    auto *format = new QComboBox(this);
    format->setAccessibleName(tr("Format"));
    for (const ExportFormat f : exportFormats())
        format->addItem(exportFormatName(f), exportFormatId(f));
    auto *path = new QLineEdit(this);
    path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file"));
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    form->addRow(tr("&Format:"), format);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(path); // Alt+F; a row holding a layout gets no buddy, and the "&" would show
    form->addRow(fileLabel, row);
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    // a long report's PDF prints in parts: how many are done
    auto *progress = new QProgressBar(this);
    progress->setAccessibleName(tr("Export progress"));
    progress->setFormat(tr("%v of %m parts printed"));
    progress->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(progress);
    layout->addWidget(buttons);
    const QString base = controller->path();
    auto suggest = [format, path, base] {
        const QString ext = exportFileSuffix(exportFormatFromId(format->currentData().toString()).value_or(ExportFormat::Html));
        path->setText(QFileInfo(base).path() + QLatin1Char('/') + QFileInfo(base).completeBaseName() + QLatin1Char('.') + ext);
    };
    suggest();
    connect(format, &QComboBox::currentIndexChanged, this, suggest);
    connect(browse, &QPushButton::clicked, this, [this, path] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export report"), path->text());
        if (!p.isEmpty())
            path->setText(p);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this, format, path, message, progress, exportButton] {
        if (m_exporting)
            return;
        QString error;
        message->setText(tr("Exporting… (Esc or Cancel stops it)"));
        m_exporting = true;
        m_cancelled = false;
        exportButton->setEnabled(false);
        QApplication::setOverrideCursor(Qt::BusyCursor);
        progress->hide();
        const bool ok = exportTo(m_controller, format->currentData().toString(), path->text(), &error, m_printer,
                                 [progress](qsizetype printed, qsizetype total) {
                                     if (total < 2)
                                         return;
                                     progress->setRange(0, int(total));
                                     progress->setValue(int(printed));
                                     progress->show();
                                 });
        QApplication::restoreOverrideCursor();
        exportButton->setEnabled(true);
        m_exporting = false;
        if (!ok)
            progress->hide(); // the message says what happened
        if (ok)
            accept();
        else if (m_cancelled)
            message->setText(tr("Export cancelled; nothing was written."));
        else
            message->setText(tr("The report could not be exported: %1").arg(error));
    });
    resize(520, 160);
}

void ExportDialog::reject()
{
    if (m_exporting) {
        m_cancelled = true;
        m_printer->cancel(); // Esc arrives through the print's event loop: it stops now, not at the next step
        return;
    }
    QDialog::reject();
}

} // namespace Claimbench
