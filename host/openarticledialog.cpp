// SPDX-License-Identifier: GPL-2.0-or-later
#include "openarticledialog.h"

#include "articlesource.h"
#include "articlewriter.h"
#include "sidecar.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Claimbench {

class OpenArticleDialogPrivate
{
public:
    QLineEdit *source = nullptr;
    QLineEdit *output = nullptr;
    QLabel *status = nullptr;
    QPushButton *openButton = nullptr;
    QString error;
    int timeoutMs = 30000;
    bool outputEdited = false;

    static QString proposedPath(const QString &source)
    {
        QString folder, name;
        if (isArticleUrl(source)) {
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Claimbench");
            const QUrl url(source);
            name = url.path().section(u'/', -1, -1, QString::SectionSkipEmpty);
            name = name.section(u'.', 0, 0);
            if (name.isEmpty())
                name = url.host();
        } else {
            const QFileInfo info(source);
            folder = info.absolutePath();
            name = info.completeBaseName() + QStringLiteral("-article");
        }
        static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"), QRegularExpression::UseUnicodePropertiesOption);
        name = name.replace(unsafe, QStringLiteral("-")).left(80);
        if (name.isEmpty())
            name = QStringLiteral("article");
        QString path = QDir(folder).filePath(name + QStringLiteral(".txt"));
        for (int i = 2; QFileInfo::exists(path) || QFileInfo::exists(Sidecar::pathFor(path)); ++i)
            path = QDir(folder).filePath(QStringLiteral("%1-%2.txt").arg(name).arg(i));
        return path;
    }
};

OpenArticleDialog::OpenArticleDialog(QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<OpenArticleDialogPrivate>())
{
    setObjectName(QStringLiteral("openArticleDialog"));
    setWindowTitle(tr("Open Article"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A web address, or a saved page (.html, .mhtml), Word or OpenDocument file, PDF, Markdown "
                                "or text. The article is saved as text a reader sees, with the original kept beside it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    d->source = new QLineEdit(this);
    d->source->setObjectName(QStringLiteral("articleSource"));
    d->source->setPlaceholderText(QStringLiteral("https://…"));
    d->source->setAccessibleName(tr("Web address or file"));
    auto *browseSource = new QPushButton(tr("Choose File…"), this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(d->source, 1);
    sourceRow->addWidget(browseSource);
    auto *sourceLabel = new QLabel(tr("&Web address or file:"), this);
    sourceLabel->setBuddy(d->source);
    form->addRow(sourceLabel, sourceRow);
    d->output = new QLineEdit(this);
    d->output->setObjectName(QStringLiteral("articleOutput"));
    d->output->setAccessibleName(tr("Save the article as"));
    auto *browseOutput = new QPushButton(tr("Choose…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(d->output, 1);
    outputRow->addWidget(browseOutput);
    auto *outputLabel = new QLabel(tr("&Save the article as:"), this);
    outputLabel->setBuddy(d->output);
    form->addRow(outputLabel, outputRow);
    layout->addLayout(form);
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("articleStatus"));
    d->status->setWordWrap(true);
    d->status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    d->openButton = buttons->addButton(tr("&Open Article"), QDialogButtonBox::AcceptRole);
    d->openButton->setEnabled(false);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(d->source, &QLineEdit::textChanged, this, [this](const QString &text) {
        d->openButton->setEnabled(!text.trimmed().isEmpty());
        if (!d->outputEdited)
            d->output->setText(text.trimmed().isEmpty() ? QString() : OpenArticleDialogPrivate::proposedPath(text.trimmed()));
    });
    connect(d->output, &QLineEdit::textEdited, this, [this] { d->outputEdited = true; });
    connect(browseSource, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an article"), QString(),
            tr("Articles (*.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.md *.markdown *.txt);;All files (*)"));
        if (!path.isEmpty())
            setSource(path);
    });
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the article as"), d->output->text(),
                                                          tr("Text (*.txt)"));
        if (!path.isEmpty()) {
            d->outputEdited = true;
            d->output->setText(path);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { openArticle(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OpenArticleDialog::~OpenArticleDialog() = default;

void OpenArticleDialog::setSource(const QString &urlOrPath)
{
    d->source->setText(urlOrPath);
}

QString OpenArticleDialog::source() const
{
    return d->source->text().trimmed();
}

void OpenArticleDialog::setDocumentPath(const QString &path)
{
    d->outputEdited = true;
    d->output->setText(path);
}

QString OpenArticleDialog::documentPath() const
{
    return d->output->text().trimmed();
}

QString OpenArticleDialog::errorText() const
{
    return d->error;
}

void OpenArticleDialog::setTimeoutMs(int ms)
{
    d->timeoutMs = ms;
}

bool OpenArticleDialog::openArticle()
{
    const QString src = source();
    const QString out = documentPath();
    if (src.isEmpty() || out.isEmpty())
        return false;
    d->status->setText(isArticleUrl(src) ? tr("Fetching %1…").arg(src) : tr("Reading %1…").arg(src));
    d->openButton->setEnabled(false);
    ArticleReadOptions options;
    options.timeoutMs = d->timeoutMs;
    const ArticleSource article = loadArticle(src, options);
    d->openButton->setEnabled(true);
    if (!article.ok()) {
        d->error = article.error;
        d->status->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(d->error.toHtmlEscaped()));
        return false;
    }
    QDir().mkpath(QFileInfo(out).absolutePath());
    const WrittenArticle written = writeArticle(article, out);
    if (!written.ok()) {
        d->error = written.error;
        d->status->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(d->error.toHtmlEscaped()));
        return false;
    }
    d->error.clear();
    d->status->setText(tr("Saved %1 and the original %2").arg(written.documentPath, written.snapshotPath));
    accept();
    return true;
}

bool OpenArticleDialog::needsImport(const QString &urlOrPath)
{
    if (isArticleUrl(urlOrPath))
        return true;
    static const QStringList imported{QStringLiteral("mhtml"), QStringLiteral("mht"), QStringLiteral("docx"),
                                      QStringLiteral("odt"), QStringLiteral("pdf")};
    return imported.contains(QFileInfo(urlOrPath).suffix().toLower());
}

QString OpenArticleDialog::ask(QWidget *parent, const QString &source)
{
    OpenArticleDialog dialog(parent);
    if (!source.isEmpty())
        dialog.setSource(source);
    return dialog.exec() == QDialog::Accepted ? dialog.documentPath() : QString();
}

namespace {

OriginalPage::Opener &opener()
{
    static OriginalPage::Opener o;
    return o;
}

QString keptFile(const QString &name, const QString &documentPath)
{
    if (name.isEmpty())
        return {};
    // Recorded relative to the document's folder; a path that leaves it is not one this wrote.
    if (QDir::isAbsolutePath(name))
        return {};
    const QString folder = QDir::cleanPath(QFileInfo(documentPath).absolutePath());
    const QString path = QDir::cleanPath(folder + u'/' + name);
    if (!path.startsWith(folder + u'/'))
        return {};
    return QFileInfo(path).isFile() ? path : QString();
}

} // namespace

bool OriginalPage::isAvailable(const DocumentSource &source)
{
    return !source.offlineCopy.isEmpty() || !source.snapshot.isEmpty();
}

QString OriginalPage::pathFor(const DocumentSource &source, const QString &documentPath)
{
    if (const QString copy = keptFile(source.offlineCopy, documentPath); !copy.isEmpty())
        return copy;
    return keptFile(source.snapshot, documentPath);
}

QString OriginalPage::open(const DocumentSource &source, const QString &documentPath)
{
    if (!isAvailable(source))
        return QCoreApplication::translate("OriginalPage", "This article was not read by Open Article: no original was kept.");
    const QString path = pathFor(source, documentPath);
    if (path.isEmpty()) {
        const QString named = source.offlineCopy.isEmpty() ? source.snapshot : source.offlineCopy;
        return QCoreApplication::translate("OriginalPage", "The kept original %1 is gone from %2; read the article again "
                                                           "with Open Article to keep a new one%3.")
            .arg(named, QDir::toNativeSeparators(QFileInfo(documentPath).path()),
                 source.url.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(source.url));
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (!opened)
        return QCoreApplication::translate("OriginalPage", "No program here opens %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void OriginalPage::setOpener(Opener o)
{
    opener() = std::move(o);
}

} // namespace Claimbench
