// SPDX-License-Identifier: GPL-2.0-or-later
// readableText(): what a reader sees of a quote taken from Markdown or HTML source.
#include "readabletext.h"

#include <QTest>

using namespace Claimbench;

class ReadableTextTest : public QObject
{
    Q_OBJECT
private slots:
    void html_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("readable");
        QTest::newRow("tags") << "<p>Residents will pay <strong>4.99% more</strong></p>" << "Residents will pay 4.99% more";
        QTest::newRow("cut-off tag at the end") << "will pay 4.99% more</str" << "will pay 4.99% more";
        QTest::newRow("cut-off tag at the start") << "ong>4.99% more</strong> from April" << "4.99% more from April";
        QTest::newRow("named entity") << "confirmed on Tuesday &mdash; residents" << "confirmed on Tuesday — residents";
        QTest::newRow("numeric entities") << "&#8220;No&#x201D; &amp; &lt;b&gt;" << "“No” & <b>";
        QTest::newRow("unknown entity kept") << "AT&T &bogus; x" << "AT&T &bogus; x";
        QTest::newRow("whitespace as shown") << "one\n   two\t<br>three" << "one two three";
        QTest::newRow("comment and script") << "a<!-- note -->b<script>var x = 1;</script>c" << "abc";
        QTest::newRow("comparison kept") << "4 > 3 and 2 < 5" << "4 > 3 and 2 < 5";
    }
    void html()
    {
        QFETCH(QString, source);
        QFETCH(QString, readable);
        QCOMPARE(readableText(source, u"text/html"), readable);
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("readable");
        QTest::newRow("strong") << "pay **4.99% more** from April" << "pay 4.99% more from April";
        QTest::newRow("strong cut off") << "pay **4.99% more" << "pay 4.99% more";
        QTest::newRow("emphasis") << "the *leader* and _deputy_ said" << "the leader and deputy said";
        QTest::newRow("snake_case kept") << "the file_name_here stays" << "the file_name_here stays";
        QTest::newRow("link") << "see [the budget](https://example.org/b) now" << "see the budget now";
        QTest::newRow("image") << "![Chart of rates](c.png)" << "Chart of rates";
        QTest::newRow("code") << "run `make` first" << "run make first";
        QTest::newRow("heading") << "## Council tax" << "Council tax";
        QTest::newRow("quote and list") << "> quoted\n- item" << "quoted\nitem";
        QTest::newRow("escapes") << "5\\*3 \\_x\\_" << "5*3 _x_";
        QTest::newRow("entity") << "Tuesday &mdash; today" << "Tuesday — today";
    }
    void markdown()
    {
        QFETCH(QString, source);
        QFETCH(QString, readable);
        QCOMPARE(readableText(source, u"text/markdown"), readable);
    }

    void otherTypesUntouched()
    {
        const QString s = QStringLiteral("a **b** <i>c</i> &amp;");
        QCOMPARE(readableText(s, u"text/plain"), s);
        QCOMPARE(readableText(s, u""), s);
    }
};

QTEST_MAIN(ReadableTextTest)
#include "readabletext_test.moc"
