// SPDX-License-Identifier: GPL-2.0-or-later
// Article extraction against Mozilla Readability's output on the shared pages (../shared/articles/readability-dev):
// word-level F1 of the readable text, and whether the titles are equal. The pages sorted by name are split into
// the part the extractor was developed on (the first 60) and the part it was only checked on (the rest).
// `article_bench -v` prints every page's figures.
#include "article.h"
#include "htmldom.h"
#include "readability.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

using namespace Claimbench;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHash<QString, int> bag(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QHash<QString, int> words;
    for (const QString &w : text.toLower().split(nonWord, Qt::SkipEmptyParts))
        ++words[w];
    return words;
}

double wordF1(const QString &got, const QString &expected)
{
    const auto a = bag(got), b = bag(expected);
    qint64 na = 0, nb = 0, common = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += it.value();
        common += std::min(it.value(), b.value(it.key()));
    }
    for (int v : b)
        nb += v;
    if (na == 0 && nb == 0)
        return 1;
    if (common == 0)
        return 0;
    const double precision = double(common) / double(na), recall = double(common) / double(nb);
    return 2 * precision * recall / (precision + recall);
}

struct Figures {
    int pages = 0;
    double sumF1 = 0;
    double minF1 = 2;
    QString minPage;
    int titlesEqual = 0;
    qint64 nsecs = 0;
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(QStringLiteral("-v"));
    QString root = qEnvironmentVariable("CLAIMBENCH_ARTICLES_DIR");
    if (root.isEmpty())
        root = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/../shared/articles/readability-dev");
    QStringList names = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QTextStream out(stdout);
    if (names.isEmpty()) {
        out << "no pages in " << root << "\n";
        return 1;
    }
    constexpr int developedOn = 60;
    Figures dev, unseen;
    for (int i = 0; i < names.size(); ++i) {
        const QString dir = root + u'/' + names[i];
        const QByteArray source = readAll(dir + QStringLiteral("/source.html"));
        const QByteArray expectedHtml = readAll(dir + QStringLiteral("/expected.html"));
        const QJsonObject meta = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/expected-metadata.json"))).object();
        QElapsedTimer timer;
        timer.start();
        const Article article = extractArticle(source);
        const qint64 ns = timer.nsecsElapsed();
        const HtmlDocument expectedDoc = HtmlDocument::parse(expectedHtml);
        Article expected;
        expected.blocks = blocksFromHtml(expectedDoc.body() ? expectedDoc.body() : expectedDoc.root());
        const double f1 = wordF1(article.bodyText(), expected.bodyText());
        const QString expectedTitle = collapseWhitespace(meta.value(QLatin1String("title")).toString());
        const bool titleEqual = collapseWhitespace(article.title) == expectedTitle;
        Figures &f = i < developedOn ? dev : unseen;
        ++f.pages;
        f.sumF1 += f1;
        if (f1 < f.minF1) {
            f.minF1 = f1;
            f.minPage = names[i];
        }
        f.titlesEqual += titleEqual;
        f.nsecs += ns;
        f.bytes += source.size();
        if (verbose)
            out << QStringLiteral("%1 %2 F1 %3 words %5/%6 %4\n")
                       .arg(i < developedOn ? QStringLiteral("dev") : QStringLiteral("new"))
                       .arg(names[i], -40)
                       .arg(f1, 0, 'f', 3)
                       .arg(titleEqual ? QString() : QStringLiteral("title: \"%1\" expected \"%2\"").arg(article.title, expectedTitle))
                       .arg(bag(article.bodyText()).size())
                       .arg(bag(expected.bodyText()).size());
    }
    auto row = [&](const QString &label, const Figures &f) {
        out << "| " << label << " | " << f.pages << " | " << QString::number(f.sumF1 / f.pages, 'f', 3) << " | "
            << QString::number(f.minF1, 'f', 3) << " (" << f.minPage << ") | "
            << QString::number(100.0 * f.titlesEqual / f.pages, 'f', 0) << " % | "
            << QString::number(double(f.bytes) / 1e6 / (double(f.nsecs) / 1e9), 'f', 1) << " MB/s |\n";
    };
    out << "## Article extraction (Readability-style scorer vs Mozilla Readability)\n\n";
    out << "Word-level F1 of the readable text against Readability's `expected.html` on the shared pages "
           "(sorted by name: the first " << developedOn << " developed on, the rest only checked).\n\n";
    out << "| Pages | Count | Mean word F1 | Lowest F1 | Titles equal | Speed |\n|---|---:|---:|---:|---:|---:|\n";
    row(QStringLiteral("developed on"), dev);
    row(QStringLiteral("unseen"), unseen);
    out << "\n";
    auto goal = [&](const QString &what, bool pass) { out << "- " << (pass ? "PASS" : "MISS") << ": " << what << "\n"; };
    for (const auto &[label, f] : {std::pair{QStringLiteral("developed on"), dev}, std::pair{QStringLiteral("unseen"), unseen}}) {
        goal(label + QStringLiteral(": mean word F1 ≥ 0.95"), f.sumF1 / f.pages >= 0.95);
        goal(label + QStringLiteral(": no page below 0.80"), f.minF1 >= 0.80);
        goal(label + QStringLiteral(": titles equal on ≥ 90 %"), f.titlesEqual * 10 >= f.pages * 9);
    }
    return 0;
}
