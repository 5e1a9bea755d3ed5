// SPDX-License-Identifier: GPL-2.0-or-later
// KSyntaxHighlighting: the definition chosen for a .md file colours a Markdown heading.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTest>

using namespace KSyntaxHighlighting;

class FormatCollector : public AbstractHighlighter
{
public:
    struct Span {
        int offset, length;
        Format format;
    };
    QList<Span> spans;
    State highlight(QStringView line, const State &state) { return highlightLine(line, state); }

protected:
    void applyFormat(int offset, int length, const Format &format) override { spans.append({offset, length, format}); }
};

class KSyntaxHighlightingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdownHeadingIsColoured()
    {
        Repository repo;
        const Definition def = repo.definitionForFileName(QStringLiteral("article.md"));
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), QStringLiteral("Markdown"));

        FormatCollector h;
        h.setDefinition(def);
        h.setTheme(repo.defaultTheme(Repository::LightTheme));
        h.highlight(u"# Essex and Jiangsu", State());
        QVERIFY(!h.spans.isEmpty());
        const Theme theme = h.theme();
        bool headingColoured = false;
        for (const auto &s : h.spans) {
            if (s.offset <= 2 && s.offset + s.length > 2 && s.format.hasTextColor(theme))
                headingColoured = true;
        }
        QVERIFY2(headingColoured, "the heading's text has no colour of its own");

        // Plain prose gets no heading colour: the highlighter distinguishes, it does not colour everything.
        FormatCollector plain;
        plain.setDefinition(def);
        plain.setTheme(theme);
        plain.highlight(u"Just a sentence.", State());
        for (const auto &s : plain.spans)
            QVERIFY(!s.format.hasTextColor(theme) || s.format.textColor(theme) != h.spans.first().format.textColor(theme));
    }

    void plainTextHasNoDefinitionColours()
    {
        Repository repo;
        QVERIFY(!repo.definitionForFileName(QStringLiteral("essex.unknown-extension")).isValid());
    }
};

QTEST_MAIN(KSyntaxHighlightingTest)
#include "ksyntaxhighlighting_test.moc"
