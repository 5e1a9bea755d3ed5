// SPDX-License-Identifier: GPL-2.0-or-later
// The HTML report in Qt WebEngine, with JavaScript and remote access allowed: whatever the template, no script
// runs (a script would change document.title) and no request leaves (a request interceptor records and blocks
// every one). A control row without the report's safety shows that both would be seen.
#include "report.h"
#include "webengine.h"

#include <QApplication>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

using namespace Claimbench;

namespace {

// Every request the page makes, blocked so that nothing leaves and loads end at once.
class RecordingInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("about"))
            return; // the page itself (setHtml) and its data: images
        const QMutexLocker lock(&m_mutex);
        m_urls.append(url.toString());
        info.block(true);
    }
    QStringList takeUrls()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_urls, {});
    }

private:
    QMutex m_mutex;
    QStringList m_urls;
};

// Says that a callback has run.
class Signal : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void fired();
};

// Relative URLs resolve against this: a template's relative image would be a request to it.
const QUrl Base(QStringLiteral("http://127.0.0.1:9/base/"));
const QString Pwned = QStringLiteral("pwned");

// What a hostile template (or anything that gets into the page) tries: scripts that set the title, and loads.
const QString HostileMarkup = QStringLiteral(
    "<script>document.title='pwned'</script>"
    "<img src=\"http://127.0.0.1:9/remote.png\"><img src=\"relative.png\" onerror=\"document.title='pwned'\">"
    "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/link.css\">"
    "<iframe src=\"http://127.0.0.1:9/frame.html\"></iframe>"
    "<svg onload=\"document.title='pwned'\"><image href=\"http://127.0.0.1:9/svg.png\"/></svg>"
    "<style>@import url(http://127.0.0.1:9/import.css); body { background: url(http://127.0.0.1:9/bg.png) }</style>");

const QString HostileCss = QStringLiteral(
    "@import url(http://127.0.0.1:9/import.css);\n"
    "@font-face { font-family: remote; src: url(http://127.0.0.1:9/font.woff) }\n"
    "body { font-family: remote; background: \\75 rl(http://127.0.0.1:9/escaped.png) }\n"
    "header { background-image: image-set(\"http://127.0.0.1:9/set.png\" 1x) }\n"
    "main { background-image: url(relative-bg.png) }\n"
    "</style><script>document.title='pwned'</script><style>\n");

Report sampleReport()
{
    ClaimSetData data;
    data.document.fileName = QStringLiteral("a.txt");
    Claim c;
    c.id = QUuid::createUuidV5(QUuid(), QStringLiteral("c"));
    c.start = 0;
    c.end = 4;
    c.quote.exact = QStringLiteral("Four");
    c.notes = QStringLiteral("See ![x](http://127.0.0.1:9/note.png) and [y](javascript:document.title='pwned')");
    data.claims = {c};
    ReportOptions options;
    options.title = QStringLiteral("Desk report");
    return Report::build(data, QStringLiteral("Four words are here."), options);
}

QString reportWith(const QString &page, const QString &css = QStringLiteral("p {}"))
{
    ReportTemplate tpl;
    tpl.html = page;
    tpl.css = css;
    return reportToHtml(sampleReport(), tpl);
}

} // namespace

class ReportCspTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("safe"); // false: the control, which must show the script and the requests

        QTest::newRow("control: the markup in a page without the report's safety")
            << (QStringLiteral("<!DOCTYPE html><html><head><title>Desk report</title></head><body>") + HostileMarkup
                + QStringLiteral("</body></html>"))
            << false;
        QTest::newRow("control: the policy where the old generator put it, after \"<head\" in a comment")
            << (QStringLiteral("<!DOCTYPE html><!-- <head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"/> -->"
                               "<html><head><title>Desk report</title>") + HostileMarkup + QStringLiteral("</head><body></body></html>"))
            << false;
        QTest::newRow("default template") << reportToHtml(sampleReport()) << true;
        // where the policy used to be put after the first "<head" text, and Chromium ignored it
        QTest::newRow("<head> in a comment")
            << reportWith(QStringLiteral("<!-- <head> --><html><head>") + HostileMarkup
                          + QStringLiteral("</head><body>{{claims}}") + HostileMarkup + QStringLiteral("</body></html>"))
            << true;
        QTest::newRow("<head> in the title")
            << reportWith(QStringLiteral("<html><title><head></title>") + HostileMarkup
                          + QStringLiteral("<head></head><body>{{claims}}</body></html>"))
            << true;
        QTest::newRow("<head in an attribute")
            << reportWith(QStringLiteral("<html data-x=\"<head>\"><head>") + HostileMarkup
                          + QStringLiteral("</head><body onload=\"document.title='pwned'\">{{claims}}</body></html>"))
            << true;
        QTest::newRow("hostile body") << reportWith(QStringLiteral("<body>{{claims}}") + HostileMarkup + QStringLiteral("</body>")) << true;
        QTest::newRow("hostile stylesheet") << reportWith(QStringLiteral("<body><header>x</header><main>{{claims}}</main></body>"), HostileCss)
                                            << true;
        // Should anything get past the template's rebuilding, the policy (first in the generator's <head>) stops it.
        QString injected = reportToHtml(sampleReport());
        injected.insert(injected.indexOf(QLatin1String("<body>")) + 6, HostileMarkup);
        QTest::newRow("markup injected into the generated page") << injected << true;
    }

    void inert()
    {
        QFETCH(QString, html);
        QFETCH(bool, safe);
        // Each page has its own recorder: a request a previous page makes late (its favicon) is not this page's.
        RecordingInterceptor interceptor;
        QWebEnginePage page(&m_profile);
        page.setUrlRequestInterceptor(&interceptor);
        // Everything the preview turns off is on: the page must be inert by itself.
        QWebEngineSettings *settings = page.settings();
        settings->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(html, Base);
        QVERIFY(loaded.wait(60000)); // a hang guard: the assertions below wait for nothing
        QCOMPARE(loaded.first().first().toBool(), true);

        // document.title as the page's scripts left it, read in Chromium's isolated world (the page's policy does
        // not apply to the application's own script)
        QString title;
        Signal read;
        QSignalSpy titleRead(&read, &Signal::fired);
        page.runJavaScript(QStringLiteral("document.title"), QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            title = v.toString();
            Q_EMIT read.fired();
        });
        QVERIFY(titleRead.count() > 0 || titleRead.wait(60000));
        const QStringList requests = interceptor.takeUrls();
        if (!safe) {
            QCOMPARE(title, Pwned);
            QVERIFY2(requests.size() >= 3, qPrintable(requests.join(u' ')));
            return;
        }
        QCOMPARE(title, QStringLiteral("Desk report"));
        QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u' ')));
    }

private:
    QWebEngineProfile m_profile; // off the record
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    ReportCspTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "reportcsp_test.moc"
