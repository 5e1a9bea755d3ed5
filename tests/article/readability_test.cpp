// SPDX-License-Identifier: GPL-2.0-or-later
// The Readability-style extractor: what it keeps and drops on a made-up news page, the metadata sources, and
// real pages from the shared set against Mozilla Readability's output.
#include "article.h"
#include "htmldom.h"
#include "readability.h"
#include "testpages.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Claimbench;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double wordF1(const QString &got, const QString &expected)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QHash<QString, int> a, b;
    for (const QString &w : got.toLower().split(nonWord, Qt::SkipEmptyParts))
        ++a[w];
    for (const QString &w : expected.toLower().split(nonWord, Qt::SkipEmptyParts))
        ++b[w];
    qint64 na = 0, nb = 0, common = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += it.value();
        common += std::min(it.value(), b.value(it.key()));
    }
    for (int v : b)
        nb += v;
    if (common == 0)
        return 0;
    const double p = double(common) / double(na), r = double(common) / double(nb);
    return 2 * p * r / (p + r);
}

QList<ArticleBlock::Kind> kinds(const Article &a)
{
    QList<ArticleBlock::Kind> out;
    for (const ArticleBlock &b : a.blocks)
        out.append(b.kind);
    return out;
}

} // namespace

class ReadabilityTest : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheArticleDropsTheRest()
    {
        const Article a = extractArticle(Test::newsPage());
        QVERIFY(a.isValid());
        const QString text = a.bodyText();
        for (const char *gone : {"SCRIPTTEXT", "STYLETEXT", "NAVHOME", "SIDEBARTEXT", "SHARETEXT", "COMMENTTEXT", "FOOTERTEXT"})
            QVERIFY2(!text.contains(QLatin1String(gone)), gone);
        QVERIFY(text.contains(QStringLiteral("council tax will rise by 4.99% from April")));
        QVERIFY(text.contains(QStringLiteral("about £80 a year to a Band D bill")));          // entities decoded
        QVERIFY(text.contains(QStringLiteral("road repairs — services")));
        QVERIFY(text.contains(QStringLiteral("bills will be posted to households in March")));
        // The headline is the title, not repeated in the body; the structure is kept.
        QCOMPARE(a.title, QStringLiteral("Council tax to rise by 5% next year"));
        QVERIFY(!text.contains(QStringLiteral("Council tax to rise by 5% next year")));
        using K = ArticleBlock::Kind;
        QCOMPARE(kinds(a), (QList<K>{K::Paragraph, K::Paragraph, K::Heading, K::Quote, K::Paragraph, K::ListItem,
                                     K::ListItem, K::Paragraph}));
        QCOMPARE(a.blocks[5].text, QStringLiteral("Band A: £1,200 a year"));
    }

    void metadataFromMetaTags()
    {
        const Article a = extractArticle(Test::newsPage());
        QCOMPARE(a.byline, QStringLiteral("Jane Smith"));
        QCOMPARE(a.siteName, QStringLiteral("Essex Chronicle"));
        QCOMPARE(a.publishedTime, QStringLiteral("2026-11-30T09:00:00Z"));
        QCOMPARE(a.lang, QStringLiteral("en-GB"));
        QCOMPARE(a.dir, QString());
    }

    void metadataFromJsonLdWins()
    {
        QByteArray page = Test::newsPage();
        page.replace("</head>",
                     "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                     "\"headline\":\"Essex council tax rises 4.99%\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Smith\"},"
                     "{\"name\":\"Raj Patel\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Essex Chronicle Ltd\"},"
                     "\"datePublished\":\"2026-11-30\"}</script></head>");
        const Article a = extractArticle(page);
        QCOMPARE(a.title, QStringLiteral("Essex council tax rises 4.99%"));
        QCOMPARE(a.byline, QStringLiteral("Jane Smith, Raj Patel"));
        QCOMPARE(a.siteName, QStringLiteral("Essex Chronicle Ltd"));
        QCOMPARE(a.publishedTime, QStringLiteral("2026-11-30"));
    }

    void titleFromTheDocumentTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("site after a bar") << "Council tax to rise by 5% | Essex Chronicle" << "Council tax to rise by 5%";
        QTest::newRow("short first part") << "Essex Chronicle - Council tax to rise by 5% in April" << "Council tax to rise by 5% in April";
        QTest::newRow("hierarchy") << "News » Essex » Council tax to rise by five percent" << "News » Essex » Council tax to rise by five percent";
        QTest::newRow("no separator") << "Council tax to rise by five percent in April" << "Council tax to rise by five percent in April";
    }
    void titleFromTheDocumentTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        const QByteArray page = "<html><head><title>" + title.toUtf8() + "</title></head><body><p>"
            + QByteArray("Some text of the article, long enough to be read as one. ").repeated(12) + "</p></body></html>";
        QCOMPARE(extractArticle(page).title, expected);
    }

    void rightToLeft()
    {
        QByteArray page = Test::newsPage();
        page.replace("<html lang=\"en-GB\">", "<html lang=\"ar\" dir=\"rtl\">");
        const Article a = extractArticle(page);
        QCOMPARE(a.dir, QStringLiteral("rtl"));
        QCOMPARE(a.lang, QStringLiteral("ar"));
    }

    void hiddenAndDialogsDropped()
    {
        QByteArray page = Test::newsPage();
        page.replace("<h2>What the leader said</h2>",
                     "<p style=\"display: none\">HIDDENTEXT that nobody sees on the page at all, ever.</p>"
                     "<div role=\"dialog\" aria-modal=\"true\"><p>DIALOGTEXT: subscribe to our newsletter today, now.</p></div>"
                     "<h2>What the leader said</h2>");
        const QString text = extractArticle(page).bodyText();
        QVERIFY(!text.contains(QStringLiteral("HIDDENTEXT")));
        QVERIFY(!text.contains(QStringLiteral("DIALOGTEXT")));
        QVERIFY(text.contains(QStringLiteral("What the leader said")));
    }

    void nothingReadable()
    {
        QVERIFY(!extractArticle("<html><head><title>Empty</title></head><body><nav></nav></body></html>").isValid());
        QVERIFY(!extractArticle(QByteArray()).isValid());
    }

    void sharedPages_data()
    {
        QTest::addColumn<QString>("name");
        // News, a blog, Wikipedia, right-to-left, Portuguese, Chinese: one of each kind.
        for (const char *n : {"bbc-1", "guardian-1", "nytimes-1", "medium-2", "wikipedia", "rtl-1", "folha", "pixnet", "liberation-1", "wapo-1"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void sharedPages()
    {
        QFETCH(QString, name);
        const QString dir = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/../shared/articles/readability-dev/") + name;
        const QByteArray source = readFile(dir + QStringLiteral("/source.html"));
        QVERIFY2(!source.isEmpty(), qPrintable(dir));
        const QJsonObject meta = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/expected-metadata.json"))).object();
        const HtmlDocument expectedDoc = HtmlDocument::parse(readFile(dir + QStringLiteral("/expected.html")));
        Article expected;
        expected.blocks = blocksFromHtml(expectedDoc.body());
        const Article a = extractArticle(source);
        const double f1 = wordF1(a.bodyText(), expected.bodyText());
        QVERIFY2(f1 >= 0.95, qPrintable(QStringLiteral("word F1 %1").arg(f1)));
        QCOMPARE(collapseWhitespace(a.title), collapseWhitespace(meta.value(QLatin1String("title")).toString()));
        if (meta.value(QLatin1String("dir")).isString())
            QCOMPARE(a.dir, meta.value(QLatin1String("dir")).toString());
    }

    void renderedText()
    {
        Article a;
        a.title = QStringLiteral("Title");
        a.byline = QStringLiteral("By Jane Smith");
        a.publishedTime = QStringLiteral("2026-11-30");
        using K = ArticleBlock::Kind;
        a.blocks = {{K::Heading, 2, 0, QStringLiteral("Section"), 0},
                    {K::Paragraph, 0, 0, QStringLiteral("Para."), 0},
                    {K::ListItem, 0, 1, QStringLiteral("one"), 0},
                    {K::ListItem, 0, 2, QStringLiteral("two"), 0},
                    {K::Quote, 0, 0, QStringLiteral("Quoted\nline"), 0},
                    {K::TableRow, 0, 0, QStringLiteral("A | 1"), 0},
                    {K::TableRow, 0, 0, QStringLiteral("B | 2"), 0}};
        QCOMPARE(renderArticleText(a), QStringLiteral("Title\nBy Jane Smith\n2026-11-30\n\nSection\n\nPara.\n\n1. one\n2. two\n\n"
                                                      "> Quoted\n> line\n\nA | 1\nB | 2\n"));
    }
};

QTEST_MAIN(ReadabilityTest)
#include "readability_test.moc"
