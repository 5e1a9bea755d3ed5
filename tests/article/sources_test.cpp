// SPDX-License-Identifier: GPL-2.0-or-later
// Every kind of file an article comes in: a saved page (and its charset), MHTML, Word through pandoc, PDF
// through Poppler (made here with QPdfWriter), Markdown and text; and the errors for what cannot be read.
#include "articlesource.h"
#include "testpages.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

const ArticleBlock *findBlock(const Article &a, const QString &needle)
{
    for (const ArticleBlock &b : a.blocks)
        if (b.text.contains(needle))
            return &b;
    return nullptr;
}

} // namespace

class SourcesTest : public QObject
{
    Q_OBJECT
private slots:
    void savedPage()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("tax.html"), Test::newsPage());
        const ArticleSource s = readArticleFile(path);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise by 5% next year"));
        QCOMPARE(s.mediaType, QStringLiteral("text/html"));
        QCOMPARE(s.suffix, QStringLiteral("html"));
        QCOMPARE(s.original, Test::newsPage());
        QVERIFY(findBlock(s.article, QStringLiteral("4.99% from April")));
        QVERIFY(!findBlock(s.article, QStringLiteral("COMMENTTEXT")));
        QVERIFY(s.retrieved.isValid());
    }

    void savedPageInALegacyCharset()
    {
        // windows-1252 bytes, no declaration: the core's detection reads them; with a <meta charset>, that wins.
        QByteArray page = Test::newsPage();
        page.replace("<meta charset=\"utf-8\">", "");
        page.replace("Tuesday", "Tuesday (caf\xC3\xA9 owners objected)");
        QTemporaryDir dir;
        const QByteArray latin = QString::fromUtf8(page).toLatin1();
        ArticleSource s = readArticleFile(writeFile(dir, QStringLiteral("a.html"), latin));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QVERIFY(findBlock(s.article, QStringLiteral("(café owners objected)")));
        QCOMPARE(s.original, latin);

        QByteArray declared = latin;
        declared.replace("<head>", "<head><meta charset=\"iso-8859-15\">");
        declared.replace("&pound;", "\xA4"); // the euro sign in ISO-8859-15 (¤ in Latin-1)
        s = readArticleFile(writeFile(dir, QStringLiteral("b.htm"), declared));
        QVERIFY(findBlock(s.article, QStringLiteral("about €80 a year")));
    }

    void mhtml()
    {
        // As Chrome saves a page: multipart/related, the page quoted-printable (soft line breaks, =E2=80=94).
        QByteArray html = Test::newsPage();
        html.replace("&mdash;", "\xE2\x80\x94");
        QByteArray qp;
        int column = 0;
        for (const char c : html) {
            const uchar u = uchar(c);
            QByteArray piece;
            if (c == '\n')
                piece = "\r\n";
            else if (u >= 128 || c == '=')
                piece = '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
            else
                piece = QByteArray(1, c);
            if (c != '\n' && column + piece.size() > 75) {
                qp += "=\r\n";
                column = 0;
            }
            qp += piece;
            column = c == '\n' ? 0 : column + int(piece.size());
        }
        const QByteArray archive = "From: <Saved by Blink>\r\n"
                                   "Snapshot-Content-Location: https://news.example/essex/tax\r\n"
                                   "Subject: Council tax\r\nMIME-Version: 1.0\r\n"
                                   "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n"
                                   "------MultipartBoundary--x1----\r\nContent-Type: text/html\r\n"
                                   "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                                   "Content-Location: https://news.example/essex/tax\r\n\r\n"
            + qp + "\r\n------MultipartBoundary--x1----\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: base64\r\n"
                   "Content-Location: https://news.example/site.css\r\n\r\nYm9keSB7fQ==\r\n------MultipartBoundary--x1------\r\n";
        QTemporaryDir dir;
        const ArticleSource s = readArticleFile(writeFile(dir, QStringLiteral("tax.mhtml"), archive));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.url, QStringLiteral("https://news.example/essex/tax"));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise by 5% next year"));
        QCOMPARE(s.mediaType, QStringLiteral("multipart/related"));
        QCOMPARE(s.original, archive);
        const ArticleBlock *b = findBlock(s.article, QStringLiteral("road repairs"));
        QVERIFY(b);
        QVERIFY2(b->text.contains(QStringLiteral("road repairs — services it says cost more each year")), qPrintable(b->text));
        QVERIFY(!findBlock(s.article, QStringLiteral("NAVHOME")));
    }

    void wordThroughPandoc()
    {
        // A .docx made by pandoc itself from Markdown; with pandoc missing this fails (it must be installed).
        QTemporaryDir dir;
        const QString md = writeFile(dir, QStringLiteral("in.md"),
                                     "---\ntitle: Council tax to rise\nauthor: Jane Smith\ndate: 2026-11-30\n---\n\n"
                                     "The council confirmed on **Tuesday** that tax will rise by 4.99%.\n\n"
                                     "## Bands\n\n- Band A: 1,200\n- Band D: 1,800\n");
        const QString docx = dir.filePath(QStringLiteral("tax.docx"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty(), "pandoc is not installed");
        QCOMPARE(QProcess::execute(QStringLiteral("pandoc"), {md, QStringLiteral("-o"), docx}), 0);
        const ArticleSource s = readArticleFile(docx);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise"));
        QCOMPARE(s.article.byline, QStringLiteral("Jane Smith"));
        QCOMPARE(s.article.publishedTime, QStringLiteral("2026-11-30"));
        using K = ArticleBlock::Kind;
        QCOMPARE(s.article.blocks.size(), 4);
        QCOMPARE(s.article.blocks[0].text, QStringLiteral("The council confirmed on Tuesday that tax will rise by 4.99%."));
        QCOMPARE(s.article.blocks[1].kind, K::Heading);
        QCOMPARE(s.article.blocks[2].kind, K::ListItem);
        QCOMPARE(s.article.blocks[3].text, QStringLiteral("Band D: 1,800"));
        QCOMPARE(s.suffix, QStringLiteral("docx"));
    }

    void pandocMissing()
    {
        QTemporaryDir dir;
        const QString docx = writeFile(dir, QStringLiteral("x.docx"), "PK\x03\x04");
        ArticleReadOptions options;
        options.pandoc = QStringLiteral("/nonexistent/pandoc");
        const ArticleSource s = readArticleFile(docx, options);
        QCOMPARE(s.errorKind, ArticleSource::ErrorKind::ToolMissing);
        QVERIFY2(s.error.contains(QStringLiteral("pandoc")), qPrintable(s.error));
    }

    void pdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            QPdfWriter writer(path);
            writer.setTitle(QStringLiteral("Annual budget report"));
            writer.setResolution(72);
            QPainter p(&writer);
            QFont font = p.font();
            font.setPointSize(11);
            p.setFont(font);
            const int step = 14;
            int y = 60;
            for (const char *line : {"The council confirmed on Tuesday that the verifi-",
                                     "cation of the figures took two weeks, and that the",
                                     "rise is 4.99% from April."})
                p.drawText(60, y += step, QString::fromLatin1(line));
            y += 3 * step;
            p.drawText(60, y, QStringLiteral("A second paragraph on the same page."));
            writer.newPage();
            p.drawText(60, 74, QStringLiteral("Residents will pay more from April."));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ArticleSource s = readArticleFile(path);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Annual budget report"));
        QCOMPARE(s.article.pageCount, 2);
        QCOMPARE(s.mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(s.article.blocks.size(), 3);
        QCOMPARE(s.article.blocks[0].text, QStringLiteral("The council confirmed on Tuesday that the verification of the "
                                                          "figures took two weeks, and that the rise is 4.99% from April."));
        QCOMPARE(s.article.blocks[0].page, 1);
        QCOMPARE(s.article.blocks[1].page, 1);
        QCOMPARE(s.article.blocks[2].text, QStringLiteral("Residents will pay more from April."));
        QCOMPARE(s.article.blocks[2].page, 2);
        QVERIFY(renderArticleText(s.article).contains(QStringLiteral("\n[page 2]\n\nResidents will pay more")));
    }

    void scannedPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(path);
            QPainter p(&writer);
            p.fillRect(QRect(100, 100, 2000, 3000), Qt::gray); // a page that is only a picture
        }
        const ArticleSource s = readArticleFile(path);
        QCOMPARE(s.errorKind, ArticleSource::ErrorKind::ScannedPdf);
        QVERIFY2(s.error.contains(QStringLiteral("scanned PDF with no text")), qPrintable(s.error));
    }

    void markdown()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("tax.md"),
                                       "# Council tax to rise\n\nResidents will pay **4.99% more** from\n[April](https://example.org/april).\n\n"
                                       "> \"No choice,\" the _leader_ said.\n\n- Band A\n- Band D\n");
        const ArticleSource s = readArticleFile(path);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Council tax to rise"));
        using K = ArticleBlock::Kind;
        QCOMPARE(s.article.blocks.size(), 4);
        QCOMPARE(s.article.blocks[0].text, QStringLiteral("Residents will pay 4.99% more from April."));
        QCOMPARE(s.article.blocks[1].kind, K::Quote);
        QCOMPARE(s.article.blocks[1].text, QStringLiteral("\"No choice,\" the leader said."));
        QCOMPARE(s.article.blocks[2].kind, K::ListItem);
        QCOMPARE(s.mediaType, QStringLiteral("text/markdown"));
    }

    void plainText()
    {
        QTemporaryDir dir;
        const ArticleSource s = readArticleFile(writeFile(dir, QStringLiteral("t.txt"), "Headline here\n\nFirst paragraph\nwraps.\n\nSecond.\n"));
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.article.title, QStringLiteral("Headline here"));
        QCOMPARE(s.article.blocks.size(), 2);
        QCOMPARE(s.article.blocks[0].text, QStringLiteral("First paragraph wraps."));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("spreadsheet") << "a.xls" << QByteArray("x") << int(ArticleSource::ErrorKind::Unsupported);
        QTest::newRow("no page in mhtml") << "a.mhtml" << QByteArray("Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n") << int(ArticleSource::ErrorKind::Unreadable);
        QTest::newRow("not a pdf") << "a.pdf" << QByteArray("hello") << int(ArticleSource::ErrorKind::Unreadable);
        QTest::newRow("empty page") << "a.html" << QByteArray("<html><body><nav>Home</nav></body></html>") << int(ArticleSource::ErrorKind::NotAnArticle);
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const ArticleSource s = readArticleFile(writeFile(dir, name, bytes));
        QCOMPARE(int(s.errorKind), kind);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(!s.ok());
    }

    void missingFile()
    {
        const ArticleSource s = readArticleFile(QStringLiteral("/nonexistent/a.html"));
        QCOMPARE(s.errorKind, ArticleSource::ErrorKind::Unreadable);
    }
};

QTEST_MAIN(SourcesTest)
#include "sources_test.moc"
