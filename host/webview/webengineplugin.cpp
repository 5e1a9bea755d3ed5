// SPDX-License-Identifier: GPL-2.0-or-later
// The Qt WebEngine module (webenginemodule.h): the only code of Claimbench that links Qt WebEngine. Loaded by
// webEngineModule() when a PDF is first printed or the report preview first drawn.
#include "webenginemodule.h"

#include <QDesktopServices>
#include <QObject>
#include <QPageLayout>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QWidget>

namespace Claimbench {

namespace {

// ---- printing ----

class PrintPage final : public WebPrintPage
{
public:
    PrintPage(QWebEngineProfile *profile, std::function<void(bool)> loaded) : m_page(profile)
    {
        QWebEngineSettings *s = m_page.settings();
        s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
        s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
        QObject::connect(&m_page, &QWebEnginePage::loadFinished, &m_page, std::move(loaded));
    }
    void load(const QUrl &url) override { m_page.load(url); }
    void printToPdf(const std::function<void(const QByteArray &)> &done, const QPageLayout &layout) override
    {
        m_page.printToPdf(done, layout);
    }

private:
    QWebEnginePage m_page;
};

class PrintProfile final : public WebPrintProfile
{
public:
    PrintProfile()
    {
        // no storage name: off the record, nothing stored
        m_profile.setHttpCacheType(QWebEngineProfile::NoCache);
        m_profile.setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    }
    std::unique_ptr<WebPrintPage> createPage(std::function<void(bool)> loaded) override
    {
        return std::make_unique<PrintPage>(&m_profile, std::move(loaded));
    }

private:
    QWebEngineProfile m_profile;
};

// ---- the report preview ----

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

class ReportView final : public QWidget, public WebReportView
{
public:
    ReportView(QWidget *parent, std::function<void(bool)> loaded)
        : QWidget(parent)
        , m_profile(new QWebEngineProfile) // no storage name: off the record
        , m_view(new QWebEngineView(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        setFocusProxy(m_view);
        auto *page = new SandboxedPage(m_profile, m_view);
        QWebEngineSettings *s = page->settings();
        s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
        m_view->setPage(page);
        QObject::connect(page, &QWebEnginePage::loadFinished, this, std::move(loaded));
    }
    ~ReportView() override
    {
        // The page goes with its view, before its profile; then Chromium ends the renderer.
        delete m_view;
        delete m_profile;
    }
    QWidget *widget() override { return this; }
    void setHtml(const QString &html) override { m_view->setHtml(html, QUrl(QStringLiteral("about:blank"))); }
    void load(const QUrl &url) override { m_view->load(url); }

private:
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
};

} // namespace

class WebEnginePlugin : public QObject, public WebEngineModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClaimbenchWebEngineModule_iid FILE "webengine.json")
    Q_INTERFACES(Claimbench::WebEngineModule)
public:
    std::unique_ptr<WebPrintProfile> createPrintProfile() override { return std::make_unique<PrintProfile>(); }
    WebReportView *createReportView(QWidget *parent, std::function<void(bool)> loaded) override
    {
        return new ReportView(parent, std::move(loaded));
    }
};

} // namespace Claimbench

#include "webengineplugin.moc"
