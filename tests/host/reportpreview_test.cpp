// SPDX-License-Identifier: GPL-2.0-or-later
// The report preview is lean (#18): no renderer until it is shown, drawn only while visible, updates on the
// debounce's trigger (called here, never waited for), released when told it has been hidden long, and for big
// reviews the summary and the claims near the cursor first, the annotated article and all claims on demand.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "inspector.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "reportpreview.h"
#include "sidecar.h"
#include "webengine.h"

#include <QApplication>
#include <QPointer>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Claimbench;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Paragraphs of numbered sentences, `bytes` long: "Sentence 17 says the council spent 17 pounds."
QByteArray article(qsizetype bytes)
{
    QByteArray text;
    for (int i = 0; text.size() < bytes; ++i) {
        text += "Sentence " + QByteArray::number(i) + " says the council spent " + QByteArray::number(i) + " pounds. ";
        if (i % 5 == 4)
            text += "\n\n";
    }
    return text;
}

// `count` claims spread evenly through `text`, each on one word; their ids say where they are.
QList<Claim> claimsIn(const QByteArray &text, int count)
{
    QList<Claim> claims;
    const qsizetype step = (text.size() - 20) / count;
    for (int i = 0; i < count; ++i) {
        Claim c;
        c.id = QUuid::createUuid();
        c.claimType = QStringLiteral("quantity");
        c.start = qsizetype(i) * step;
        c.end = c.start + 8;
        c.quote.exact = QString::fromLatin1(text.mid(c.start, 8));
        claims.append(c);
    }
    return claims;
}

int claimSections(const QString &html)
{
    return int(html.count(QLatin1String(" id=\"claim-")));
}
} // namespace

class ReportPreviewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PluginManager m_plugins; // no plugins: claim types fall back to their ids

    QString writeDocument(const QString &name, const QByteArray &text, int claims)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, text))
            return {};
        QFile::remove(Sidecar::pathFor(path));
        if (claims > 0) {
            ClaimSetData data;
            data.document = identifyDocument(path, text);
            data.claims = claimsIn(text, claims);
            data.sortClaims();
            if (Sidecar::write(Sidecar::pathFor(path), data).isValid())
                return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // In the window the preview's dock is tabbed behind the inspector: nothing is drawn, no renderer exists,
    // whatever changes, until its tab is raised.
    void noRendererUntilItsDockIsShown()
    {
        MainWindow w(&m_plugins);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(writeDocument(QStringLiteral("small.txt"), article(4000), 5)));
        ReportPreview *preview = w.reportPreview();
        preview->setTimersEnabled(false);
        QSignalSpy rendered(preview, &ReportPreview::rendered);
        QCoreApplication::processEvents();
        QVERIFY(w.inspector()->isVisible());
        QVERIFY(!preview->isShown());
        QVERIFY(!preview->hasRenderer());
        QVERIFY(!preview->view());
        // A change, and the debounce's end: still nothing, only stale.
        const QUuid id = w.controller()->claims()->claims().first().id;
        w.controller()->claims()->setField(id, QStringLiteral("notes"), QStringLiteral("changed"));
        preview->updateNow();
        QCOMPARE(preview->renderCount(), 0);
        QCOMPARE(rendered.count(), 0);
        QVERIFY(preview->isStale());

        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("previewDock"));
        QVERIFY(dock);
        dock->raise();
        QCoreApplication::processEvents();
        QVERIFY(preview->isShown());
        QCOMPARE(preview->renderCount(), 1);
        QCOMPARE(rendered.count(), 1);
        QVERIFY(preview->hasRenderer());
        QVERIFY(!preview->isStale());
        QVERIFY(preview->lastHtml().contains(QStringLiteral("changed")));

        // Back behind the inspector: further changes wait for the next show.
        w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->raise();
        QCoreApplication::processEvents();
        QVERIFY(!preview->isShown());
        w.controller()->claims()->setField(id, QStringLiteral("notes"), QStringLiteral("changed again"));
        preview->updateNow();
        QCOMPARE(preview->renderCount(), 1);
        dock->raise();
        QCoreApplication::processEvents();
        QCOMPARE(preview->renderCount(), 2);
        QVERIFY(preview->lastHtml().contains(QStringLiteral("changed again")));
    }

    // While shown, changes are drawn once, when the debounce ends (updateNow() is its trigger), not per change.
    void changesWhileShownAreDebounced()
    {
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(writeDocument(QStringLiteral("debounce.txt"), article(4000), 5)));
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *preview = new ReportPreview(&controller, &holder);
        preview->setTimersEnabled(false);
        layout->addWidget(preview);
        holder.show();
        QCoreApplication::processEvents();
        QCOMPARE(preview->renderCount(), 1);
        for (int i = 0; i < 3; ++i) {
            controller.claims()->setField(controller.claims()->claims().at(i).id, QStringLiteral("notes"),
                                          QStringLiteral("note %1").arg(i));
        }
        QCoreApplication::processEvents();
        QCOMPARE(preview->renderCount(), 1);
        QVERIFY(preview->isStale());
        preview->updateNow();
        QCOMPARE(preview->renderCount(), 2);
        QVERIFY(preview->lastHtml().contains(QStringLiteral("note 2")));
        preview->updateNow(); // nothing changed since
        QCOMPARE(preview->renderCount(), 2);
    }

    // Told it has been hidden long, the preview drops its view (and Chromium its renderer); shown again, it draws
    // afresh.
    void releasesTheRendererWhenHiddenLong()
    {
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(writeDocument(QStringLiteral("release.txt"), article(4000), 5)));
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *preview = new ReportPreview(&controller, &holder);
        preview->setTimersEnabled(false);
        layout->addWidget(preview);
        holder.show();
        QCoreApplication::processEvents();
        QVERIFY(preview->hasRenderer());
        QPointer<QWidget> view = preview->view();
        holder.hide();
        QVERIFY(preview->hasRenderer()); // hidden a moment: kept
        preview->releaseRenderer();      // what the hidden-long timer calls
        QVERIFY(!preview->hasRenderer());
        QVERIFY(!view);
        QVERIFY(preview->lastHtml().isEmpty());
        QCOMPARE(preview->renderCount(), 1);
        holder.show();
        QCoreApplication::processEvents();
        QVERIFY(preview->hasRenderer());
        QCOMPARE(preview->renderCount(), 2);
        QVERIFY(!preview->lastHtml().isEmpty());
    }

    // A big review: the summary counts every claim, the page lists the claims near the cursor; the annotated
    // article of a long text and every claim (compact) come on demand.
    void bigReviewsShowTheClaimsNearTheCursorFirst()
    {
        const QByteArray text = article(400 * 1024);
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(writeDocument(QStringLiteral("big.txt"), text, 1000)));
        ReportPreview preview(&controller);
        const int nearby = 2 * ReportPreview::NearbyClaims + 1;

        QTextCursor cursor(editor.document());
        cursor.setPosition(0);
        editor.setTextCursor(cursor);
        QString html = preview.previewHtml();
        QCOMPARE(claimSections(html), ReportPreview::NearbyClaims + 1); // the first claims: none before
        QVERIFY(html.contains(QLatin1String(" id=\"claim-1\"")));
        QVERIFY(!html.contains(QLatin1String(" id=\"claim-500\"")));
        QVERIFY(html.contains(QLatin1String(" id=\"summary\"")));
        QVERIFY(html.contains(QLatin1String("<b>1000</b>"))); // the summary counts them all
        QVERIFY(!html.contains(QLatin1String(" id=\"article\"")));
        QVERIFY(!html.contains(QLatin1String("<section class=\"claims compact\"")));

        // In the middle: the claims either side of the cursor.
        const Claim middle = controller.claims()->claims().at(500);
        cursor.setPosition(int(middle.start));
        editor.setTextCursor(cursor);
        html = preview.previewHtml();
        QCOMPARE(claimSections(html), nearby);
        QVERIFY(html.contains(QLatin1String(" id=\"claim-501\"")));
        QVERIFY(html.contains(QLatin1String(" id=\"claim-401\"")));
        QVERIFY(html.contains(QLatin1String(" id=\"claim-601\"")));
        QVERIFY(!html.contains(QLatin1String(" id=\"claim-400\"")));
        QVERIFY(!html.contains(QLatin1String(" id=\"claim-602\"")));
        QVERIFY(!html.contains(QLatin1String(" id=\"claim-1\"")));

        preview.setShowArticle(true);
        QVERIFY(preview.isStale());
        html = preview.previewHtml();
        QVERIFY(html.contains(QLatin1String(" id=\"article\"")));
        QCOMPARE(claimSections(html), nearby);

        preview.setShowAllClaims(true);
        html = preview.previewHtml();
        QCOMPARE(claimSections(html), 1000);
        QVERIFY(html.contains(QLatin1String("<section class=\"claims compact\"")));
    }

    // Shown, the window follows the cursor: leaving the claims drawn makes the preview stale (drawn at the
    // debounce's end), moving within them does not.
    void theWindowFollowsTheCursor()
    {
        const QByteArray text = article(400 * 1024);
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(writeDocument(QStringLiteral("follow.txt"), text, 1000)));
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *preview = new ReportPreview(&controller, &holder);
        preview->setTimersEnabled(false);
        layout->addWidget(preview);
        QTextCursor cursor(editor.document());
        cursor.setPosition(int(controller.claims()->claims().at(500).start));
        editor.setTextCursor(cursor);
        holder.show();
        QCoreApplication::processEvents();
        QCOMPARE(preview->renderCount(), 1);
        QVERIFY(!preview->isStale());
        cursor.setPosition(int(controller.claims()->claims().at(520).start));
        editor.setTextCursor(cursor);
        QVERIFY(!preview->isStale());
        cursor.setPosition(int(controller.claims()->claims().at(900).start));
        editor.setTextCursor(cursor);
        QVERIFY(preview->isStale());
        preview->updateNow();
        QCOMPARE(preview->renderCount(), 2);
        QVERIFY(preview->lastHtml().contains(QLatin1String(" id=\"claim-901\"")));
        QVERIFY(!preview->lastHtml().contains(QLatin1String(" id=\"claim-501\"")));
    }

    // #12: the preview of a 2 MB article finishes, with the annotated article too (a page over setHtml's limit).
    void aTwoMegabyteArticleFinishes()
    {
        const QByteArray text = article(2 * 1024 * 1024 + 1000);
        ClaimEditor editor;
        DocumentController controller(&editor, &m_plugins);
        QVERIFY(controller.open(writeDocument(QStringLiteral("two.txt"), text, 2000)));
        QWidget holder;
        auto *layout = new QVBoxLayout(&holder);
        auto *preview = new ReportPreview(&controller, &holder);
        preview->setTimersEnabled(false);
        layout->addWidget(preview);
        holder.resize(800, 600);
        QSignalSpy loaded(preview, &ReportPreview::loaded);
        preview->setShowArticle(true);
        holder.show();
        QCoreApplication::processEvents();
        QCOMPARE(preview->renderCount(), 1);
        QVERIFY(preview->lastHtml().toUtf8().size() > ReportPreview::SetHtmlLimit);
        QCOMPARE(preview->statusText(), ReportPreview::tr("Drawing the report…"));
        QVERIFY(loaded.wait(120000)); // the renderer's answer: an event, not a time
        QCOMPARE(loaded.last().at(0).toBool(), true);
        QVERIFY(preview->statusText().contains(QStringLiteral("near the cursor")));
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    ReportPreviewTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "reportpreview_test.moc"
