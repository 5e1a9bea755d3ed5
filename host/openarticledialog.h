// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QDialog>
#include <QUrl>
#include <functional>
#include <memory>

namespace Claimbench {

class OpenArticleDialogPrivate;
struct DocumentSource;

/// File > Open Article: a web address or a file (saved page, MHTML, Word, OpenDocument, PDF, Markdown, text)
/// becomes a readable article saved beside its original (claimbench_article: loadArticle(), writeArticle()).
/// The window opens the written document; the dialog stays open with the error when something fails.
class CLAIMBENCH_HOST_EXPORT OpenArticleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenArticleDialog(QWidget *parent = nullptr);
    ~OpenArticleDialog() override;

    void setSource(const QString &urlOrPath); ///< also proposes where to save the article
    QString source() const;
    void setDocumentPath(const QString &path);
    QString documentPath() const; ///< where the readable article is (to be) written
    QString errorText() const;    ///< the last failure shown in the dialog; empty after a success
    void setTimeoutMs(int ms);    ///< the fetch timeout (default 30 s)

    /// Reads the source and writes the article; accepts the dialog when done. False (the error shown) otherwise.
    bool openArticle();

    /// Whether a dropped or opened path or URL is read through Open Article rather than opened as it is:
    /// web addresses, .mhtml/.mht, .docx, .odt and .pdf.
    static bool needsImport(const QString &urlOrPath);
    /// Asks for (or, with `source`, starts from) a source; returns the written article's path, empty when
    /// cancelled.
    static QString ask(QWidget *parent, const QString &source = QString());

private:
    std::unique_ptr<OpenArticleDialogPrivate> d;
};

/// File > Open Original Page: the kept original of an article read by Open Article (its document.source) in
/// the system's browser: the offline copy of a web page when it is there, else the snapshot of the bytes read.
class CLAIMBENCH_HOST_EXPORT OriginalPage
{
public:
    /// Opens a URL (a file:// URL here); QDesktopServices::openUrl unless a test sets another.
    using Opener = std::function<bool(const QUrl &)>;

    /// Whether `source` names a kept original (an offline copy or a snapshot): the action is enabled then.
    static bool isAvailable(const DocumentSource &source);
    /// The file to open for the document `documentPath` whose source is `source`: the offline copy when that
    /// file exists, else the snapshot when it exists; empty when neither is on disk.
    static QString pathFor(const DocumentSource &source, const QString &documentPath);
    /// Opens it through the opener; the error for people when there is nothing to open or the file is gone
    /// (empty on success).
    static QString open(const DocumentSource &source, const QString &documentPath);

    /// Replaces the opener (a test sees what would be opened); an empty function restores the default.
    static void setOpener(Opener opener);
};

} // namespace Claimbench
