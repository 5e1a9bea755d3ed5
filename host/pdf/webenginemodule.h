// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_pdf_export.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

class QPageLayout;
class QWidget;

namespace Claimbench {

/// An offscreen page that prints what it loaded to PDF (Chromium's printToPdf).
class WebPrintPage
{
public:
    virtual ~WebPrintPage() = default;
    virtual void load(const QUrl &url) = 0;
    /// `done` is told the PDF's bytes (empty on failure), from the event loop.
    virtual void printToPdf(const std::function<void(const QByteArray &)> &done, const QPageLayout &layout) = 0;
};

/// An off-the-record profile (no cache, no cookies kept) for printing. Its pages must go before it.
class WebPrintProfile
{
public:
    virtual ~WebPrintProfile() = default;
    /// A page with JavaScript, plugins, the PDF viewer, remote and local-file access off, backgrounds printed;
    /// `loaded` is told when each load ends (never after the page is gone).
    virtual std::unique_ptr<WebPrintPage> createPage(std::function<void(bool ok)> loaded) = 0;
};

/// The report preview's view: a sandboxed page (JavaScript, plugins, local-file and remote access off; clicked
/// http(s) and mailto links open in the system browser; it never navigates itself) in an off-the-record profile
/// of its own. It is a widget (widget()); deleting the widget deletes the view, its page and its profile.
class WebReportView
{
public:
    virtual ~WebReportView() = default;
    virtual QWidget *widget() = 0;
    /// Shows `html` (under setHtml's 2 MB limit) with the base URL about:blank.
    virtual void setHtml(const QString &html) = 0;
    /// Shows a local file (larger pages).
    virtual void load(const QUrl &url) = 0;
};

/// Everything of Qt WebEngine that Claimbench uses, in a module of its own (a Qt plugin: claimbench_webengine,
/// installed in <plugindir>/claimbench/modules), loaded by webEngineModule() the first time a PDF is printed or the
/// report preview is drawn: nothing else links Qt WebEngine (nor the Qt Quick and QML it pulls in), so a start that
/// needs neither never maps or relocates them (#18).
class WebEngineModule
{
public:
    virtual ~WebEngineModule() = default;
    virtual std::unique_ptr<WebPrintProfile> createPrintProfile() = 0;
    /// A view, child of `parent`; `loaded` is told when each load ends (never after the view is gone).
    virtual WebReportView *createReportView(QWidget *parent, std::function<void(bool ok)> loaded) = 0;
};

/// The module's file: $CLAIMBENCH_WEBENGINE_MODULE when set, else claimbench_webengine.so in
/// <plugindir>/claimbench/modules found relative to libclaimbench_pdf (the same in the build and install trees).
CLAIMBENCH_PDF_EXPORT QString webEngineModulePath();

/// The module, loaded on the first call (later calls return the same instance); null with `error` set (what
/// is missing, in words for the user) when it cannot be loaded, and tried again on the next call. Needs the
/// application object (a QGuiApplication for anything to be drawn) created after prepareWebEngine().
CLAIMBENCH_PDF_EXPORT WebEngineModule *webEngineModule(QString *error = nullptr);

} // namespace Claimbench

#define ClaimbenchWebEngineModule_iid "org.claimbench.WebEngineModule/1"
Q_DECLARE_INTERFACE(Claimbench::WebEngineModule, ClaimbenchWebEngineModule_iid)
