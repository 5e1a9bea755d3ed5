// SPDX-License-Identifier: GPL-2.0-or-later
// The notes renderer: Markdown → safe, well-formed HTML.
#include "report.h"

#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Claimbench;

class ReportMarkdownTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void render_data();
    void render();
    void wellFormed_data();
    void wellFormed();
    void urls_data();
    void urls();
};

void ReportMarkdownTest::render_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph") << "Hello world" << "<p>Hello world</p>\n";
    QTest::newRow("two paragraphs") << "one\n\ntwo" << "<p>one</p>\n<p>two</p>\n";
    QTest::newRow("soft break") << "one\ntwo" << "<p>one\ntwo</p>\n";
    QTest::newRow("strong and em") << "**bold** and *it* and __b__ and _i_"
                                   << "<p><strong>bold</strong> and <em>it</em> and <strong>b</strong> and <em>i</em></p>\n";
    QTest::newRow("snake_case stays") << "a snake_case_name here" << "<p>a snake_case_name here</p>\n";
    QTest::newRow("code span") << "use `<b>` here" << "<p>use <code>&lt;b&gt;</code> here</p>\n";
    QTest::newRow("link") << "[ONS](https://ons.gov.uk/x?a=1&b=2)"
                          << "<p><a href=\"https://ons.gov.uk/x?a=1&amp;b=2\">ONS</a></p>\n";
    QTest::newRow("link with title") << "[t](https://a.example \"T\")" << "<p><a href=\"https://a.example\">t</a></p>\n";
    QTest::newRow("mailto link") << "[desk](mailto:desk@example.org)" << "<p><a href=\"mailto:desk@example.org\">desk</a></p>\n";
    QTest::newRow("javascript link dropped") << "[click](javascript:void)" << "<p>click</p>\n";
    // no balanced parentheses in link targets: the first ')' ends it, the rest is text
    QTest::newRow("javascript with parens") << "[click](javascript:alert(1))" << "<p>click)</p>\n";
    QTest::newRow("data link dropped") << "[x](data:text/html;base64,PHNjcmlwdD4=)" << "<p>x</p>\n";
    QTest::newRow("autolink") << "<https://example.org/a>" << "<p><a href=\"https://example.org/a\">https://example.org/a</a></p>\n";
    QTest::newRow("bare url") << "see https://example.org/a. Done"
                              << "<p>see <a href=\"https://example.org/a\">https://example.org/a</a>. Done</p>\n";
    QTest::newRow("raw html shown") << "<script>alert(1)</script>" << "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n";
    QTest::newRow("img onerror shown") << "<img src=x onerror=alert(1)>" << "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n";
    QTest::newRow("heading demoted") << "# Title\ntext" << "<h4>Title</h4>\n<p>text</p>\n";
    QTest::newRow("h3 → h6") << "### Small ###" << "<h6>Small</h6>\n";
    QTest::newRow("bullets") << "- a\n- b *c*" << "<ul>\n<li>a</li>\n<li>b <em>c</em></li>\n</ul>\n";
    QTest::newRow("ordered") << "1. a\n2. b" << "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n";
    QTest::newRow("quote") << "> quoted\n> more" << "<blockquote>\n<p>quoted\nmore</p>\n</blockquote>\n";
    QTest::newRow("fence") << "```\n<b>&\n```" << "<pre><code>&lt;b&gt;&amp;</code></pre>\n";
    QTest::newRow("rule") << "a\n\n---\n\nb" << "<p>a</p>\n<hr/>\n<p>b</p>\n";
    QTest::newRow("escape") << "\\*not em\\*" << "<p>*not em*</p>\n";
    QTest::newRow("unclosed emphasis") << "**broken *markdown [link(" << "<p>**broken *markdown [link(</p>\n";
    QTest::newRow("entity text") << "AT&T &amp; \"q\" 'a'" << "<p>AT&amp;T &amp;amp; &quot;q&quot; &#39;a&#39;</p>\n";
    QTest::newRow("control chars") << QStringLiteral("a\u0001b") << QStringLiteral("<p>a\uFFFDb</p>\n");
    QTest::newRow("rtl kept") << QStringLiteral("\u202Eevil \u0645\u0631\u062D\u0628\u0627")
                              << QStringLiteral("<p>\u202Eevil \u0645\u0631\u062D\u0628\u0627</p>\n");
    QTest::newRow("empty") << "" << "";
}

void ReportMarkdownTest::render()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(markdownToSafeHtml(markdown), html);
}

void ReportMarkdownTest::wellFormed_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("nested brackets") << QString(QStringLiteral("[")).repeated(50000) + QStringLiteral("](https://x.org)");
    QTest::newRow("stars") << QString(QStringLiteral("*")).repeated(100001);
    QTest::newRow("alternating") << QString(QStringLiteral("*_")).repeated(50000) + QStringLiteral("x");
    QTest::newRow("deep quotes") << QString(QStringLiteral(">")).repeated(20000) + QStringLiteral(" deep");
    QTest::newRow("deep emphasis") << QString(QStringLiteral("**a *b ")).repeated(2000) + QStringLiteral("c");
    QTest::newRow("backticks") << QString(QStringLiteral("`<")).repeated(30001);
    QTest::newRow("angles") << QString(QStringLiteral("<http://a ")).repeated(20000);
    QTest::newRow("mixed") << QStringLiteral("# *a [b](https://c.org \"d\") `e` **f _g_**\n> - h\n1. i\n```\nj");
}

// Hostile Markdown: the result parses as XML (inside a wrapper) and the work stays linear.
void ReportMarkdownTest::wellFormed()
{
    QFETCH(QString, markdown);
    const QString html = markdownToSafeHtml(markdown);
    QXmlStreamReader xml(QStringLiteral("<div>") + html + QStringLiteral("</div>"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            QVERIFY2(QStringList({QStringLiteral("div"), QStringLiteral("p"), QStringLiteral("em"), QStringLiteral("strong"),
                                  QStringLiteral("code"), QStringLiteral("a"), QStringLiteral("ul"), QStringLiteral("ol"),
                                  QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("pre"),
                                  QStringLiteral("hr"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6")})
                         .contains(name),
                     qPrintable(name));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void ReportMarkdownTest::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://example.org" << true;
    QTest::newRow("http upper") << "HTTP://EXAMPLE.ORG" << true;
    QTest::newRow("mailto") << "mailto:a@b.c" << true;
    QTest::newRow("spaces around") << "  https://a.org " << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("javascript mixed case") << "JaVaScRiPt:alert(1)" << false;
    QTest::newRow("javascript with space") << " javascript:alert(1)" << false;
    QTest::newRow("data") << "data:text/html,<script>" << false;
    QTest::newRow("vbscript") << "vbscript:x" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("relative") << "/etc/passwd" << false;
    QTest::newRow("empty") << "" << false;
}

void ReportMarkdownTest::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(isSafeReportUrl(url), safe);
}

QTEST_GUILESS_MAIN(ReportMarkdownTest)
#include "reportmarkdown_test.moc"
