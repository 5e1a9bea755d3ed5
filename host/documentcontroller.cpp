// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcontroller.h"

#include "claimcommands.h"
#include "claimeditor.h"
#include "claimset.h"
#include "claimtypestyle.h"
#include "documentfile.h"
#include "recoveryjournal.h"
#include "review.h"
#include "documenttext.h"
#include "labels.h"
#include "lazyhighlighter.h"
#include "merge.h"
#include "plaintextslice.h"
#include "pluginmanager.h"
#include "sidecar.h"

#include <KSyntaxHighlighting/Repository>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <future>
#include <thread>

#include "claimbench_document_debug.h"

namespace Claimbench {

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject targetJson(qsizetype start, qsizetype end, const TextQuote &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(start)));
    o.insert(QStringLiteral("end"), start < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(end)));
    o.insert(QStringLiteral("exact"), q.exact);
    o.insert(QStringLiteral("prefix"), q.prefix);
    o.insert(QStringLiteral("suffix"), q.suffix);
    return o;
}

} // namespace

// Everything about the claims that can be done away from the GUI thread: read, validate, re-anchor.
struct LoadedClaims {
    QByteArray documentHash;
    ClaimSetData data;
    QList<AnchorResult> anchoring;
    QStringList errors;
    QByteArray sidecarHash;
    bool sidecarUnreadable = false; // it exists and could not be read: it must never be written over
    ClaimSetData asRead;            // the sidecar's claims exactly as read (before re-anchoring): the merge base
};

// The second half of the core's loadReview() (identity, sidecar, validation) in a worker; the base for merges is
// the sidecar's claims before re-anchoring.
static LoadedClaims loadClaims(LoadedReview review)
{
    ReviewLoadOptions options;
    options.reanchor = ReviewLoadOptions::Reanchor::Never;
    Claimbench::loadClaims(review, options);
    LoadedClaims result;
    result.documentHash = review.identity.sha256.toLatin1();
    if (review.sidecarExists)
        result.sidecarHash = sha256(review.sidecarBytes);
    for (const SidecarError &e : std::as_const(review.errors))
        result.errors.append(e.toString());
    result.sidecarUnreadable = !review.sidecarReadable();
    result.data = review.data;
    if (review.sidecarValid)
        result.asRead = review.data;
    result.anchoring = reanchor(review.document.text, result.data.claims);
    result.data.sortClaims();
    return result;
}

class DocumentControllerPrivate : public ClaimCommandContext
{
public:
    DocumentController *q = nullptr;
    ClaimEditor *editor = nullptr;
    PluginManager *plugins = nullptr;
    ClaimTypeStyle *style = nullptr;
    ClaimSet *claims = nullptr;
    QUndoStack *undo = nullptr;
    DocumentFile *file = nullptr;  // the document on disk: path, encoding, hash, watch
    RecoveryJournal journal;       // the unsaved work of this document, until it is on disk
    QTimer autosave;
    QString error;
    QByteArray sidecarHash;     // of the sidecar bytes we read or wrote (empty: there was no sidecar)
    ClaimSetData base;          // those bytes' claims: the base of a three-way merge with what is on disk now
    bool claimsReadOnly = false; // the sidecar could not be read: claims cannot change, the file is never written
    QString readOnlyReason;
    QString lastSaveError;      // the last sidecar write failed: the claims are only in memory and the journal
    QByteArray pendingSidecarHash; // an unreadable sidecar on disk we already told about
    bool recoveryPending = false;
    bool claimsDirty = false; // claim changes not yet in the sidecar
    int inUndoRedo = 0;
    bool loading = false;
    QList<AnchorResult> anchoring;
    AnchorStore suggestions; // the suggestions' live positions (the claims' are the claim set's)
    QPointer<ClaimEditor> painter; // the editor, while it paints our anchors
    TextCommand *lastText = nullptr; // the newest text step (edits that touch claims are added to it)
    quint64 generation = 0;
    bool claimsPending = false;

    void applyClaims(const LoadedClaims &loaded);
    QHash<IdKey, QString> suggestionTypes;

    QString path() const { return file->path(); }
    QString sidecarPath() const { return file->sidecarPath(); }

    // ClaimCommandContext
    ClaimSet *claimSet() const override { return claims; }
    QTextDocument *textDocument() const override { return editor->document(); }
    PluginManager *pluginManager() const override { return plugins; }
    void refreshLook(const QUuid &id) override
    {
        const Claim c = claims->claim(id);
        if (c.isValid())
            editor->setLook(id, lookFor(c));
        else
            editor->removeLook(id);
    }
    void setReplayingText(bool replaying) override { inUndoRedo += replaying ? 1 : -1; }
    void textCommandDeleted(const TextCommand *command) override
    {
        if (lastText == command)
            lastText = nullptr;
    }
    ClaimLook lookFor(const Claim &c) const
    {
        ClaimLook look;
        look.colour = style->colour(c.claimType);
        look.status = c.status;
        QString tip = QStringLiteral("<b>%1</b> — %2").arg(style->name(c.claimType).toHtmlEscaped(), statusLabel(c.status));
        if (!c.verdict.isEmpty()) {
            const RatingLevel level = claims->data().ratingScale.level(c.verdict);
            tip += QStringLiteral("<br/>") + DocumentController::tr("Verdict: %1").arg((level.id.isEmpty() ? c.verdict : level.label).toHtmlEscaped());
        }
        if (!c.reReview.isEmpty())
            tip += QStringLiteral("<br/>") + DocumentController::tr("The text changed since it was reviewed");
        const QString firstLine = c.notes.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!firstLine.isEmpty())
            tip += QStringLiteral("<br/><i>%1</i>").arg(firstLine.left(120).toHtmlEscaped());
        look.tooltip = tip;
        return look;
    }

    ClaimLook suggestionLook(const QString &type) const
    {
        ClaimLook look;
        look.colour = style->colour(type);
        look.suggestion = true;
        look.tooltip = DocumentController::tr("Suggested: <b>%1</b>").arg(style->name(type).toHtmlEscaped());
        return look;
    }

    // Every claim and suggestion painted again (the style changed).
    void refreshLooks()
    {
        for (const Claim &c : claims->claims())
            editor->setLook(c.id, lookFor(c));
        for (auto it = suggestionTypes.cbegin(); it != suggestionTypes.cend(); ++it)
            editor->setLook(it.key(), suggestionLook(it.value()));
    }

    // Attaches `text` to the claim set (their positions are code points in it; `anchoring` says how they were
    // found) and sets the looks; suggestions go.
    void loadAnchors(const QString &text)
    {
        editor->clearLooks();
        suggestions.clear();
        suggestionTypes.clear();
        claims->attachText(text, anchoring);
        for (const Claim &c : claims->claims())
            editor->setLook(c.id, lookFor(c));
    }

    void scheduleAutosave()
    {
        if (!loading && !path().isEmpty() && !autosave.isActive())
            autosave.start();
    }

    void onAnchorInvalidated(const QUuid &key, const Anchor &before, bool orphaned);

    bool claimsEditable() const { return !path().isEmpty() && !claimsPending && !claimsReadOnly; }
    // Puts other writers' changes into the open review: `data` replaces the claims, re-anchored to the text.
    void adoptClaims(ClaimSetData data);
    // What is on disk now when it differs from our base. False with `error` when it exists and cannot be read.
    enum class Disk { Unchanged, Changed, Unreadable };
    Disk readDisk(ClaimSetData *theirs, QByteArray *bytes, QString *error) const;
    // An undoable claim step; false (and not pushed) when it was refused.
    template<typename Command>
    bool push(Command *command)
    {
        command->redo();
        if (!command->ok()) {
            delete command;
            return false;
        }
        // Already done: push() calls redo() again, which sets the same value (no history, no change).
        undo->push(command);
        return true;
    }
};

// The claim set made a claim an orphan (its whole text was deleted) or changed its quote (text inside it was
// edited): undoing the edit brings it back.
void DocumentControllerPrivate::onAnchorInvalidated(const QUuid &key, const Anchor &before, bool orphaned)
{
    if (!inUndoRedo && lastText)
        lastText->addTouched(key, before);
    if (orphaned)
        Q_EMIT q->claimOrphaned(key);
}

DocumentController::DocumentController(ClaimEditor *editor, PluginManager *plugins, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DocumentControllerPrivate>())
{
    d->q = this;
    d->editor = editor;
    d->plugins = plugins;
    d->claims = new ClaimSet(this);
    d->undo = new QUndoStack(this);
    d->style = new ClaimTypeStyle(plugins, this);
    connect(d->style, &ClaimTypeStyle::changed, this, [this] { d->refreshLooks(); });
    d->file = new DocumentFile(this);
    connect(d->file, &DocumentFile::changed, this, &DocumentController::checkExternalChanges);
    d->autosave.setSingleShot(true);
    d->autosave.setInterval(AutosaveDelayMs);
    connect(&d->autosave, &QTimer::timeout, this, [this] {
        if (d->claimsDirty)
            saveSidecar();
        if (isModified() && !d->recoveryPending)
            writeRecoveryJournal();
    });
    connect(d->claims, &ClaimSet::changed, this, [this] {
        if (d->loading)
            return;
        d->claimsDirty = true;
        d->scheduleAutosave();
    });
    connect(d->claims, &ClaimSet::claimChanged, this, [this](const QUuid &id) { d->refreshLook(id); });
    connect(d->claims, &ClaimSet::claimOrphaned, this,
            [this](const QUuid &id, const Anchor &before) { d->onAnchorInvalidated(id, before, true); });
    connect(d->claims, &ClaimSet::claimTextEdited, this,
            [this](const QUuid &id, const Anchor &before) { d->onAnchorInvalidated(id, before, false); });
    d->suggestions.setInvalidatedCallback([this](const QUuid &key, const Anchor &) {
        d->suggestionTypes.remove(key);
        d->editor->removeLook(key);
    });
    d->painter = editor;
    editor->setAnchorStores(&d->claims->anchors(), &d->suggestions);

    QTextDocument *doc = editor->document();
    connect(doc, &QTextDocument::undoCommandAdded, this, [this] {
        if (d->inUndoRedo || d->loading)
            return;
        auto *cmd = new TextCommand(d.get());
        d->lastText = cmd;
        d->undo->push(cmd);
    });
    // The claim set and the suggestions follow the text (highlighting only changes formats; a text being loaded
    // is attached afterwards).
    connect(doc, &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        if (d->loading || d->editor->highlighter()->isApplyingFormats())
            return;
        const TextEdit edit{position, removed, added};
        d->suggestions.applyEdit(edit);
        // Only the pieces the claim set reads, never a copy of the whole text for a keystroke.
        d->claims->applyTextEdit(edit, [doc = d->editor->document()](qsizetype from, qsizetype to) {
            return plainTextSlice(doc, from, to);
        });
        d->scheduleAutosave();
    });
    connect(doc, &QTextDocument::modificationChanged, this, &DocumentController::modificationChanged);
    connect(editor, &ClaimEditor::undoRequested, d->undo, &QUndoStack::undo);
    connect(editor, &ClaimEditor::redoRequested, d->undo, &QUndoStack::redo);
}

DocumentController::~DocumentController()
{
    // The commands refer to our private part: they go first (QObject would delete the stack after `d`).
    delete d->undo;
    d->undo = nullptr;
    if (d->painter)
        d->painter->setAnchorStores(nullptr, nullptr);
}


void DocumentControllerPrivate::applyClaims(const LoadedClaims &loaded)
{
    loading = true;
    claimsReadOnly = loaded.sidecarUnreadable;
    readOnlyReason.clear();
    lastSaveError.clear();
    if (claimsReadOnly) {
        readOnlyReason = DocumentController::tr(
                             "The claims file %1 cannot be read, so Claimbench will not change it. Its claims are not "
                             "shown and no new ones can be marked until the file is fixed (claimbench-cli validate "
                             "lists every problem) or moved away; then open the document again.\n%2")
                             .arg(QFileInfo(sidecarPath()).fileName(), loaded.errors.mid(0, 5).join(QLatin1Char('\n')));
        Q_EMIT q->problem(readOnlyReason);
    }
    sidecarHash = loaded.sidecarHash;
    base = loaded.asRead;
    file->setDiskHash(loaded.documentHash);
    anchoring = loaded.anchoring;
    claims->setData(loaded.data);
    loadAnchors(editor->toPlainText());
    claimsDirty = false;
    loading = false;
    claimsPending = false;
    const QString textReadOnly = file->readOnlyReason();
    editor->setReadOnly(!textReadOnly.isEmpty());
    if (!textReadOnly.isEmpty()) {
        // Positions in a lossy rendering would not be the file's: the claims are shown, not changed.
        claimsReadOnly = true;
        readOnlyReason = textReadOnly;
        Q_EMIT q->problem(textReadOnly);
    }
    file->watch();
    recoveryPending = journal.hasUnsavedWork();
    Q_EMIT q->claimsLoaded();
    Q_EMIT q->claimsReanchored(summarize(anchoring));
    if (recoveryPending)
        Q_EMIT q->recoveryAvailable();
}

bool DocumentController::open(const QString &path, OpenMode mode)
{
    // The one way to load a review (the core's): a regular file of sensible size, decoded in its encoding.
    LoadedReview review = d->file->open(path);
    if (!review.documentRead) {
        d->error = tr("Cannot open %1: %2").arg(path, review.errors.isEmpty() ? tr("unreadable") : review.errors.first().message);
        return false;
    }
    const QString text = review.document.text;
    d->loading = true;
    const quint64 generation = ++d->generation;
    d->journal.setDocumentPath(d->path());
    d->pendingSidecarHash.clear();
    d->sidecarHash.clear();
    d->undo->clear();
    d->lastText = nullptr;
    d->recoveryPending = false;
    // The identity without decoding the bytes a second time (identifyDocument would); hash and length in the worker.
    const DocumentIdentity identity = identifyDocument(d->path(), QByteArray());

    // The claims are read and re-anchored in a worker while the text is put into the editor; in the background
    // mode the text is shown (read-only) before they arrive, so a large sidecar does not delay the first paint.
    d->claimsPending = true;
    ClaimSetData empty;
    empty.document = identity;
    d->claims->setData(empty);
    std::shared_ptr<std::promise<LoadedClaims>> promise;
    std::future<LoadedClaims> future;
    if (mode == OpenMode::Synchronous) {
        promise = std::make_shared<std::promise<LoadedClaims>>();
        future = promise->get_future();
    }
    QPointer<DocumentController> self(this);
    std::thread([review = std::move(review), promise, self, generation] {
        LoadedClaims loaded = loadClaims(review);
        if (promise) {
            promise->set_value(std::move(loaded));
            return;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, loaded] {
                if (self && self->d->generation == generation)
                    self->d->applyClaims(loaded);
            },
            Qt::QueuedConnection);
    }).detach();

    d->editor->setDocumentText(text);
    d->editor->setSyntaxDefinition(syntaxRepository().definitionForFileName(d->path()));
    d->editor->setReadOnly(true);
    d->editor->document()->setModified(false);
    d->claimsDirty = false;
    d->loading = false;
    d->error.clear();
    Q_EMIT opened();
    if (future.valid())
        d->applyClaims(future.get());
    return true;
}

bool DocumentController::isLoadingClaims() const
{
    return d->claimsPending;
}

bool DocumentController::save()
{
    return saveAs(d->path());
}

bool DocumentController::saveAs(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString text = d->editor->toPlainText();
    QByteArray bytes;
    if (!d->file->save(path, text, &d->error, &bytes)) {
        Q_EMIT problem(d->error);
        return false;
    }
    const RecoveryJournal previous = d->journal;
    d->journal.setDocumentPath(d->path());
    d->editor->document()->setModified(false);
    d->claims->setDocument(identifyDocument(d->path(), bytes, DecodedText{text, d->file->encoding(), {}, -1}));
    d->claimsDirty = true;
    const bool ok = d->claimsReadOnly || saveSidecar();
    if (ok && claimsOnDisk()) {
        discardRecovery();
        if (previous.documentPath() != d->path())
            previous.discard(); // the work it kept is saved under the new name
    }
    d->file->watch();
    return ok;
}

DocumentControllerPrivate::Disk DocumentControllerPrivate::readDisk(ClaimSetData *theirs, QByteArray *bytes,
                                                                    QString *error) const
{
    const QString file = sidecarPath();
    FileContents contents = readRegularFile(file, Sidecar::MaxFileSize);
    if (!contents.exists) {
        // Gone (or never there): nothing of anyone else's to keep. Our claims are written anew.
        return Disk::Unchanged;
    }
    *bytes = std::move(contents.bytes);
    if (!contents.ok()) {
        *error = contents.error.toString();
        return Disk::Unreadable;
    }
    if (sha256(*bytes) == sidecarHash)
        return Disk::Unchanged;
    const Sidecar::ReadResult r = Sidecar::parse(*bytes, file);
    if (!r.ok()) {
        *error = r.errors.first().toString();
        return Disk::Unreadable;
    }
    *theirs = r.data;
    return Disk::Changed;
}

void DocumentControllerPrivate::adoptClaims(ClaimSetData data)
{
    const QString text = editor->toPlainText();
    const DocumentIdentity identity = claims->data().document;
    loading = true;
    anchoring = reanchor(text, data.claims);
    const DocumentSource source = data.document.source; // the merged sidecar's
    data.document = identity;
    data.document.source = source;
    data.sortClaims();
    claims->setData(data);
    loadAnchors(text);
    loading = false;
}

bool DocumentController::saveSidecar()
{
    if (!isOpen() || d->claimsPending) // never overwrite the sidecar with the empty set being loaded
        return false;
    if (d->claimsReadOnly) // never write over a file we could not read
        return false;
    Q_EMIT aboutToSave();
    d->autosave.stop();
    ClaimSetData data = snapshot();
    // Saving knows its base: when another window or program wrote the file since we read or wrote it, its
    // changes are merged with ours (by claim and field), never overwritten.
    ClaimSetData theirs;
    QByteArray diskBytes;
    QString diskError;
    int conflicts = -1;
    switch (d->readDisk(&theirs, &diskBytes, &diskError)) {
    case DocumentControllerPrivate::Disk::Unchanged:
        break;
    case DocumentControllerPrivate::Disk::Unreadable:
        d->lastSaveError = tr("%1 was changed by another program and cannot be read, so it was not written over: %2")
                               .arg(QFileInfo(sidecarPath()).fileName(), diskError);
        d->error = d->lastSaveError;
        Q_EMIT problem(tr("The claims could not be saved: %1").arg(d->lastSaveError));
        writeRecoveryJournal();
        return false;
    case DocumentControllerPrivate::Disk::Changed: {
        const MergeResult merged = mergeClaimSets(d->base, data, theirs);
        conflicts = int(merged.conflicted.size());
        d->adoptClaims(merged.merged);
        data = snapshot();
        break;
    }
    }
    const QByteArray bytes = Sidecar::serialize(data);
    const SidecarError e = Sidecar::writeSerialized(sidecarPath(), bytes);
    if (e.isValid()) {
        d->lastSaveError = e.toString();
        d->error = d->lastSaveError;
        Q_EMIT problem(tr("The claims could not be saved: %1").arg(d->error));
        writeRecoveryJournal();
        return false;
    }
    d->sidecarHash = sha256(bytes);
    d->base = data;
    d->lastSaveError.clear();
    d->pendingSidecarHash.clear();
    d->claimsDirty = false;
    d->file->watch();
    if (conflicts >= 0)
        Q_EMIT claimsMerged(conflicts);
    Q_EMIT sidecarSaved();
    return true;
}

bool DocumentController::syncSidecar()
{
    if (!isOpen() || d->claimsPending || d->claimsReadOnly)
        return true;
    ClaimSetData theirs;
    QByteArray diskBytes;
    QString diskError;
    switch (d->readDisk(&theirs, &diskBytes, &diskError)) {
    case DocumentControllerPrivate::Disk::Unchanged:
        return true;
    case DocumentControllerPrivate::Disk::Unreadable:
        if (d->pendingSidecarHash != sha256(diskBytes)) {
            d->pendingSidecarHash = sha256(diskBytes);
            Q_EMIT problem(tr("%1 was changed by another program and cannot be read. Claimbench keeps your claims "
                              "and will not write over that file until it can be read: %2")
                               .arg(QFileInfo(sidecarPath()).fileName(), diskError));
        }
        return false;
    case DocumentControllerPrivate::Disk::Changed:
        break;
    }
    if (d->claimsDirty)
        return saveSidecar(); // ours and theirs, merged and written
    // Nothing of ours is unsaved: their file is the review now, as it is (not rewritten).
    d->adoptClaims(theirs);
    d->base = theirs;
    d->sidecarHash = sha256(diskBytes);
    d->pendingSidecarHash.clear();
    d->claimsDirty = false;
    Q_EMIT claimsMerged(0);
    Q_EMIT claimsReanchored(summarize(d->anchoring));
    return true;
}

bool DocumentController::claimsReadOnly() const
{
    return d->claimsReadOnly;
}

QString DocumentController::claimsReadOnlyReason() const
{
    return d->readOnlyReason;
}

bool DocumentController::claimsOnDisk() const
{
    return !isOpen() || d->claimsPending || d->claimsReadOnly || (!d->claimsDirty && d->lastSaveError.isEmpty());
}

DocumentEncoding DocumentController::encoding() const
{
    return d->file->encoding();
}

QString DocumentController::lastSaveError() const
{
    return d->lastSaveError;
}

bool DocumentController::saveSidecarAs(const QString &path)
{
    if (!isOpen() || d->claimsPending || d->claimsReadOnly)
        return false;
    Q_EMIT aboutToSave();
    const SidecarError e = Sidecar::write(path, snapshot());
    if (e.isValid()) {
        d->error = e.toString();
        return false;
    }
    return true;
}

bool DocumentController::close()
{
    if (!isOpen() || d->claimsPending)
        return true;
    Q_EMIT aboutToSave();
    if (d->claimsDirty)
        saveSidecar();
    d->autosave.stop();
    if (!claimsOnDisk()) {
        writeRecoveryJournal(); // kept until the claims are safely on disk
        return false;
    }
    if (!isModified() && !d->recoveryPending)
        discardRecovery();
    return true;
}

QString DocumentController::errorString() const
{
    return d->error;
}

QString DocumentController::path() const
{
    return d->path();
}

QString DocumentController::sidecarPath() const
{
    return d->sidecarPath();
}

bool DocumentController::isOpen() const
{
    return d->file->isOpen();
}

bool DocumentController::isModified() const
{
    return d->editor->document()->isModified();
}

ClaimSet *DocumentController::claims() const
{
    return d->claims;
}

QUndoStack *DocumentController::undoStack() const
{
    return d->undo;
}

ClaimEditor *DocumentController::editor() const
{
    return d->editor;
}

PluginManager *DocumentController::plugins() const
{
    return d->plugins;
}

ClaimSetData DocumentController::snapshot() const
{
    const QString text = d->editor->toPlainText();
    ClaimSetData data = d->claims->snapshot(text);
    if (isModified() || data.document.sha256.isEmpty()) {
        const DocumentSource source = data.document.source; // not in the bytes: kept
        data.document = d->file->identify(text);
        data.document.source = source;
    }
    return data;
}

QList<AnchorResult> DocumentController::lastAnchoring() const
{
    return d->anchoring;
}

QUuid DocumentController::markClaim(const QString &claimType, int selectionStart, int selectionEnd)
{
    if (selectionEnd < selectionStart)
        std::swap(selectionStart, selectionEnd);
    if (!d->claimsEditable() || selectionStart == selectionEnd || claimType.isEmpty())
        return {};
    const QString text = d->editor->toPlainText();
    Claim c;
    c.id = QUuid::createUuid();
    c.claimType = claimType;
    c.start = toCodePoints(text, selectionStart);
    c.end = toCodePoints(text, selectionEnd);
    c.quote = quoteAtUtf16(text, selectionStart, selectionEnd);
    auto *cmd = new AddClaimCommand(d.get(), c, Anchor(selectionStart, selectionEnd));
    d->undo->push(cmd);
    return cmd->claimId();
}

void DocumentController::removeClaim(const QUuid &id)
{
    if (d->claimsEditable() && d->claims->claim(id).isValid())
        d->undo->push(new RemoveClaimCommand(d.get(), id));
}

bool DocumentController::setField(const QUuid &id, const QString &field, const QJsonValue &value, const QString &reason)
{
    if (!d->claimsEditable() || !d->claims->claim(id).isValid())
        return false;
    const QJsonValue current = d->claims->field(id, field);
    if (current.isUndefined())
        return false;
    if (current == value)
        return true;
    return d->push(new SetFieldCommand(d.get(), id, field, value, reason));
}

bool DocumentController::setRatingScale(const RatingScale &scale)
{
    if (!d->claimsEditable() || d->claims->data().ratingScale == scale)
        return false;
    d->undo->push(new SetRatingScaleCommand(d.get(), scale));
    return true;
}

bool DocumentController::reattach(const QUuid &id, int selectionStart, int selectionEnd)
{
    if (selectionEnd < selectionStart)
        std::swap(selectionStart, selectionEnd);
    if (!d->claimsEditable() || !d->claims->claim(id).isValid() || selectionStart == selectionEnd)
        return false;
    const QString text = d->editor->toPlainText();
    const QJsonObject target = targetJson(toCodePoints(text, selectionStart), toCodePoints(text, selectionEnd),
                                          quoteAtUtf16(text, selectionStart, selectionEnd));
    d->undo->push(new ReattachCommand(d.get(), id, Anchor(selectionStart, selectionEnd), target));
    return true;
}

bool DocumentController::resolveConflict(const QUuid &id, const QString &field, const QJsonValue &chosen)
{
    if (!d->claimsEditable())
        return false;
    return d->push(new ResolveConflictCommand(d.get(), id, field, chosen));
}

bool DocumentController::range(const QUuid &id, int *start, int *end) const
{
    const Anchor a = d->claims->anchor(id);
    if (!a.isValid() || !d->claims->claim(id).isValid())
        return false;
    if (start)
        *start = int(a.start());
    if (end)
        *end = int(a.end());
    return true;
}

void DocumentController::setSuggestions(const QList<QPair<QUuid, QPair<int, int>>> &ranges, const QStringList &types)
{
    clearSuggestions();
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QUuid key = ranges[i].first;
        const QString type = types.value(i);
        d->suggestionTypes.insert(key, type);
        d->suggestions.set(key, Anchor(ranges[i].second.first, ranges[i].second.second));
        d->editor->setLook(key, d->suggestionLook(type));
    }
}

void DocumentController::clearSuggestions()
{
    for (auto it = d->suggestionTypes.cbegin(); it != d->suggestionTypes.cend(); ++it)
        d->editor->removeLook(it.key());
    d->suggestions.clear();
    d->suggestionTypes.clear();
}

Anchor DocumentController::suggestionAnchor(const QUuid &key) const
{
    return d->suggestions.anchor(key);
}

void DocumentController::removeSuggestion(const QUuid &key)
{
    d->suggestions.remove(key);
    d->suggestionTypes.remove(key);
    d->editor->removeLook(key);
}

bool DocumentController::hasRecovery() const
{
    return d->recoveryPending;
}

const RecoveryJournal &DocumentController::recoveryJournal() const
{
    return d->journal;
}

bool DocumentController::writeRecoveryJournal()
{
    if (!isOpen() || d->claimsPending)
        return false;
    QString error;
    if (!d->journal.write(Sidecar::serialize(snapshot()), isModified(), isModified() ? d->editor->toPlainText() : QString(),
                          &error)) {
        qCWarning(lcDocument) << "cannot write the recovery journal" << d->journal.path() << error;
        return false;
    }
    return true;
}

bool DocumentController::recover()
{
    const RecoveryJournal::Contents journal = d->journal.read();
    if (!journal.valid) {
        discardRecovery();
        return false;
    }
    d->loading = true;
    QString text = d->editor->toPlainText();
    if (journal.textModified) {
        text = journal.text;
        d->editor->setDocumentText(text);
    }
    ClaimSetData data = journal.claims;
    d->anchoring = reanchor(text, data.claims);
    data.sortClaims();
    d->undo->clear();
    d->lastText = nullptr;
    d->editor->document()->clearUndoRedoStacks();
    d->claims->setData(data);
    d->loadAnchors(text);
    d->loading = false;
    if (journal.textModified)
        d->editor->document()->setModified(true);
    d->recoveryPending = false;
    d->claimsDirty = true;
    saveSidecar();
    writeRecoveryJournal();
    Q_EMIT claimsReanchored(summarize(d->anchoring));
    return true;
}

void DocumentController::discardRecovery()
{
    d->journal.discard();
    d->recoveryPending = false;
}

void DocumentController::checkExternalChanges()
{
    if (!isOpen() || d->claimsPending)
        return;
    const bool documentChanged = d->file->checkForChange(); // (and the watch put back: a replace drops it)
    // Another writer's claims are merged with ours at once (nothing to ask: nobody's work is lost).
    syncSidecar();
    if (documentChanged)
        Q_EMIT externallyChanged(ExternalChange::Document);
}

AnchorSummary DocumentController::reloadFromDisk()
{
    ClaimSetData data = snapshot();
    QString text = d->editor->toPlainText();
    const DocumentFile::Reloaded reloaded = d->file->reload();
    if (reloaded.changed) {
        text = reloaded.decoded.text;
        const DocumentSource source = data.document.source; // not in the bytes: kept
        data.document = identifyDocument(d->path(), reloaded.bytes, reloaded.decoded);
        data.document.length = codePointLength(text);
        data.document.source = source;
    }
    d->pendingSidecarHash.clear();
    d->loading = true;
    d->anchoring = reanchor(text, data.claims);
    data.sortClaims();
    if (reloaded.changed)
        d->editor->setDocumentText(text);
    d->undo->clear();
    d->lastText = nullptr;
    d->editor->document()->clearUndoRedoStacks();
    d->claims->setData(data);
    d->loadAnchors(text);
    if (reloaded.changed)
        d->editor->document()->setModified(false);
    d->loading = false;
    d->claimsDirty = true;
    saveSidecar(); // merges what another writer put in the sidecar meanwhile
    const AnchorSummary summary = summarize(d->anchoring);
    Q_EMIT claimsReanchored(summary);
    return summary;
}

void DocumentController::keepMine()
{
    if (d->file->keepMine())
        d->editor->document()->setModified(true); // the next save writes our version
}

ClaimTypeStyle *DocumentController::style() const
{
    return d->style;
}

void DocumentController::setReviewer(const QString &name)
{
    d->claims->setAuthor(name);
}

} // namespace Claimbench
