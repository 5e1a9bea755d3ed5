// SPDX-License-Identifier: GPL-2.0-or-later
#include "inspector.h"

#include "claimset.h"
#include "documentcontroller.h"
#include "labels.h"
#include "pluginmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Claimbench {

struct SourceDialog::Fields {
    QLineEdit *url = nullptr;
    QLineEdit *title = nullptr;
    QLineEdit *publisher = nullptr;
    QCheckBox *hasAccessed = nullptr;
    QDateEdit *accessed = nullptr;
    QLineEdit *archive = nullptr;
    QPlainTextEdit *excerpt = nullptr;
    QPlainTextEdit *note = nullptr;
};

SourceDialog::SourceDialog(const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_fields(std::make_shared<Fields>())
    , m_source(source)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(tr("Source"));
    auto *form = new QFormLayout;
    auto &f = *m_fields;
    f.url = new QLineEdit(source.url, this);
    f.url->setPlaceholderText(QStringLiteral("https://"));
    f.title = new QLineEdit(source.title, this);
    f.publisher = new QLineEdit(source.publisher, this);
    f.hasAccessed = new QCheckBox(tr("Accessed on"), this);
    f.accessed = new QDateEdit(source.accessed.isValid() ? source.accessed : QDate::currentDate(), this);
    f.accessed->setCalendarPopup(true);
    f.hasAccessed->setChecked(source.accessed.isValid() || source.url.isEmpty());
    f.archive = new QLineEdit(source.archiveUrl, this);
    f.archive->setPlaceholderText(tr("e.g. a Wayback Machine link"));
    f.excerpt = new QPlainTextEdit(source.excerpt, this);
    f.excerpt->setTabChangesFocus(true);
    f.excerpt->setFixedHeight(70);
    f.note = new QPlainTextEdit(source.note, this);
    f.note->setTabChangesFocus(true);
    f.note->setFixedHeight(50);
    form->addRow(tr("&URL:"), f.url);
    form->addRow(tr("&Title:"), f.title);
    form->addRow(tr("&Publisher:"), f.publisher);
    auto *accessedRow = new QHBoxLayout;
    accessedRow->addWidget(f.hasAccessed);
    accessedRow->addWidget(f.accessed, 1);
    form->addRow(tr("Accessed:"), accessedRow);
    form->addRow(tr("&Archive link:"), f.archive);
    form->addRow(tr("&Excerpt:"), f.excerpt);
    form->addRow(tr("&Note:"), f.note);
    for (QWidget *w : {static_cast<QWidget *>(f.url), static_cast<QWidget *>(f.title), static_cast<QWidget *>(f.publisher),
                       static_cast<QWidget *>(f.archive), static_cast<QWidget *>(f.excerpt), static_cast<QWidget *>(f.note)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            w->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    f.accessed->setAccessibleName(tr("Accessed date"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 360);
}

Source SourceDialog::source() const
{
    Source s = m_source;
    const auto &f = *m_fields;
    s.url = f.url->text().trimmed();
    s.title = f.title->text().trimmed();
    s.publisher = f.publisher->text().trimmed();
    s.accessed = f.hasAccessed->isChecked() ? f.accessed->date() : QDate();
    s.archiveUrl = f.archive->text().trimmed();
    s.excerpt = f.excerpt->toPlainText();
    s.note = f.note->toPlainText();
    return s;
}

QLineEdit *SourceDialog::urlField() const
{
    return m_fields->url;
}

QLineEdit *SourceDialog::titleField() const
{
    return m_fields->title;
}

namespace {

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return v.toString().left(80);
    case QJsonValue::Bool:
        return v.toBool() ? Inspector::tr("yes") : Inspector::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble());
    case QJsonValue::Array:
        return Inspector::tr("%n item(s)", nullptr, int(v.toArray().size()));
    case QJsonValue::Object:
        return v.toObject().value(QStringLiteral("exact")).toString().left(60);
    }
    return {};
}
} // namespace

class InspectorPrivate
{
public:
    Inspector *q = nullptr;
    DocumentController *controller = nullptr;
    QUuid id;
    bool updating = false;
    QWidget *page = nullptr;
    QLabel *empty = nullptr;
    QWidget *content = nullptr;
    QLabel *quote = nullptr;
    QLabel *reReview = nullptr;   // "the claimed text changed after the verdict"
    QGroupBox *conflictsBox = nullptr;
    QVBoxLayout *conflictsLayout = nullptr;
    QComboBox *type = nullptr;
    QComboBox *status = nullptr;
    QComboBox *verdict = nullptr;
    QGroupBox *fieldsBox = nullptr;
    QFormLayout *fieldsForm = nullptr;
    QGroupBox *checklistBox = nullptr;
    QVBoxLayout *checklistLayout = nullptr;
    QLabel *guidance = nullptr;
    QListWidget *sources = nullptr;
    QPlainTextEdit *notes = nullptr;
    QTimer notesTimer;
    QUuid notesFor; // the claim whose notes were typed and not yet committed (null: nothing pending)
    QTreeWidget *history = nullptr;
    QString builtForType;

    Claim claim() const { return controller->claims()->claim(id); }

    void set(const QString &field, const QJsonValue &value)
    {
        if (updating || id.isNull())
            return;
        // Whatever was typed goes first: the change below reloads the form from the model.
        commitPending();
        controller->setField(id, field, value);
    }

    // The value a field's line edit stands for (empty: cleared; numbers in the locale's or C notation).
    static QJsonValue lineEditValue(const QLineEdit *e, FieldDefinition::Kind kind)
    {
        const QString t = e->text().trimmed();
        if (t.isEmpty())
            return QJsonValue(QJsonValue::Null);
        if (kind == FieldDefinition::Number) {
            bool ok = false;
            const double n = QLocale().toDouble(t, &ok);
            const double m = ok ? n : t.toDouble(&ok);
            return ok ? QJsonValue(m) : QJsonValue(t);
        }
        return t;
    }

    // Commits text typed in the notes and in the fields' line edits that the model does not have yet.
    // Called before any other change, before the form is reloaded, and by the window before save and quit.
    void commitPending()
    {
        if (updating)
            return;
        notesTimer.stop();
        if (!notesFor.isNull()) {
            const QUuid target = notesFor;
            notesFor = QUuid();
            const Claim c = controller->claims()->claim(target);
            if (c.isValid() && c.notes != notes->toPlainText())
                controller->setField(target, QStringLiteral("notes"), notes->toPlainText());
        }
        if (id.isNull() || !controller->claims()->claim(id).isValid())
            return;
        for (int i = 0; i < fieldsForm->rowCount(); ++i) {
            auto *e = qobject_cast<QLineEdit *>(fieldsForm->itemAt(i, QFormLayout::FieldRole)->widget());
            if (!e || !e->isModified())
                continue;
            e->setModified(false);
            const QString key = e->objectName();
            const QJsonValue v = lineEditValue(e, FieldDefinition::Kind(e->property("fieldKind").toInt()));
            if (controller->claims()->field(id, key) != v)
                controller->setField(id, key, v);
        }
    }

    void buildTypeParts(const Claim &c)
    {
        // The form depends on the claim type: rebuild it only when the type changes.
        builtForType = c.claimType;
        while (fieldsForm->rowCount())
            fieldsForm->removeRow(0);
        while (QLayoutItem *item = checklistLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const ClaimType ct = controller->plugins() ? controller->plugins()->claimType(c.claimType) : ClaimType();
        for (const FieldDefinition &fd : ct.fields) {
            const QString key = QStringLiteral("fields.") + fd.name;
            const QString label = (fd.label.isEmpty() ? fd.name : fd.label) + (fd.required ? QStringLiteral(" *") : QString());
            QWidget *w = nullptr;
            switch (fd.kind) {
            case FieldDefinition::Boolean: {
                auto *b = new QCheckBox(page);
                QObject::connect(b, &QCheckBox::toggled, q, [this, key](bool on) { set(key, on); });
                w = b;
                break;
            }
            case FieldDefinition::Choice: {
                auto *b = new QComboBox(page);
                b->addItem(Inspector::tr("(not set)"), QString());
                for (const QString &choice : fd.choices)
                    b->addItem(choice, choice);
                QObject::connect(b, &QComboBox::activated, q, [this, key, b] {
                    const QString v = b->currentData().toString();
                    set(key, v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
                });
                w = b;
                break;
            }
            default: {
                auto *e = new QLineEdit(page);
                if (fd.kind == FieldDefinition::Url)
                    e->setPlaceholderText(QStringLiteral("https://"));
                else if (fd.kind == FieldDefinition::Date)
                    e->setPlaceholderText(Inspector::tr("YYYY-MM-DD"));
                else if (fd.kind == FieldDefinition::Number)
                    e->setPlaceholderText(Inspector::tr("a number"));
                e->setProperty("fieldKind", int(fd.kind));
                QObject::connect(e, &QLineEdit::editingFinished, q, [this] { commitPending(); });
                w = e;
                break;
            }
            }
            w->setObjectName(key);
            w->setAccessibleName(fd.label.isEmpty() ? fd.name : fd.label);
            fieldsForm->addRow(label, w);
        }
        fieldsBox->setVisible(!ct.fields.isEmpty());
        for (const ChecklistStep &step : ct.checklist) {
            // A check box with a wrapped label: steps are sentences, and the dock is narrow.
            auto *row = new QWidget(page);
            auto *rl = new QHBoxLayout(row);
            rl->setContentsMargins(0, 0, 0, 0);
            auto *b = new QCheckBox(row);
            b->setObjectName(QStringLiteral("checklist.") + step.id);
            b->setAccessibleName(step.text);
            auto *label = new QLabel(step.text, row);
            label->setWordWrap(true);
            label->setBuddy(b);
            rl->addWidget(b, 0, Qt::AlignTop);
            rl->addWidget(label, 1);
            const QString key = QStringLiteral("checklist.") + step.id;
            QObject::connect(b, &QCheckBox::toggled, q, [this, key](bool on) { set(key, on); });
            checklistLayout->addWidget(row);
        }
        checklistBox->setVisible(!ct.checklist.isEmpty());
        guidance->setText(ct.guidance);
        guidance->setVisible(!ct.guidance.isEmpty());
    }

    void load()
    {
        // Never overwrite what was typed with the model's older text: commit it first (that change reloads us).
        if (!updating && (!notesFor.isNull() || hasModifiedLineEdit())) {
            commitPending();
        }
        const Claim c = claim();
        empty->setVisible(!c.isValid());
        content->setVisible(c.isValid());
        if (!c.isValid())
            return;
        updating = true;
        if (c.claimType != builtForType)
            buildTypeParts(c);
        reReview->setVisible(!c.reReview.isEmpty());
        buildConflicts(c);
        QString text = c.quote.exact.simplified();
        if (text.size() > 300)
            text = text.left(298) + QChar(0x2026);
        quote->setText(c.isOrphan() ? Inspector::tr("<b>Orphan</b> (its text is gone): “%1”").arg(text.toHtmlEscaped())
                                    : QStringLiteral("“%1”").arg(text.toHtmlEscaped()));
        // Type list: the plugins' types plus this claim's own (possibly unknown) type.
        type->clear();
        if (controller->plugins()) {
            for (const ClaimType &ct : controller->plugins()->claimTypes())
                type->addItem(ct.name, ct.id);
        }
        if (type->findData(c.claimType) < 0)
            type->addItem(c.claimType, c.claimType);
        type->setCurrentIndex(type->findData(c.claimType));
        status->setCurrentIndex(status->findData(statusToString(c.status)));
        verdict->clear();
        verdict->addItem(Inspector::tr("(no verdict)"), QString());
        for (const RatingLevel &l : controller->claims()->data().ratingScale.levels)
            verdict->addItem(l.label, l.id);
        if (verdict->findData(c.verdict) < 0)
            verdict->addItem(c.verdict, c.verdict);
        verdict->setCurrentIndex(verdict->findData(c.verdict));
        for (int i = 0; i < fieldsForm->rowCount(); ++i) {
            QWidget *w = fieldsForm->itemAt(i, QFormLayout::FieldRole)->widget();
            const QJsonValue v = c.fields.value(w->objectName().mid(7));
            if (auto *e = qobject_cast<QLineEdit *>(w))
                e->setText(v.isDouble() ? QLocale().toString(v.toDouble()) : v.toString());
            else if (auto *b = qobject_cast<QCheckBox *>(w))
                b->setChecked(v.toBool());
            else if (auto *b = qobject_cast<QComboBox *>(w))
                b->setCurrentIndex(std::max(0, b->findData(v.toString())));
        }
        for (QCheckBox *b : checklistBox->findChildren<QCheckBox *>())
            b->setChecked(c.checklist.value(b->objectName().mid(10)));
        sources->clear();
        for (const Source &s : c.sources) {
            auto *item = new QListWidgetItem(s.title.isEmpty() ? s.url : QStringLiteral("%1 — %2").arg(s.title, s.url), sources);
            item->setToolTip(s.excerpt.isEmpty() ? s.url : s.excerpt);
        }
        if (!notes->hasFocus() || notes->toPlainText() != c.notes) {
            if (notes->toPlainText() != c.notes)
                notes->setPlainText(c.notes);
        }
        history->clear();
        for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
            auto *item = new QTreeWidgetItem(history, {QLocale().toString(it->when.toLocalTime(), QLocale::ShortFormat),
                                                       it->author, fieldLabel(it->field),
                                                       QStringLiteral("%1 → %2").arg(historyValue(*it, it->from), historyValue(*it, it->to))});
            item->setToolTip(3, item->text(3));
        }
        updating = false;
    }

    // One row per conflicting field: both values and a button for each (another writer changed the same field).
    void buildConflicts(const Claim &c)
    {
        while (QLayoutItem *item = conflictsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        conflictsBox->setVisible(!c.conflicts.isEmpty());
        for (const FieldConflict &conflict : c.conflicts) {
            auto *row = new QWidget(conflictsBox);
            auto *rl = new QVBoxLayout(row);
            rl->setContentsMargins(0, 0, 0, 0);
            const bool removed = conflict.field == QLatin1String("removed");
            auto *label = new QLabel(row);
            label->setWordWrap(true);
            label->setText(removed ? Inspector::tr("Another reviewer removed this claim while it was changed here.")
                                   : Inspector::tr("<b>%1</b>: here “%2”, another reviewer “%3”.")
                                         .arg(fieldLabel(conflict.field).toHtmlEscaped(),
                                              valueLabel(conflict.field, conflict.mine).toHtmlEscaped(),
                                              valueLabel(conflict.field, conflict.theirs).toHtmlEscaped()));
            rl->addWidget(label);
            auto *buttons = new QHBoxLayout;
            auto *mine = new QPushButton(removed ? Inspector::tr("Keep the claim") : Inspector::tr("Keep this one"), row);
            auto *theirs = new QPushButton(removed ? Inspector::tr("Remove it") : Inspector::tr("Use theirs"), row);
            mine->setObjectName(QStringLiteral("keepMine.") + conflict.field);
            theirs->setObjectName(QStringLiteral("useTheirs.") + conflict.field);
            const QString field = conflict.field;
            const QJsonValue mineValue = removed ? QJsonValue(true) : conflict.mine;
            const QJsonValue theirsValue = removed ? QJsonValue(false) : conflict.theirs;
            const QUuid claimId = c.id;
            QObject::connect(mine, &QPushButton::clicked, q, [this, claimId, field, mineValue] {
                controller->resolveConflict(claimId, field, mineValue);
            });
            QObject::connect(theirs, &QPushButton::clicked, q, [this, claimId, field, theirsValue] {
                controller->resolveConflict(claimId, field, theirsValue);
            });
            buttons->addWidget(mine);
            buttons->addWidget(theirs);
            buttons->addStretch(1);
            rl->addLayout(buttons);
            conflictsLayout->addWidget(row);
        }
    }

    // A history value as people read it: statuses and verdicts by their labels.
    QString historyValue(const HistoryEntry &e, const QJsonValue &v) const { return valueLabel(e.field, v); }
    QString valueLabel(const QString &field, const QJsonValue &v) const
    {
        if (field == QLatin1String("status") && v.isString())
            return statusLabel(v.toString());
        if (field == QLatin1String("verdict") && v.isString()) {
            const RatingLevel level = controller->claims()->data().ratingScale.level(v.toString());
            return level.id.isEmpty() ? v.toString() : level.label;
        }
        return jsonText(v);
    }

    bool hasModifiedLineEdit() const
    {
        for (int i = 0; i < fieldsForm->rowCount(); ++i) {
            auto *e = qobject_cast<QLineEdit *>(fieldsForm->itemAt(i, QFormLayout::FieldRole)->widget());
            if (e && e->isModified())
                return true;
        }
        return false;
    }

    QJsonArray sourcesJson(const QList<Source> &list) const
    {
        QJsonArray a;
        for (const Source &s : list)
            a.append(sourceToJson(s));
        return a;
    }

    void editSource(int row)
    {
        Claim c = claim();
        if (!c.isValid())
            return;
        const bool adding = row < 0 || row >= c.sources.size();
        QPointer<SourceDialog> dialog = new SourceDialog(adding ? Source() : c.sources.at(row), q);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        const int result = dialog->exec();
        if (!dialog)
            return;
        const Source s = dialog->source();
        delete dialog;
        if (result != QDialog::Accepted || (s.url.isEmpty() && s.title.isEmpty()))
            return;
        c = claim();
        if (adding)
            c.sources.append(s);
        else if (row < c.sources.size())
            c.sources[row] = s;
        set(QStringLiteral("sources"), sourcesJson(c.sources));
    }
};

Inspector::Inspector(DocumentController *controller, QWidget *parent)
    : QScrollArea(parent)
    , d(std::make_unique<InspectorPrivate>())
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Claim inspector"));
    d->q = this;
    d->controller = controller;
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    d->page = new QWidget(this);
    auto *outer = new QVBoxLayout(d->page);
    d->empty = new QLabel(tr("Select a claim in the text or in the claims list, or select text and press %1 to mark one.")
                              .arg(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)),
                          d->page);
    d->empty->setWordWrap(true);
    d->empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    outer->addWidget(d->empty);
    d->content = new QWidget(d->page);
    outer->addWidget(d->content, 1);
    auto *layout = new QVBoxLayout(d->content);
    layout->setContentsMargins(0, 0, 0, 0);
    d->quote = new QLabel(d->content);
    d->quote->setWordWrap(true);
    d->quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->quote);
    d->reReview = new QLabel(d->content);
    d->reReview->setObjectName(QStringLiteral("reReview"));
    d->reReview->setWordWrap(true);
    d->reReview->setText(tr("<b>Check again:</b> the claimed text changed after it was rated or done. "
                            "Setting the status or the verdict again clears this."));
    d->reReview->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
                                              " border-radius: 3px; padding: 4px; }"));
    layout->addWidget(d->reReview);
    d->conflictsBox = new QGroupBox(tr("Conflicting changes"), d->content);
    d->conflictsBox->setObjectName(QStringLiteral("conflicts"));
    d->conflictsBox->setStyleSheet(QStringLiteral("QGroupBox#conflicts { border: 1px solid #d9534f; border-radius: 3px;"
                                                  " margin-top: 1.2em; padding-top: 4px; }"
                                                  " QGroupBox#conflicts::title { color: #a94442; subcontrol-origin: margin;"
                                                  " left: 6px; }"));
    d->conflictsLayout = new QVBoxLayout(d->conflictsBox);
    layout->addWidget(d->conflictsBox);

    auto *form = new QFormLayout;
    d->type = new QComboBox(d->content);
    d->type->setAccessibleName(tr("Claim type"));
    d->status = new QComboBox(d->content);
    d->status->setAccessibleName(tr("Status"));
    for (ClaimStatus s : {ClaimStatus::Open, ClaimStatus::InProgress, ClaimStatus::NeedsSecondReview, ClaimStatus::Done,
                          ClaimStatus::Dismissed})
        d->status->addItem(statusLabel(s), statusToString(s));
    d->verdict = new QComboBox(d->content);
    d->verdict->setAccessibleName(tr("Verdict"));
    form->addRow(tr("&Type:"), d->type);
    form->addRow(tr("&Status:"), d->status);
    form->addRow(tr("&Verdict:"), d->verdict);
    layout->addLayout(form);
    connect(d->type, &QComboBox::activated, this, [this] { d->set(QStringLiteral("claimType"), d->type->currentData().toString()); });
    connect(d->status, &QComboBox::activated, this, [this] { d->set(QStringLiteral("status"), d->status->currentData().toString()); });
    connect(d->verdict, &QComboBox::activated, this, [this] {
        const QString v = d->verdict->currentData().toString();
        d->set(QStringLiteral("verdict"), v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    });

    d->guidance = new QLabel(d->content);
    d->guidance->setWordWrap(true);
    d->guidance->setTextFormat(Qt::MarkdownText);
    layout->addWidget(d->guidance);
    d->fieldsBox = new QGroupBox(tr("Fields"), d->content);
    d->fieldsForm = new QFormLayout(d->fieldsBox);
    layout->addWidget(d->fieldsBox);
    d->checklistBox = new QGroupBox(tr("Verification checklist"), d->content);
    d->checklistLayout = new QVBoxLayout(d->checklistBox);
    layout->addWidget(d->checklistBox);

    auto *sourcesBox = new QGroupBox(tr("Sources"), d->content);
    auto *sl = new QVBoxLayout(sourcesBox);
    d->sources = new QListWidget(sourcesBox);
    d->sources->setAccessibleName(tr("Sources"));
    d->sources->setMaximumHeight(80);
    sl->addWidget(d->sources);
    auto *sb = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &accessible, auto slot) {
        auto *b = new QToolButton(sourcesBox);
        b->setText(text);
        b->setToolTip(accessible);
        b->setAutoRaise(false);
        b->setAccessibleName(accessible);
        connect(b, &QToolButton::clicked, this, slot);
        sb->addWidget(b);
        return b;
    };
    button(tr("&Add…"), tr("Add source"), [this] { addSource(); });
    button(tr("&Edit…"), tr("Edit source"), [this] { d->editSource(d->sources->currentRow()); });
    button(tr("Remove"), tr("Remove source"), [this] {
        Claim c = d->claim();
        const int row = d->sources->currentRow();
        if (row >= 0 && row < c.sources.size()) {
            c.sources.removeAt(row);
            d->set(QStringLiteral("sources"), d->sourcesJson(c.sources));
        }
    });
    button(tr("Open"), tr("Open source in browser"), [this] {
        const Claim c = d->claim();
        const int row = d->sources->currentRow();
        if (row >= 0 && row < c.sources.size())
            QDesktopServices::openUrl(QUrl(c.sources[row].url));
    });
    button(tr("Archive"), tr("Open archived copy"), [this] {
        const Claim c = d->claim();
        const int row = d->sources->currentRow();
        if (row >= 0 && row < c.sources.size()) {
            const Source &s = c.sources[row];
            QDesktopServices::openUrl(QUrl(s.archiveUrl.isEmpty() ? QStringLiteral("https://web.archive.org/web/*/") + s.url
                                                                  : s.archiveUrl));
        }
    });
    sl->addLayout(sb);
    connect(d->sources, &QListWidget::itemActivated, this, [this] { d->editSource(d->sources->currentRow()); });
    layout->addWidget(sourcesBox);

    auto *notesBox = new QGroupBox(tr("Notes (Markdown)"), d->content);
    auto *nl = new QVBoxLayout(notesBox);
    d->notes = new QPlainTextEdit(notesBox);
    d->notes->setAccessibleName(tr("Notes"));
    d->notes->setTabChangesFocus(true);
    d->notes->setMinimumHeight(80);
    d->notes->setMaximumHeight(140);
    nl->addWidget(d->notes);
    layout->addWidget(notesBox);
    d->notesTimer.setSingleShot(true);
    d->notesTimer.setInterval(600);
    connect(&d->notesTimer, &QTimer::timeout, this, [this] { d->commitPending(); });
    connect(d->notes, &QPlainTextEdit::textChanged, this, [this] {
        if (d->updating)
            return;
        d->notesFor = d->id;
        d->notesTimer.start();
    });
    d->notes->installEventFilter(this);

    auto *historyBox = new QGroupBox(tr("History"), d->content);
    auto *hl = new QVBoxLayout(historyBox);
    d->history = new QTreeWidget(historyBox);
    d->history->setAccessibleName(tr("History"));
    d->history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    d->history->setRootIsDecorated(false);
    d->history->setMinimumHeight(90);
    d->history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->history->header()->setStretchLastSection(true);
    d->history->setWordWrap(false);
    hl->addWidget(d->history);
    layout->addWidget(historyBox);
    auto *remove = new QPushButton(tr("Remove claim"), d->content);
    remove->setAccessibleName(tr("Remove this claim"));
    connect(remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(d->id); });
    layout->addWidget(remove, 0, Qt::AlignRight);
    layout->addStretch(1);
    setWidget(d->page);

    connect(controller->claims(), &ClaimSet::claimChanged, this, [this](const QUuid &id) {
        if (id == d->id)
            d->load();
    });
    connect(controller->claims(), &ClaimSet::claimMoved, this, [this](const QUuid &id) {
        if (id == d->id)
            d->load();
    });
    connect(controller->claims(), &ClaimSet::claimRemoved, this, [this](const QUuid &id) {
        if (id == d->id)
            d->load();
    });
    connect(controller->claims(), &ClaimSet::claimAdded, this, [this](const QUuid &id) {
        if (id == d->id)
            d->load();
    });
    connect(controller, &DocumentController::aboutToSave, this, [this] { d->commitPending(); });
    connect(controller->claims(), &ClaimSet::ratingScaleChanged, this, [this] { d->load(); });
    connect(controller->claims(), &ClaimSet::reset, this, [this] {
        d->builtForType = QStringLiteral("\x01");
        d->load();
    });
    d->builtForType = QStringLiteral("\x01");
    d->load();
}

Inspector::~Inspector() = default;

void Inspector::setClaim(const QUuid &id)
{
    d->commitPending();
    d->id = id;
    d->load();
}

void Inspector::commitPendingEdits()
{
    d->commitPending();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->notes && event->type() == QEvent::FocusOut)
        d->commitPending();
    return QScrollArea::eventFilter(watched, event);
}

QUuid Inspector::claim() const
{
    return d->id;
}

void Inspector::focusFirst()
{
    d->status->setFocus(Qt::OtherFocusReason);
}

QComboBox *Inspector::typeBox() const
{
    return d->type;
}

QComboBox *Inspector::statusBox() const
{
    return d->status;
}

QComboBox *Inspector::verdictBox() const
{
    return d->verdict;
}

QListWidget *Inspector::sourcesList() const
{
    return d->sources;
}

QPlainTextEdit *Inspector::notesEdit() const
{
    return d->notes;
}

QTreeWidget *Inspector::historyView() const
{
    return d->history;
}

void Inspector::addSource()
{
    d->editSource(-1);
}

} // namespace Claimbench
