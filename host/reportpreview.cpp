// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportpreview.h"

#include "atomicfile.h"

#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "pdfprinter.h"
#include "pluginmanager.h"
#include "settings.h"
#include "reportclaimtypes.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
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
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

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
    return request;
}

namespace {
// Links go to the system browser; the page itself never navigates anywhere.
class SandboxedPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked) {
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
                || url.scheme() == QLatin1String("mailto"))
                QDesktopServices::openUrl(url);
            return false;
        }
        // Our own loads: setHtml (data:) or the private temporary file for large reports.
        return isMainFrame && (url.scheme() == QLatin1String("data") || url.isLocalFile()
                               || url.scheme() == QLatin1String("about"));
    }
};
} // namespace

class ReportPreviewPrivate
{
public:
    DocumentController *controller = nullptr;
    QWebEngineProfile *profile = nullptr;
    QWebEngineView *view = nullptr;
    QTimer debounce;
    QTemporaryDir tmp;
    QString html;
    bool stale = true;
};

ReportPreview::ReportPreview(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ReportPreviewPrivate>())
{
    setObjectName(QStringLiteral("reportPreview"));
    d->controller = controller;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->profile = new QWebEngineProfile(this); // no storage name: off the record
    d->view = new QWebEngineView(this);
    d->view->setAccessibleName(tr("Report preview"));
    auto *page = new SandboxedPage(d->profile, d->view);
    QWebEngineSettings *s = page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    d->view->setPage(page);
    layout->addWidget(d->view);
    connect(page, &QWebEnginePage::loadFinished, this, &ReportPreview::loaded);
    d->debounce.setSingleShot(true);
    d->debounce.setInterval(800);
    connect(&d->debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            d->stale = true;
    });
    connect(controller->claims(), &ClaimSet::changed, this, [this] { d->debounce.start(); });
    connect(controller, &DocumentController::opened, this, [this] { d->debounce.start(); });
}

ReportPreview::~ReportPreview()
{
    // The page must go before its profile.
    delete d->view;
}

QWebEngineView *ReportPreview::view() const
{
    return d->view;
}

void ReportPreview::refresh()
{
    d->stale = false;
    if (!d->controller->isOpen())
        return;
    showHtml(QString::fromUtf8(exportReview(exportRequestFor(d->controller, ExportFormat::Html)).bytes));
}

void ReportPreview::showHtml(const QString &html)
{
    d->html = html;
    const QByteArray bytes = html.toUtf8();
    if (bytes.size() > MaxPreviewSize) {
        // Chromium's renderer runs out of memory on reports this size; the export has the full report.
        d->view->setHtml(QStringLiteral("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                                        "content=\"default-src 'none'\"></head><body style=\"font-family:sans-serif\">"
                                        "<p>%1</p></body></html>")
                             .arg(tr("This report is too large to preview (%1 MB). Export it (File ▸ Export Report) to read it.")
                                      .arg(double(bytes.size()) / 1e6, 0, 'f', 1)),
                         QUrl(QStringLiteral("about:blank")));
        return;
    }
    if (bytes.size() < SetHtmlLimit || !d->tmp.isValid()) {
        d->view->setHtml(html, QUrl(QStringLiteral("about:blank")));
        return;
    }
    const QString path = d->tmp.filePath(QStringLiteral("report.html"));
    if (!writeFileAtomically(path, bytes).isValid())
        d->view->load(QUrl::fromLocalFile(path));
}

QString ReportPreview::lastHtml() const
{
    return d->html;
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (d->stale)
        d->debounce.start(0);
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
