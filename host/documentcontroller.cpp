// SPDX-License-Identifier: GPL-2.0-or-later
#include "documentcontroller.h"

#include "claimeditor.h"
#include "atomicfile.h"
#include "claimset.h"
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
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QPointer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <future>
#include <thread>

Q_LOGGING_CATEGORY(lcDocument, "claimbench.document")

namespace Claimbench {

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const SidecarError e = writeFileAtomically(path, bytes);
    if (e.isValid() && error)
        *error = e.message;
    return !e.isValid();
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

namespace {
QHash<QString, QColor> &colourOverrides()
{
    static QHash<QString, QColor> overrides;
    return overrides;
}
} // namespace

void setClaimTypeColourOverride(const QString &claimType, const QColor &colour)
{
    if (colour.isValid())
        colourOverrides().insert(claimType, colour);
    else
        colourOverrides().remove(claimType);
}

QColor claimTypeColour(PluginManager *plugins, const QString &claimType)
{
    if (const auto it = colourOverrides().constFind(claimType); it != colourOverrides().cend())
        return *it;
    if (plugins) {
        const QColor c(plugins->claimType(claimType).colour);
        if (c.isValid())
            return c;
    }
    const uint h = qHash(claimType) % 360;
    return QColor::fromHsv(int(h), 160, 200);
}

namespace {
QString journalClaimsPath(const QString &journal)
{
    QString claimsPath = journal;
    claimsPath.replace(QLatin1String(".json"), QLatin1String(".claims.json"));
    return claimsPath;
}

// The document a journal belongs to, when the journal holds work that is not on disk: unsaved text, or claims
// that differ from the document's sidecar (a save that failed, a session killed before its autosave).
QString journalWithUnsavedWork(const QString &journal)
{
    const QJsonObject o = QJsonDocument::fromJson(readAll(journal)).object();
    const QString path = o.value(QStringLiteral("path")).toString();
    if (path.isEmpty() || o.value(QStringLiteral("format")).toString() != QLatin1String("claimbench.recovery"))
        return {};
    if (o.value(QStringLiteral("textModified")).toBool())
        return path;
    const Sidecar::ReadResult mine = Sidecar::read(journalClaimsPath(journal));
    if (!mine.ok())
        return {};
    const Sidecar::ReadResult onDisk = Sidecar::read(Sidecar::pathFor(path));
    return onDisk.ok() && onDisk.data.claims == mine.data.claims && onDisk.data.dismissed == mine.data.dismissed
               ? QString()
               : path;
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

class DocumentControllerPrivate
{
public:
    DocumentController *q = nullptr;
    ClaimEditor *editor = nullptr;
    PluginManager *plugins = nullptr;
    ClaimSet *claims = nullptr;
    QUndoStack *undo = nullptr;
    QTimer autosave;
    QFileSystemWatcher *watcher = nullptr;
    QTimer watchDebounce;
    QString path;
    QString error;
    QByteArray diskDocHash;     // of the document bytes we loaded or saved
    QByteArray sidecarHash;     // of the sidecar bytes we read or wrote (empty: there was no sidecar)
    ClaimSetData base;          // those bytes' claims: the base of a three-way merge with what is on disk now
    bool claimsReadOnly = false; // the sidecar could not be read: claims cannot change, the file is never written
    QString readOnlyReason;
    QString lastSaveError;      // the last sidecar write failed: the claims are only in memory and the journal
    QByteArray ignoredDocHash;  // "keep mine"
    QByteArray pendingDocHash;
    QByteArray pendingSidecarHash; // an unreadable sidecar on disk we already told about
    DocumentEncoding encoding;  // how the document's bytes are decoded and saved
    QString textReadOnlyReason; // the bytes cannot be decoded losslessly: the text is shown, never saved
    bool recoveryPending = false;
    bool claimsDirty = false; // claim changes not yet in the sidecar
    int inUndoRedo = 0;
    bool loading = false;
    QList<AnchorResult> anchoring;
    AnchorStore suggestions; // the suggestions' live positions (the claims' are the claim set's)
    QPointer<ClaimEditor> painter; // the editor, while it paints our anchors
    class TextCommand *lastText = nullptr;
    quint64 generation = 0;
    bool claimsPending = false;

    void applyClaims(const LoadedClaims &loaded);
    QHash<QUuid, QString> suggestionTypes;

    QString sidecarPath() const { return Sidecar::pathFor(path); }

    ClaimLook lookFor(const Claim &c) const
    {
        ClaimLook look;
        look.colour = claimTypeColour(plugins, c.claimType);
        look.status = c.status;
        const ClaimType type = plugins ? plugins->claimType(c.claimType) : ClaimType();
        const QString typeName = type.isValid() ? type.name : c.claimType;
        QString tip = QStringLiteral("<b>%1</b> — %2").arg(typeName.toHtmlEscaped(), statusLabel(c.status));
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

    void refreshLook(const QUuid &id)
    {
        const Claim c = claims->claim(id);
        if (c.isValid())
            editor->setLook(id, lookFor(c));
        else
            editor->removeLook(id);
    }

    // Attaches `text` to the claim set (their positions are code points in it; `anchoring` says how they were
    // found) and sets the looks; suggestions go.
    void loadAnchors(const QString &text, const QList<Claim> &list)
    {
        editor->clearLooks();
        suggestions.clear();
        suggestionTypes.clear();
        claims->attachText(text, anchoring);
        Q_UNUSED(list); // the claim set's own: claims->setData() came first
        for (const Claim &c : claims->claims())
            editor->setLook(c.id, lookFor(c));
    }

    void scheduleAutosave()
    {
        if (!loading && !path.isEmpty() && !autosave.isActive())
            autosave.start();
    }

    void watch()
    {
        if (!watcher || path.isEmpty())
            return;
        const QStringList files = watcher->files();
        if (!files.contains(path) && QFileInfo::exists(path))
            watcher->addPath(path);
        if (!files.contains(sidecarPath()) && QFileInfo::exists(sidecarPath()))
            watcher->addPath(sidecarPath());
    }

    void onAnchorInvalidated(const QUuid &key, const Anchor &before, bool orphaned);

    bool claimsEditable() const { return !path.isEmpty() && !claimsPending && !claimsReadOnly; }
    // Puts other writers' changes into the open review: `data` replaces the claims, re-anchored to the text.
    void adoptClaims(ClaimSetData data);
    // What is on disk now when it differs from our base. False with `error` when it exists and cannot be read.
    enum class Disk { Unchanged, Changed, Unreadable };
    Disk readDisk(ClaimSetData *theirs, QByteArray *bytes, QString *error) const;
};

// One step of QTextDocument's own undo history, inside our QUndoStack. The edit has happened when it is pushed.
class TextCommand : public QUndoCommand
{
public:
    explicit TextCommand(DocumentControllerPrivate *d)
        : QUndoCommand(DocumentController::tr("Edit text"))
        , m_d(d)
    {
    }
    ~TextCommand() override
    {
        if (m_d->lastText == this)
            m_d->lastText = nullptr;
    }
    void undo() override
    {
        ++m_d->inUndoRedo;
        m_d->editor->document()->undo();
        // Claims whose text this step deleted or cut into come back with it (their quotes with them).
        if (!m_touched.isEmpty()) {
            const QString text = m_d->editor->toPlainText();
            for (auto it = m_touched.crbegin(); it != m_touched.crend(); ++it) {
                if (!m_d->claims->claim(it->first).isValid())
                    continue;
                const qsizetype max = text.size();
                const Anchor a(std::min(it->second.start(), max), std::min(it->second.end(), max));
                m_d->claims->setAnchor(it->first, a, text);
            }
        }
        --m_d->inUndoRedo;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        ++m_d->inUndoRedo;
        m_d->editor->document()->redo();
        --m_d->inUndoRedo;
    }
    // A claim this step's edits orphaned or changed; undo puts it back where it was before the first of them.
    void addTouched(const QUuid &id, const Anchor &before)
    {
        for (const auto &t : std::as_const(m_touched)) {
            if (t.first == id)
                return;
        }
        m_touched.append({id, before});
    }

private:
    DocumentControllerPrivate *m_d;
    bool m_first = true;
    QList<QPair<QUuid, Anchor>> m_touched;
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

namespace {
class AddClaimCommand : public QUndoCommand
{
public:
    AddClaimCommand(DocumentControllerPrivate *d, const Claim &claim, const Anchor &anchor)
        : QUndoCommand(DocumentController::tr("Mark claim"))
        , m_d(d)
        , m_claim(claim)
        , m_anchor(anchor)
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            m_claim.id = m_d->claims->addClaim(m_claim, m_anchor);
        } else {
            m_d->claims->restoreClaim(m_claim, m_anchor);
        }
        m_d->refreshLook(m_claim.id);
    }
    void undo() override
    {
        const Anchor a = m_d->claims->anchor(m_claim.id);
        if (a.isValid())
            m_anchor = a;
        m_claim = m_d->claims->removeClaim(m_claim.id);
        m_d->editor->removeLook(m_claim.id);
    }
    QUuid claimId() const { return m_claim.id; }

private:
    DocumentControllerPrivate *m_d;
    Claim m_claim;
    Anchor m_anchor;
    bool m_first = true;
};

class RemoveClaimCommand : public QUndoCommand
{
public:
    RemoveClaimCommand(DocumentControllerPrivate *d, const QUuid &id)
        : QUndoCommand(DocumentController::tr("Remove claim"))
        , m_d(d)
        , m_id(id)
    {
    }
    void redo() override
    {
        m_anchor = m_d->claims->anchor(m_id);
        m_claim = m_d->claims->removeClaim(m_id);
        m_d->editor->removeLook(m_id);
    }
    void undo() override
    {
        m_d->claims->restoreClaim(m_claim, m_anchor);
        m_d->refreshLook(m_id);
    }

private:
    DocumentControllerPrivate *m_d;
    QUuid m_id;
    Claim m_claim;
    Anchor m_anchor;
};

// What the Edit menu says for a change of `field` of the claim `id` to `value`.
QString fieldChangeLabel(const DocumentControllerPrivate *d, const QUuid &id, const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("verdict"))
        return DocumentController::tr("Change verdict");
    if (field == QLatin1String("status"))
        return DocumentController::tr("Change status");
    if (field == QLatin1String("notes"))
        return DocumentController::tr("Change notes");
    if (field == QLatin1String("claimType"))
        return DocumentController::tr("Change claim type");
    if (field == QLatin1String("sources"))
        return DocumentController::tr("Change sources");
    if (field == QLatin1String("target"))
        return DocumentController::tr("Change claim text");
    if (field.startsWith(QLatin1String("checklist.")))
        return value.toBool() ? DocumentController::tr("Tick checklist step") : DocumentController::tr("Untick checklist step");
    if (field.startsWith(QLatin1String("fields."))) {
        const QString name = field.mid(7);
        QString label = name;
        if (d->plugins) {
            const ClaimType type = d->plugins->claimType(d->claims->claim(id).claimType);
            for (const FieldDefinition &f : type.fields) {
                if (f.name == name && !f.label.isEmpty())
                    label = f.label;
            }
        }
        return DocumentController::tr("Change %1").arg(label);
    }
    return DocumentController::tr("Change %1").arg(field);
}

// One field change. Consecutive changes of the same field of the same claim (typing in a text field, arrowing
// through the verdicts) merge into one step, like the claim set's history merges them into one entry; a step
// that ends where it started goes away.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(DocumentControllerPrivate *d, const QUuid &id, const QString &field, const QJsonValue &value)
        : QUndoCommand(fieldChangeLabel(d, id, field, value))
        , m_d(d)
        , m_id(id)
        , m_field(field)
        , m_value(value)
    {
    }
    void redo() override
    {
        bool ok = false;
        const QJsonValue previous = m_d->claims->setField(m_id, m_field, m_value, &ok);
        if (m_first) {
            m_previous = previous;
            m_ok = ok;
            m_first = false;
        }
        m_d->refreshLook(m_id);
    }
    void undo() override
    {
        m_d->claims->setField(m_id, m_field, m_previous);
        m_d->refreshLook(m_id);
    }
    static constexpr int Id = 1;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *o = static_cast<const SetFieldCommand *>(other);
        if (o->m_id != m_id || o->m_field != m_field)
            return false;
        m_value = o->m_value;
        setText(o->text());
        setObsolete(m_value == m_previous);
        return true;
    }
    bool ok() const { return m_ok; }

private:
    DocumentControllerPrivate *m_d;
    QUuid m_id;
    QString m_field;
    QJsonValue m_value;
    QJsonValue m_previous;
    bool m_first = true;
    bool m_ok = false;
};

class ReattachCommand : public QUndoCommand
{
public:
    ReattachCommand(DocumentControllerPrivate *d, const QUuid &id, const Anchor &anchor, const QJsonObject &target)
        : QUndoCommand(DocumentController::tr("Re-attach claim"))
        , m_d(d)
        , m_id(id)
        , m_anchor(anchor)
        , m_target(target)
    {
    }
    void redo() override
    {
        m_before = m_d->claims->anchor(m_id);
        m_previous = m_d->claims->setField(m_id, QStringLiteral("target"), m_target);
        m_d->claims->setAnchor(m_id, m_anchor, m_d->editor->toPlainText());
        m_d->refreshLook(m_id);
    }
    void undo() override
    {
        m_d->claims->setField(m_id, QStringLiteral("target"), m_previous);
        m_d->claims->setAnchor(m_id, m_before, m_d->editor->toPlainText());
        m_d->refreshLook(m_id);
    }

private:
    DocumentControllerPrivate *m_d;
    QUuid m_id;
    Anchor m_anchor;
    Anchor m_before;
    QJsonObject m_target;
    QJsonValue m_previous;
};
class SetRatingScaleCommand : public QUndoCommand
{
public:
    SetRatingScaleCommand(DocumentControllerPrivate *d, const RatingScale &scale)
        : QUndoCommand(DocumentController::tr("Change rating scale"))
        , m_d(d)
        , m_scale(scale)
    {
    }
    void redo() override { m_previous = m_d->claims->setRatingScale(m_scale); }
    void undo() override { m_d->claims->setRatingScale(m_previous); }

private:
    DocumentControllerPrivate *m_d;
    RatingScale m_scale;
    RatingScale m_previous;
};
} // namespace

DocumentController::DocumentController(ClaimEditor *editor, PluginManager *plugins, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DocumentControllerPrivate>())
{
    d->q = this;
    d->editor = editor;
    d->plugins = plugins;
    d->claims = new ClaimSet(this);
    d->undo = new QUndoStack(this);
    d->watcher = new QFileSystemWatcher(this);
    d->autosave.setSingleShot(true);
    d->autosave.setInterval(AutosaveDelayMs);
    connect(&d->autosave, &QTimer::timeout, this, [this] {
        if (d->claimsDirty)
            saveSidecar();
        if (isModified() && !d->recoveryPending)
            writeRecoveryJournal();
    });
    d->watchDebounce.setSingleShot(true);
    d->watchDebounce.setInterval(150);
    connect(&d->watchDebounce, &QTimer::timeout, this, &DocumentController::checkExternalChanges);
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, [this] { d->watchDebounce.start(); });

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
    diskDocHash = loaded.documentHash;
    anchoring = loaded.anchoring;
    claims->setData(loaded.data);
    loadAnchors(editor->toPlainText(), loaded.data.claims);
    claimsDirty = false;
    loading = false;
    claimsPending = false;
    editor->setReadOnly(!textReadOnlyReason.isEmpty());
    if (!textReadOnlyReason.isEmpty()) {
        // Positions in a lossy rendering would not be the file's: the claims are shown, not changed.
        claimsReadOnly = true;
        readOnlyReason = textReadOnlyReason;
        Q_EMIT q->problem(textReadOnlyReason);
    }
    watch();
    recoveryPending = !journalWithUnsavedWork(DocumentController::recoveryPathFor(path)).isEmpty();
    Q_EMIT q->claimsLoaded();
    Q_EMIT q->claimsReanchored(summarize(anchoring));
    if (recoveryPending)
        Q_EMIT q->recoveryAvailable();
}

bool DocumentController::open(const QString &path, OpenMode mode)
{
    // The one way to load a review (the core's): a regular file of sensible size, decoded in its encoding.
    LoadedReview review = loadDocument(path);
    if (!review.documentRead) {
        d->error = tr("Cannot open %1: %2").arg(path, review.errors.isEmpty() ? tr("unreadable") : review.errors.first().message);
        return false;
    }
    const DecodedText decoded = review.document;
    const QString text = decoded.text;
    d->loading = true;
    const quint64 generation = ++d->generation;
    if (!d->path.isEmpty())
        d->watcher->removePaths(d->watcher->files());
    d->path = QFileInfo(path).absoluteFilePath();
    d->encoding = decoded.encoding;
    d->textReadOnlyReason = decoded.ok() ? QString()
                                         : tr("%1 cannot be decoded without changing it (%2), so it is opened read-only: "
                                              "saving would corrupt it.")
                                               .arg(QFileInfo(path).fileName(), decoded.error);
    d->diskDocHash.clear(); // with the claims (hashing 5 MB is worker work)
    d->ignoredDocHash.clear();
    d->pendingDocHash.clear();
    d->pendingSidecarHash.clear();
    d->sidecarHash.clear();
    d->undo->clear();
    d->lastText = nullptr;
    d->recoveryPending = false;
    // The identity without decoding the bytes a second time (identifyDocument would); hash and length in the worker.
    const DocumentIdentity identity = identifyDocument(d->path, QByteArray());

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
    d->editor->setSyntaxDefinition(syntaxRepository().definitionForFileName(d->path));
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
    return saveAs(d->path);
}

bool DocumentController::saveAs(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (!d->textReadOnlyReason.isEmpty()) {
        d->error = d->textReadOnlyReason;
        Q_EMIT problem(d->error);
        return false;
    }
    const QString text = d->editor->toPlainText();
    QString error;
    // In the document's own encoding (a Windows-1252 article stays Windows-1252); never a substitute character.
    const QByteArray bytes = encodeText(text, d->encoding, &error);
    if (bytes.isEmpty() && !text.isEmpty()) {
        d->error = tr("Cannot save %1 in its encoding, %2: %3").arg(QFileInfo(path).fileName(),
                                                                    QString::fromLatin1(d->encoding.name), error);
        Q_EMIT problem(d->error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != d->path)
        d->watcher->removePaths(d->watcher->files());
    // Our own save must not look like a change by another program.
    d->diskDocHash = sha256(bytes);
    if (!writeAtomically(absolute, bytes, &error)) {
        d->error = tr("Cannot save %1: %2").arg(absolute, error);
        Q_EMIT problem(d->error);
        return false;
    }
    d->path = absolute;
    d->editor->document()->setModified(false);
    d->claims->setDocument(identifyDocument(absolute, bytes, DecodedText{text, d->encoding, {}, -1}));
    d->claimsDirty = true;
    const bool ok = d->claimsReadOnly || saveSidecar();
    if (ok && claimsOnDisk())
        discardRecovery();
    d->watch();
    return ok;
}

DocumentControllerPrivate::Disk DocumentControllerPrivate::readDisk(ClaimSetData *theirs, QByteArray *bytes,
                                                                    QString *error) const
{
    const QString file = sidecarPath();
    if (!QFileInfo::exists(file)) {
        // Gone (or never there): nothing of anyone else's to keep. Our claims are written anew.
        return Disk::Unchanged;
    }
    bool ok = false;
    *bytes = readAll(file, &ok);
    if (!ok) {
        *error = DocumentController::tr("%1 cannot be read").arg(file);
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
    data.document = identity;
    data.sortClaims();
    claims->setData(data);
    loadAnchors(text, data.claims);
    loading = false;
}

bool DocumentController::saveSidecar()
{
    if (d->path.isEmpty() || d->claimsPending) // never overwrite the sidecar with the empty set being loaded
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
    d->watch();
    if (conflicts >= 0)
        Q_EMIT claimsMerged(conflicts);
    Q_EMIT sidecarSaved();
    return true;
}

bool DocumentController::syncSidecar()
{
    if (d->path.isEmpty() || d->claimsPending || d->claimsReadOnly)
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
    return d->path.isEmpty() || d->claimsPending || d->claimsReadOnly || (!d->claimsDirty && d->lastSaveError.isEmpty());
}

DocumentEncoding DocumentController::encoding() const
{
    return d->encoding;
}

QString DocumentController::lastSaveError() const
{
    return d->lastSaveError;
}

bool DocumentController::saveSidecarAs(const QString &path)
{
    if (d->path.isEmpty() || d->claimsPending || d->claimsReadOnly)
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
    if (d->path.isEmpty() || d->claimsPending)
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
    return d->path;
}

QString DocumentController::sidecarPath() const
{
    return d->path.isEmpty() ? QString() : d->sidecarPath();
}

bool DocumentController::isOpen() const
{
    return !d->path.isEmpty();
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
        QByteArray bytes = encodeText(text, d->encoding);
        const bool inItsEncoding = !bytes.isEmpty() || text.isEmpty();
        if (!inItsEncoding)
            bytes = text.toUtf8(); // not savable as it is: the identity of what it would be in UTF-8
        data.document = inItsEncoding ? identifyDocument(d->path, bytes, DecodedText{text, d->encoding, {}, -1})
                                      : identifyDocument(d->path, bytes);
        data.document.length = codePointLength(text);
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

bool DocumentController::setField(const QUuid &id, const QString &field, const QJsonValue &value)
{
    if (!d->claimsEditable() || !d->claims->claim(id).isValid())
        return false;
    const QJsonValue current = d->claims->field(id, field);
    if (current.isUndefined())
        return false;
    if (current == value)
        return true;
    auto *cmd = new SetFieldCommand(d.get(), id, field, value);
    cmd->redo();
    if (!cmd->ok()) {
        delete cmd;
        return false;
    }
    // Already done: push() calls redo() again, which sets the same value (no history, no change).
    d->undo->push(cmd);
    return true;
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
    if (!d->claims->resolveConflict(id, field, chosen))
        return false;
    d->refreshLook(id); // a removed claim's look goes
    return true;
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
        ClaimLook look;
        look.colour = claimTypeColour(d->plugins, type);
        look.suggestion = true;
        const ClaimType t = d->plugins ? d->plugins->claimType(type) : ClaimType();
        look.tooltip = tr("Suggested: <b>%1</b>").arg((t.isValid() ? t.name : type).toHtmlEscaped());
        d->editor->setLook(key, look);
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

QString DocumentController::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString DocumentController::recoveryPathFor(const QString &documentPath)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    return recoveryDirectory() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

QStringList DocumentController::pendingRecoveries()
{
    QStringList result;
    const QDir dir(recoveryDirectory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".claims.json")))
            continue;
        const QString path = journalWithUnsavedWork(dir.filePath(f));
        if (!path.isEmpty())
            result.append(path);
    }
    return result;
}

bool DocumentController::hasRecovery() const
{
    return d->recoveryPending;
}

bool DocumentController::writeRecoveryJournal()
{
    if (d->path.isEmpty() || d->claimsPending)
        return false;
    QDir().mkpath(recoveryDirectory());
    const QString journal = recoveryPathFor(d->path);
    QString claimsPath = journal;
    claimsPath.replace(QLatin1String(".json"), QLatin1String(".claims.json"));
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("claimbench.recovery"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("path"), d->path);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("textModified"), isModified());
    if (isModified())
        o.insert(QStringLiteral("text"), d->editor->toPlainText());
    QString error;
    // The claims first: the journal (which points at them) is only complete when both are there.
    if (!writeAtomically(claimsPath, Sidecar::serialize(snapshot()), &error)
        || !writeAtomically(journal, QJsonDocument(o).toJson(QJsonDocument::Compact), &error)) {
        qCWarning(lcDocument) << "cannot write the recovery journal" << journal << error;
        return false;
    }
    return true;
}

bool DocumentController::recover()
{
    const QString journal = recoveryPathFor(d->path);
    QString claimsPath = journal;
    claimsPath.replace(QLatin1String(".json"), QLatin1String(".claims.json"));
    const QJsonObject o = QJsonDocument::fromJson(readAll(journal)).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("claimbench.recovery")) {
        discardRecovery();
        return false;
    }
    const Sidecar::ReadResult r = Sidecar::read(claimsPath);
    d->loading = true;
    QString text = d->editor->toPlainText();
    if (o.value(QStringLiteral("textModified")).toBool()) {
        text = o.value(QStringLiteral("text")).toString();
        d->editor->setDocumentText(text);
    }
    ClaimSetData data = r.data;
    d->anchoring = reanchor(text, data.claims);
    data.sortClaims();
    d->undo->clear();
    d->lastText = nullptr;
    d->editor->document()->clearUndoRedoStacks();
    d->claims->setData(data);
    d->loadAnchors(text, data.claims);
    d->loading = false;
    if (o.value(QStringLiteral("textModified")).toBool())
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
    if (d->path.isEmpty())
        return;
    const QString journal = recoveryPathFor(d->path);
    QString claimsPath = journal;
    claimsPath.replace(QLatin1String(".json"), QLatin1String(".claims.json"));
    QFile::remove(journal);
    QFile::remove(claimsPath);
    d->recoveryPending = false;
}

void DocumentController::checkExternalChanges()
{
    if (d->path.isEmpty() || d->claimsPending)
        return;
    d->watch(); // an atomic replace drops the watch: put it back
    bool ok = false;
    const QByteArray doc = readAll(d->path, &ok);
    ExternalChange what = ExternalChange::None;
    if (ok) {
        const QByteArray h = sha256(doc);
        if (h != d->diskDocHash && h != d->ignoredDocHash && h != d->pendingDocHash) {
            d->pendingDocHash = h;
            what = ExternalChange::Document;
        }
    }
    // Another writer's claims are merged with ours at once (nothing to ask: nobody's work is lost).
    syncSidecar();
    if (what != ExternalChange::None)
        Q_EMIT externallyChanged(what);
}

AnchorSummary DocumentController::reloadFromDisk()
{
    ClaimSetData data = snapshot();
    QString text = d->editor->toPlainText();
    bool textChanged = false;
    bool ok = false;
    const QByteArray bytes = readAll(d->path, &ok);
    if (ok && sha256(bytes) != d->diskDocHash) {
        const DecodedText decoded = decodeText(bytes);
        text = decoded.text;
        d->diskDocHash = sha256(bytes);
        d->encoding = decoded.encoding;
        d->textReadOnlyReason = decoded.ok() ? QString()
                                             : tr("%1 cannot be decoded without changing it (%2), so it is opened "
                                                  "read-only: saving would corrupt it.")
                                                   .arg(QFileInfo(d->path).fileName(), decoded.error);
        textChanged = true;
        data.document = identifyDocument(d->path, bytes, decoded);
        data.document.length = codePointLength(text);
    }
    d->pendingDocHash.clear();
    d->pendingSidecarHash.clear();
    d->loading = true;
    d->anchoring = reanchor(text, data.claims);
    data.sortClaims();
    if (textChanged)
        d->editor->setDocumentText(text);
    d->undo->clear();
    d->lastText = nullptr;
    d->editor->document()->clearUndoRedoStacks();
    d->claims->setData(data);
    d->loadAnchors(text, data.claims);
    if (textChanged)
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
    if (!d->pendingDocHash.isEmpty()) {
        d->ignoredDocHash = d->pendingDocHash;
        d->editor->document()->setModified(true); // the next save writes our version
    }
    d->pendingDocHash.clear();
}

void DocumentController::setReviewer(const QString &name)
{
    d->claims->setAuthor(name);
}

} // namespace Claimbench
