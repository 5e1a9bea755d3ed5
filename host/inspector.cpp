// SPDX-License-Identifier: GPL-2.0-or-later
#include "inspector.h"

#include "claimset.h"
#include "completeness.h"
#include "desk.h"
#include "deskview.h"
#include "documentcontroller.h"
#include "labels.h"
#include "pluginmanager.h"
#include "readabletext.h"
#include "settings.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QValidator>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <cmath>

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

// A number field takes only what can be part of a number (digits, signs, separators, an exponent): letters are
// not typable. Whether the whole text is a number is checked when it is committed (checkFieldText()).
class NumberValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        const QLocale l;
        const QString extra = l.decimalPoint() + l.groupSeparator() + l.negativeSign() + l.positiveSign() + l.exponential();
        for (const QChar ch : std::as_const(input)) {
            if (!ch.isDigit() && !ch.isSpace() && !QStringLiteral("+-.,eE'").contains(ch) && !extra.contains(ch))
                return Invalid;
        }
        return Acceptable;
    }
};

// A field's text checked against its kind: the value to store (null when empty) or why it is refused.
struct CheckedText {
    bool ok = false;
    QJsonValue value;
    QString message;
};

CheckedText checkFieldText(const QString &text, FieldDefinition::Kind kind)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {true, QJsonValue(QJsonValue::Null), {}};
    switch (kind) {
    case FieldDefinition::Number: {
        bool ok = false;
        const double n = QLocale().toDouble(t, &ok);
        const double m = ok ? n : t.toDouble(&ok);
        if (ok && std::isfinite(m))
            return {true, QJsonValue(m), {}};
        return {false, {}, Inspector::tr("“%1” is not a number.").arg(t)};
    }
    case FieldDefinition::Date: {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (iso.match(t).hasMatch() && QDate::fromString(t, Qt::ISODate).isValid())
            return {true, QJsonValue(t), {}};
        return {false, {}, Inspector::tr("“%1” is not a date: type it as YYYY-MM-DD (e.g. 2024-03-31) or pick it "
                                         "from the calendar.").arg(t)};
    }
    case FieldDefinition::Url: {
        const QUrl url(t, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
            return {true, QJsonValue(t), {}};
        return {false, {}, Inspector::tr("“%1” is not a web address: it must start with http:// or https://.").arg(t)};
    }
    default:
        return {true, QJsonValue(t), {}};
    }
}

// The inspector's sections and their shortcuts (Alt+Shift: the window uses Alt+digits, Alt+Z and the menus'
// Alt+letters; none of its actions uses Alt+Shift).
struct SectionKey {
    Inspector::Section section;
    Qt::Key key;
    const char *name;
};
constexpr SectionKey SectionKeys[] = {
    {Inspector::Section::Fields, Qt::Key_F, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Fields")},
    {Inspector::Section::Checklist, Qt::Key_C, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Checklist")},
    {Inspector::Section::Sources, Qt::Key_S, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Sources")},
    {Inspector::Section::Notes, Qt::Key_N, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Notes")},
    {Inspector::Section::History, Qt::Key_H, QT_TRANSLATE_NOOP("Claimbench::Inspector", "History")},
};

// How the editor draws a claim (host/claimeditor.cpp, ClaimEditorPrivate::paintRect): by status a fill and an
// underline in the claim type's colour; suggestions dotted; the selected claim outlined. The legend draws the
// same, and says it in words.
enum class Look { Open, InProgress, SecondReview, Done, Dismissed, Suggestion, Selected };
struct LegendEntry {
    Look look;
    const char *style;
    const char *meaning;
};
constexpr LegendEntry Legend[] = {
    {Look::Open, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Underlined"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "Open: marked, not checked yet")},
    {Look::InProgress, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Lightly filled, underlined"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "In progress")},
    {Look::SecondReview, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Lightly filled, dashed underline"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "Needs second review")},
    {Look::Done, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Filled"), QT_TRANSLATE_NOOP("Claimbench::Inspector", "Done")},
    {Look::Dismissed, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Grey dotted underline"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "Dismissed")},
    {Look::Suggestion, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Dotted underline"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "A detector's suggestion, not a claim yet: accept or dismiss it")},
    {Look::Selected, QT_TRANSLATE_NOOP("Claimbench::Inspector", "Outlined"),
     QT_TRANSLATE_NOOP("Claimbench::Inspector", "The claim shown in the inspector")},
};

QPixmap legendSwatch(Look look, const QColor &colour, const QWidget *w)
{
    const QFontMetrics fm(w->font());
    const QString word = Inspector::tr("claim");
    const QSize size(fm.horizontalAdvance(word) + 10, fm.height() + 6);
    const qreal dpr = w->devicePixelRatioF();
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(4, 2, size.width() - 8, fm.height() + 1);
    int alpha = 0;
    if (look == Look::Done)
        alpha = 90;
    else if (look == Look::InProgress || look == Look::SecondReview)
        alpha = 40;
    if (alpha) {
        QColor fill = colour;
        fill.setAlpha(alpha);
        p.fillRect(r, fill);
    }
    p.setPen(w->palette().color(QPalette::Text));
    p.setFont(w->font());
    p.drawText(r, Qt::AlignCenter, word);
    QPen pen(colour, 2.0);
    pen.setCapStyle(Qt::FlatCap);
    switch (look) {
    case Look::SecondReview:
        pen.setStyle(Qt::DashLine);
        break;
    case Look::Dismissed:
        pen.setColor(w->palette().color(QPalette::PlaceholderText));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.0);
        break;
    case Look::Suggestion:
        pen.setStyle(Qt::DotLine);
        break;
    default:
        break;
    }
    if (look != Look::Done) {
        const qreal y = r.bottom() - 1.5;
        p.setPen(pen);
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    if (look == Look::Selected) {
        p.setPen(QPen(colour, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 3, 3);
    }
    return pm;
}

} // namespace

class InspectorPrivate
{
public:
    // One field of the claim type's form: its editor (the focus widget) and, for typed text, the line edit and
    // the message that says why a value was refused.
    struct FieldEditor {
        QString key; // "fields.NAME"
        FieldDefinition::Kind kind = FieldDefinition::Text;
        QWidget *editor = nullptr;
        QLineEdit *line = nullptr;
        QLabel *message = nullptr;
    };

    Inspector *q = nullptr;
    DocumentController *controller = nullptr;
    QUuid id;
    bool updating = false;
    QWidget *page = nullptr;
    QWidget *emptyState = nullptr;
    QLabel *empty = nullptr;
    QWidget *content = nullptr;
    QLabel *quote = nullptr;
    QLabel *reReview = nullptr;   // "the claimed text changed after the verdict"
    QGroupBox *conflictsBox = nullptr;
    QVBoxLayout *conflictsLayout = nullptr;
    QComboBox *type = nullptr;
    QComboBox *status = nullptr;
    QComboBox *verdict = nullptr;
    QFrame *done = nullptr;         // "Done needs: …" and "Mark done anyway"
    QLabel *doneText = nullptr;
    QLineEdit *doneReason = nullptr;
    QPushButton *doneAnyway = nullptr;
    QUuid doneAskedFor;             // the claim whose Done was asked for and is not complete
    // The fact-check as it is published (ClaimReview) and the desk's workflow.
    QGroupBox *factBox = nullptr;
    QLineEdit *statement = nullptr;
    QLabel *statementHint = nullptr; // "42 of 75 characters"
    QLineEdit *claimantName = nullptr;
    QLineEdit *claimantRole = nullptr;
    QCheckBox *claimantOrganisation = nullptr;
    QLineEdit *conclusion = nullptr;
    QLineEdit *appearanceUrl = nullptr;
    QLineEdit *appearanceDate = nullptr;
    QLabel *factMessage = nullptr; // why an appearance URL or date was refused
    QLineEdit *assignee = nullptr;
    QPushButton *approve = nullptr;
    QLabel *approval = nullptr; // who approved it, or why it may not be published yet
    QGroupBox *fieldsBox = nullptr;
    QFormLayout *fieldsForm = nullptr;
    QList<FieldEditor> fieldEditors;
    QGroupBox *checklistBox = nullptr;
    QVBoxLayout *checklistLayout = nullptr;
    QList<QCheckBox *> checklistBoxes;
    QLabel *guidance = nullptr;
    QGroupBox *sourcesBox = nullptr;
    QListWidget *sources = nullptr;
    QGroupBox *notesBox = nullptr;
    QPlainTextEdit *notes = nullptr;
    QTimer notesTimer;
    QUuid notesFor; // the claim whose notes were typed and not yet committed (null: nothing pending)
    QGroupBox *historyBox = nullptr;
    QTreeWidget *history = nullptr;
    QPushButton *remove = nullptr;
    QString builtForType;

    Claim claim() const { return controller->claims()->claim(id); }
    ClaimType claimType(const QString &typeId) const
    {
        return controller->plugins() ? controller->plugins()->claimType(typeId) : ClaimType();
    }

    void set(const QString &field, const QJsonValue &value)
    {
        if (updating || id.isNull())
            return;
        // Whatever was typed goes first: the change below reloads the form from the model.
        commitPending();
        controller->setField(id, field, value);
    }

    // Commits text typed in the notes and in the fields' line edits that the model does not have yet.
    // Called before any other change, before the form is reloaded, and by the window before save and quit.
    // A field's text its kind refuses is not stored: it stays, with a message saying why, until it is corrected
    // or another claim is shown.
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
        commitFactCheck();
        const QList<FieldEditor> editors = fieldEditors; // setField() below reloads the form
        for (const FieldEditor &fe : editors) {
            if (!fe.line || !fe.line->isModified())
                continue;
            const CheckedText checked = checkFieldText(fe.line->text(), fe.kind);
            showFieldMessage(fe, checked.message);
            if (!checked.ok)
                continue;
            fe.line->setModified(false);
            if (controller->claims()->field(id, fe.key) != checked.value) {
                // A quote's speaker is its claimant, while nobody has named one
                const Claim before = controller->claims()->claim(id);
                const bool speaker = fe.key == QLatin1String("fields.speaker") && before.claimant.name.isEmpty()
                    && checked.value.isString();
                QUndoStack *stack = controller->undoStack();
                if (speaker)
                    stack->beginMacro(Inspector::tr("Set speaker"));
                controller->setField(id, fe.key, checked.value);
                if (speaker) {
                    Claimant claimant = before.claimant;
                    claimant.name = checked.value.toString();
                    controller->setField(id, QStringLiteral("claimant"), claimantToJson(claimant));
                    stack->endMacro();
                }
            }
        }
    }

    // The fact-check's line edits typed into and not yet in the model: each its own undoable step (the claimant's
    // name, role and kind are one: the sidecar's "claimant"). An appearance URL or date that is not one is
    // refused, with the reason, like a field's.
    void commitFactCheck()
    {
        const Claim c = controller->claims()->claim(id);
        auto text = [](QLineEdit *e) {
            const QString t = e->text().trimmed();
            return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
        };
        for (const auto &[edit, field] : {std::pair{statement, "statement"}, std::pair{conclusion, "conclusion"},
                                          std::pair{assignee, "assignee"}}) {
            if (!edit->isModified())
                continue;
            edit->setModified(false);
            const QString name = QLatin1String(field);
            if (controller->claims()->field(id, name) != text(edit))
                controller->setField(id, name, text(edit));
        }
        if (claimantName->isModified() || claimantRole->isModified()) {
            claimantName->setModified(false);
            claimantRole->setModified(false);
            Claimant claimant = controller->claims()->claim(id).claimant;
            claimant.name = claimantName->text().trimmed();
            claimant.role = claimantRole->text().trimmed();
            if (!(claimant == c.claimant))
                controller->setField(id, QStringLiteral("claimant"), claimantToJson(claimant));
        }
        if (appearanceUrl->isModified() || appearanceDate->isModified()) {
            const CheckedText url = checkFieldText(appearanceUrl->text(), FieldDefinition::Url);
            const CheckedText date = checkFieldText(appearanceDate->text(), FieldDefinition::Date);
            const QString problem = !url.ok ? url.message : date.message;
            showFactMessage(problem);
            if (!problem.isEmpty())
                return;
            appearanceUrl->setModified(false);
            appearanceDate->setModified(false);
            Appearance a = controller->claims()->claim(id).appearance;
            a.url = url.value.toString();
            a.date = QDate::fromString(date.value.toString(), Qt::ISODate);
            if (!(a == controller->claims()->claim(id).appearance))
                controller->setField(id, QStringLiteral("appearance"), appearanceToJson(a));
        }
    }

    void showFactMessage(const QString &message)
    {
        factMessage->setText(message);
        factMessage->setVisible(!message.isEmpty());
    }

    // "Approve": the reviewer's approval, one undoable step; refused, with the reason, when the claim needs a
    // second reviewer (its desk file, else Preferences, or its status) and this one marked the claim or set its
    // verdict: approveInWorkbench(), the desk view's path for an open article too.
    void approveClaim()
    {
        if (updating || id.isNull())
            return;
        commitPending();
        const QString refusal =
            approveInWorkbench(controller, id, controller->claims()->author(), Settings().requireSecondReview());
        if (!refusal.isEmpty()) {
            approval->setText(refusal.toHtmlEscaped());
            approval->setStyleSheet(QStringLiteral("QLabel { color: #a94442; }"));
        }
    }

    // The statement's length against Google's advice (under 75 characters).
    void updateStatementHint()
    {
        const qsizetype n = statement->text().trimmed().size();
        const bool tooLong = n >= 75;
        statementHint->setText(tooLong ? Inspector::tr("%1 characters: Google advises under 75").arg(n)
                                       : Inspector::tr("%1 of 75 characters").arg(n));
        statementHint->setStyleSheet(tooLong ? QStringLiteral("QLabel { color: #a94442; }")
                                             : QStringLiteral("QLabel { color: #6b6b6b; }"));
    }

    // Who approved the claim, or what it still needs before it may be published.
    void updateApproval(const Claim &c)
    {
        const PublishCheck check =
            publishCheck(c, PublishRule{secondReviewRequired(controller->path(), Settings().requireSecondReview())});
        QString text;
        if (!c.approvedBy.isEmpty())
            text = Inspector::tr("Approved by %1, %2.")
                       .arg(c.approvedBy.toHtmlEscaped(),
                            QLocale().toString(c.approved.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
        if (check.mayPublish())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + Inspector::tr("Ready to publish.");
        else
            text += (text.isEmpty() ? QString() : QStringLiteral("<br>"))
                + Inspector::tr("<b>Not published yet:</b> %1.").arg(check.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
        approval->setText(text);
        approval->setStyleSheet(QString());
        approve->setText(c.approvedBy.isEmpty() ? Inspector::tr("A&pprove") : Inspector::tr("A&pprove again"));
    }

    // Drops field text that was refused (another claim is shown).
    void discardRefusedText()
    {
        for (QLineEdit *e : {statement, claimantName, claimantRole, conclusion, appearanceUrl, appearanceDate, assignee})
            e->setModified(false);
        showFactMessage(QString());
        for (const FieldEditor &fe : std::as_const(fieldEditors)) {
            if (fe.line)
                fe.line->setModified(false);
            showFieldMessage(fe, QString());
        }
    }

    void showFieldMessage(const FieldEditor &fe, const QString &message)
    {
        if (!fe.message)
            return;
        fe.message->setText(message);
        fieldsForm->setRowVisible(fe.message, !message.isEmpty());
        fe.line->setAccessibleDescription(message);
        fe.line->setProperty("refused", !message.isEmpty());
        fe.line->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c9302c; }"));
    }

    static CompletenessRule completenessRule(const ClaimType &ct) { return Inspector::completenessRule(ct); }

    QWidget *buildDateRow(QLineEdit *e, const QString &key, const QString &label)
    {
        auto *row = new QWidget(page);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        rl->setSpacing(2);
        e->setParent(row);
        rl->addWidget(e, 1);
        auto *pick = new QToolButton(row);
        pick->setObjectName(key + QStringLiteral(".pick"));
        pick->setIcon(QIcon::fromTheme(QStringLiteral("view-calendar"), QIcon::fromTheme(QStringLiteral("x-office-calendar"))));
        if (pick->icon().isNull())
            pick->setText(QStringLiteral("…"));
        pick->setToolTip(Inspector::tr("Pick the date from a calendar (Alt+Down in the field)"));
        pick->setAccessibleName(Inspector::tr("Pick %1 from a calendar").arg(label));
        pick->setFocusPolicy(Qt::NoFocus); // Alt+Down in the field opens it: no extra Tab stop
        pick->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(pick);
        auto *calendar = new QCalendarWidget(menu);
        calendar->setObjectName(key + QStringLiteral(".calendar"));
        calendar->setGridVisible(false);
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(calendar);
        menu->addAction(action);
        pick->setMenu(menu);
        QObject::connect(menu, &QMenu::aboutToShow, calendar, [e, calendar] {
            const QDate d = QDate::fromString(e->text().trimmed(), Qt::ISODate);
            calendar->setSelectedDate(d.isValid() ? d : QDate::currentDate());
            calendar->setFocus();
        });
        auto choose = [this, e, menu](QDate date) {
            menu->close();
            if (e->text() == date.toString(Qt::ISODate))
                return;
            e->setText(date.toString(Qt::ISODate));
            e->setModified(true);
            commitPending();
        };
        QObject::connect(calendar, &QCalendarWidget::clicked, q, choose);
        QObject::connect(calendar, &QCalendarWidget::activated, q, choose);
        rl->addWidget(pick);
        e->show(); // moved into the row: shown with it, not later
        e->setProperty("datePicker", QVariant::fromValue(static_cast<QObject *>(pick)));
        return row;
    }

    void buildTypeParts(const Claim &c)
    {
        // The form depends on the claim type: rebuild it only when the type changes.
        builtForType = c.claimType;
        for (const FieldEditor &fe : std::as_const(fieldEditors)) {
            if (fe.line)
                fe.line->removeEventFilter(q);
        }
        fieldEditors.clear();
        checklistBoxes.clear();
        while (fieldsForm->rowCount())
            fieldsForm->removeRow(0);
        while (QLayoutItem *item = checklistLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const ClaimType ct = claimType(c.claimType);
        for (const FieldDefinition &fd : ct.fields) {
            const QString key = QStringLiteral("fields.") + fd.name;
            const QString name = fd.label.isEmpty() ? fd.name : fd.label;
            const QString label = name + (fd.required ? QStringLiteral(" *") : QString());
            FieldEditor fe;
            fe.key = key;
            fe.kind = fd.kind;
            QWidget *row = nullptr;
            switch (fd.kind) {
            case FieldDefinition::Boolean: {
                auto *b = new QCheckBox(page);
                QObject::connect(b, &QCheckBox::toggled, q, [this, key](bool on) { set(key, on); });
                fe.editor = row = b;
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
                fe.editor = row = b;
                break;
            }
            default: {
                auto *e = new QLineEdit(page);
                if (fd.kind == FieldDefinition::Url) {
                    e->setPlaceholderText(QStringLiteral("https://"));
                    e->setToolTip(Inspector::tr("A web address starting with http:// or https://"));
                } else if (fd.kind == FieldDefinition::Date) {
                    e->setPlaceholderText(Inspector::tr("YYYY-MM-DD"));
                    e->setToolTip(Inspector::tr("A date as YYYY-MM-DD; Alt+Down opens a calendar"));
                } else if (fd.kind == FieldDefinition::Number) {
                    e->setPlaceholderText(Inspector::tr("a number"));
                    e->setValidator(new NumberValidator(e));
                }
                e->setProperty("fieldKind", int(fd.kind));
                QObject::connect(e, &QLineEdit::editingFinished, q, [this] { commitPending(); });
                QObject::connect(e, &QLineEdit::textEdited, q, [this, key] {
                    // Typing again takes the refusal back until the text is committed again.
                    for (const FieldEditor &f : std::as_const(fieldEditors)) {
                        if (f.key == key)
                            showFieldMessage(f, QString());
                    }
                });
                e->installEventFilter(q);
                fe.editor = fe.line = e;
                row = fd.kind == FieldDefinition::Date ? buildDateRow(e, key, name) : e;
                if (fd.kind == FieldDefinition::Date || fd.kind == FieldDefinition::Number || fd.kind == FieldDefinition::Url) {
                    fe.message = new QLabel(page);
                    fe.message->setObjectName(key + QStringLiteral(".message"));
                    fe.message->setWordWrap(true);
                    fe.message->setStyleSheet(QStringLiteral("QLabel { color: #a94442; }"));
                }
                break;
            }
            }
            fe.editor->setObjectName(key);
            fe.editor->setAccessibleName(name);
            fieldsForm->addRow(label, row);
            // Shown now, not when the layout gets round to it: Tab may come at once.
            fieldsForm->setRowVisible(row, true);
            if (fe.message) {
                fieldsForm->addRow(fe.message);
                fieldsForm->setRowVisible(fe.message, false);
            }
            fieldEditors.append(fe);
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
            row->show();
            checklistBoxes.append(b);
        }
        checklistBox->setVisible(!ct.checklist.isEmpty());
        guidance->setText(ct.guidance);
        guidance->setVisible(!ct.guidance.isEmpty());
    }

    // Tab goes through the inspector top to bottom: conflicts, type, status, verdict, the Done question, the
    // type's fields in order, the checklist, sources, notes, history, "Remove claim". Set again whenever the
    // generated parts are rebuilt (new widgets join the end of the window's focus chain).
    void applyTabOrder()
    {
        QList<QWidget *> chain;
        for (QPushButton *b : conflictsBox->findChildren<QPushButton *>())
            chain << b;
        chain << type << status << verdict << doneReason << doneAnyway << statement << claimantName << claimantRole
              << claimantOrganisation << conclusion << appearanceUrl << appearanceDate << assignee << approve;
        for (const FieldEditor &fe : std::as_const(fieldEditors))
            chain << fe.editor;
        for (QCheckBox *b : std::as_const(checklistBoxes))
            chain << b;
        chain << sources << notes << history << remove;
        for (qsizetype i = 1; i < chain.size(); ++i)
            QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    }

    // "Done needs: …" while Done was asked for and the claim is not complete; "Done without: …" for a claim that
    // is done and not complete (set elsewhere, or marked done anyway). The checklist's title counts its steps.
    void updateDone(const Claim &c)
    {
        const ClaimType ct = claimType(c.claimType);
        const Completeness k = completeness(c, completenessRule(ct));
        if (doneAskedFor == c.id && (c.status == ClaimStatus::Done || k.isComplete()))
            doneAskedFor = QUuid();
        const bool asking = doneAskedFor == c.id && !doneAskedFor.isNull();
        const bool doneWithout = c.status == ClaimStatus::Done && !k.isComplete();
        const QString missing = missingForDone(k).toHtmlEscaped();
        if (asking)
            doneText->setText(Inspector::tr("<b>Done needs:</b> %1.<br>Fill them in, or mark it done anyway and say why.")
                                  .arg(missing));
        else if (doneWithout)
            doneText->setText(Inspector::tr("<b>Done without:</b> %1.").arg(missing));
        done->setVisible(asking || doneWithout);
        doneReason->setVisible(asking);
        doneAnyway->setVisible(asking);
        if (!asking)
            doneReason->clear();
        doneAnyway->setEnabled(!doneReason->text().trimmed().isEmpty());
        checklistBox->setTitle(k.checklistTotal ? Inspector::tr("Verification checklist (%1/%2)").arg(k.checklistDone).arg(k.checklistTotal)
                                                : Inspector::tr("Verification checklist"));
    }

    // The status box asked for a status. Done on a claim that is not complete is not set: the inspector asks.
    void requestStatus(const QString &statusId)
    {
        if (updating || id.isNull())
            return;
        commitPending(); // typed field values count
        const Claim c = claim();
        if (!c.isValid())
            return;
        if (statusId == statusToString(ClaimStatus::Done) && c.status != ClaimStatus::Done
            && !completeness(c, completenessRule(claimType(c.claimType))).isComplete()) {
            doneAskedFor = id;
            load(); // the status box goes back to the claim's status; the question shows
            doneReason->setFocus(Qt::OtherFocusReason);
            q->ensureWidgetVisible(done);
            return;
        }
        doneAskedFor = QUuid();
        set(QStringLiteral("status"), statusId);
        load();
    }

    // Done although something is missing: the status becomes Done with the reason (and what was missing) in that
    // change's history entry, one undoable step. The notes stay the reviewer's own.
    void markDoneAnyway()
    {
        const QString reason = doneReason->text().simplified();
        if (reason.isEmpty() || id.isNull())
            return;
        commitPending();
        const Claim c = claim();
        if (!c.isValid())
            return;
        const QString missing = missingForDone(completeness(c, completenessRule(claimType(c.claimType))));
        const QString why = missing.isEmpty() ? reason : Inspector::tr("done without %1: %2").arg(missing, reason);
        QUndoStack *stack = controller->undoStack();
        stack->beginMacro(Inspector::tr("Mark done anyway"));
        controller->setField(id, QStringLiteral("status"), statusToString(ClaimStatus::Done), why);
        stack->endMacro();
        doneAskedFor = QUuid();
        doneReason->clear();
        load();
        status->setFocus(Qt::OtherFocusReason);
    }

    void load()
    {
        // Never overwrite what was typed with the model's older text: commit it first (that change reloads us).
        if (!updating && (!notesFor.isNull() || hasModifiedLineEdit())) {
            commitPending();
        }
        const Claim c = claim();
        emptyState->setVisible(!c.isValid());
        content->setVisible(c.isValid());
        if (!c.isValid())
            return;
        updating = true;
        if (c.claimType != builtForType)
            buildTypeParts(c);
        reReview->setVisible(!c.reReview.isEmpty());
        buildConflicts(c);
        // What a reader sees of a Markdown or HTML-source quote (the claims panel shows the same), not its markup.
        QString text = readableText(c.quote.exact, controller->claims()->data().document.mediaType).simplified();
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
        for (const FieldEditor &fe : std::as_const(fieldEditors)) {
            const QJsonValue v = c.fields.value(fe.key.mid(7));
            if (fe.line) {
                if (!fe.line->isModified()) // refused text stays until corrected
                    fe.line->setText(v.isDouble() ? QLocale().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest)
                                                  : v.toString());
            } else if (auto *b = qobject_cast<QCheckBox *>(fe.editor)) {
                b->setChecked(v.toBool());
            } else if (auto *b = qobject_cast<QComboBox *>(fe.editor)) {
                b->setCurrentIndex(std::max(0, b->findData(v.toString())));
            }
        }
        for (const auto &[edit, value] : {std::pair{statement, c.statement}, std::pair{claimantName, c.claimant.name},
                                          std::pair{claimantRole, c.claimant.role}, std::pair{conclusion, c.conclusion},
                                          std::pair{appearanceUrl, c.appearance.url},
                                          std::pair{appearanceDate, c.appearance.date.toString(Qt::ISODate)},
                                          std::pair{assignee, c.assignee}}) {
            if (!edit->isModified() && edit->text() != value) {
                edit->setText(value);
                edit->setCursorPosition(0); // a long statement shows its beginning
            }
        }
        claimantOrganisation->setChecked(c.claimant.organisation);
        updateStatementHint();
        updateApproval(c);
        for (QCheckBox *b : std::as_const(checklistBoxes))
            b->setChecked(c.checklist.value(b->objectName().mid(10)));
        const int sourceRow = sources->currentRow();
        sources->clear();
        for (const Source &s : c.sources) {
            auto *item = new QListWidgetItem(s.title.isEmpty() ? s.url : QStringLiteral("%1 — %2").arg(s.title, s.url), sources);
            item->setToolTip(s.excerpt.isEmpty() ? s.url : s.excerpt);
        }
        if (sources->count())
            sources->setCurrentRow(std::clamp(sourceRow, 0, sources->count() - 1));
        if (!notes->hasFocus() || notes->toPlainText() != c.notes) {
            if (notes->toPlainText() != c.notes)
                notes->setPlainText(c.notes);
        }
        history->clear();
        for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
            QString change = QStringLiteral("%1 → %2").arg(historyValue(*it, it->from), historyValue(*it, it->to));
            if (!it->reason.isEmpty())
                change += QLatin1String(" (") + Inspector::tr("reason: %1").arg(it->reason) + u')';
            auto *item = new QTreeWidgetItem(history, {QLocale().toString(it->when.toLocalTime(), QLocale::ShortFormat),
                                                       it->author, fieldLabel(it->field), change});
            item->setToolTip(3, item->text(3));
        }
        updateDone(c);
        applyTabOrder();
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
            row->show(); // at once, for Tab
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
        for (const QLineEdit *e : {statement, claimantName, claimantRole, conclusion, appearanceUrl, appearanceDate, assignee}) {
            if (e->isModified())
                return true;
        }
        for (const FieldEditor &fe : fieldEditors) {
            if (fe.line && fe.line->isModified())
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

    void removeSource(int row)
    {
        Claim c = claim();
        if (row >= 0 && row < c.sources.size()) {
            c.sources.removeAt(row);
            set(QStringLiteral("sources"), sourcesJson(c.sources));
        }
    }

    QWidget *sectionFocus(Inspector::Section section) const
    {
        switch (section) {
        case Inspector::Section::Fields:
            return fieldEditors.isEmpty() ? nullptr : fieldEditors.first().editor;
        case Inspector::Section::Checklist:
            return checklistBoxes.isEmpty() ? nullptr : checklistBoxes.first();
        case Inspector::Section::Sources:
            return sources;
        case Inspector::Section::Notes:
            return notes;
        case Inspector::Section::History:
            return history;
        }
        return nullptr;
    }

    // The empty state: what to do, and what the editor's highlights mean.
    QWidget *buildLegend()
    {
        auto *box = new QGroupBox(Inspector::tr("What the highlights mean"), page);
        box->setObjectName(QStringLiteral("highlightLegend"));
        auto *grid = new QGridLayout(box);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        const QColor colour(0x3d, 0x7e, 0xbf);
        int row = 0;
        for (const LegendEntry &e : Legend) {
            auto *swatch = new QLabel(box);
            swatch->setPixmap(legendSwatch(e.look, colour, box));
            auto *text = new QLabel(QStringLiteral("<b>%1</b>: %2").arg(Inspector::tr(e.style), Inspector::tr(e.meaning)), box);
            text->setWordWrap(true);
            grid->addWidget(swatch, row, 0, Qt::AlignTop);
            grid->addWidget(text, row, 1);
            ++row;
        }
        auto *note = new QLabel(Inspector::tr("Colours are the claim types' (Preferences). Overlapping claims stack "
                                              "their underlines."),
                                box);
        note->setWordWrap(true);
        grid->addWidget(note, row, 0, 1, 2);
        grid->setColumnStretch(1, 1);
        return box;
    }
};

Inspector::Inspector(DocumentController *controller, QWidget *parent)
    : QScrollArea(parent)
    , d(std::make_unique<InspectorPrivate>())
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Claim inspector"));
    QStringList keys;
    for (const SectionKey &k : SectionKeys)
        keys << tr("%1: %2").arg(sectionShortcut(k.section).toString(QKeySequence::NativeText), tr(k.name));
    setAccessibleDescription(tr("Go to a section: %1").arg(keys.join(QStringLiteral(", "))));
    d->q = this;
    d->controller = controller;
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    d->page = new QWidget(this);
    auto *outer = new QVBoxLayout(d->page);
    d->emptyState = new QWidget(d->page);
    auto *el = new QVBoxLayout(d->emptyState);
    el->setContentsMargins(0, 0, 0, 0);
    d->empty = new QLabel(d->emptyState);
    d->empty->setObjectName(QStringLiteral("inspectorEmpty"));
    // What can be done now: nothing can be marked before an article is open, or while its claims are read-only.
    auto explainEmpty = [this, controller] {
        if (!controller->isOpen())
            d->empty->setText(tr("Open an article, or create one, to mark claims in it."));
        else if (controller->claimsReadOnly())
            d->empty->setText(tr("The claims of this article are read-only: %1").arg(controller->claimsReadOnlyReason()));
        else
            d->empty->setText(tr("Select a claim in the text or in the claims list, or select text and press %1 to mark one.")
                                  .arg(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
    };
    explainEmpty();
    connect(controller, &DocumentController::opened, d->empty, explainEmpty);
    connect(controller, &DocumentController::claimsLoaded, d->empty, explainEmpty);
    d->empty->setWordWrap(true);
    d->empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    el->addWidget(d->empty);
    el->addWidget(d->buildLegend());
    el->addStretch(1);
    outer->addWidget(d->emptyState, 1);
    d->content = new QWidget(d->page);
    outer->addWidget(d->content, 1);
    auto *layout = new QVBoxLayout(d->content);
    layout->setContentsMargins(0, 0, 0, 0);
    d->quote = new QLabel(d->content);
    d->quote->setObjectName(QStringLiteral("quote"));
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
    d->status->setToolTip(tr("Done needs a verdict and the claim type's required fields (marked *)"));
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
    connect(d->status, &QComboBox::activated, this, [this] { d->requestStatus(d->status->currentData().toString()); });
    connect(d->verdict, &QComboBox::activated, this, [this] {
        const QString v = d->verdict->currentData().toString();
        d->set(QStringLiteral("verdict"), v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    });

    d->done = new QFrame(d->content);
    d->done->setObjectName(QStringLiteral("doneNeeds"));
    d->done->setStyleSheet(QStringLiteral("QFrame#doneNeeds { background: #fff4ce; border: 1px solid #e0c060;"
                                          " border-radius: 3px; } QFrame#doneNeeds QLabel { color: #3b2f00; }"));
    auto *dl = new QVBoxLayout(d->done);
    dl->setContentsMargins(6, 4, 6, 4);
    d->doneText = new QLabel(d->done);
    d->doneText->setObjectName(QStringLiteral("doneNeedsText"));
    d->doneText->setWordWrap(true);
    dl->addWidget(d->doneText);
    auto *drow = new QHBoxLayout;
    d->doneReason = new QLineEdit(d->done);
    d->doneReason->setObjectName(QStringLiteral("doneReason"));
    d->doneReason->setPlaceholderText(tr("Why it is done anyway"));
    d->doneReason->setAccessibleName(tr("Reason for marking it done anyway"));
    d->doneAnyway = new QPushButton(tr("Mark done anyway"), d->done);
    d->doneAnyway->setObjectName(QStringLiteral("markDoneAnyway"));
    d->doneAnyway->setAutoDefault(false);
    d->doneAnyway->setDefault(false);
    d->doneAnyway->setToolTip(tr("Sets the status to Done; the reason goes into the claim's history"));
    drow->addWidget(d->doneReason, 1);
    drow->addWidget(d->doneAnyway);
    dl->addLayout(drow);
    d->done->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    d->done->hide();
    layout->addWidget(d->done);
    connect(d->doneReason, &QLineEdit::textChanged, this,
            [this](const QString &t) { d->doneAnyway->setEnabled(!t.trimmed().isEmpty()); });
    connect(d->doneReason, &QLineEdit::returnPressed, this, [this] { d->markDoneAnyway(); });
    connect(d->doneAnyway, &QPushButton::clicked, this, [this] { d->markDoneAnyway(); });

    // The fact-check as it is published (ClaimReview) and the desk's workflow.
    d->factBox = new QGroupBox(tr("Fact-check as published"), d->content);
    d->factBox->setObjectName(QStringLiteral("factCheck"));
    auto *ff = new QFormLayout(d->factBox);
    auto line = [this](const char *name, const QString &accessible, const QString &placeholder) {
        auto *e = new QLineEdit(d->factBox);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::editingFinished, this, [this] { d->commitPending(); });
        return e;
    };
    d->statement = line("statement", tr("Claim statement"), tr("The claim as it will be published"));
    d->statement->setToolTip(tr("The claim in one short sentence, as readers will see it (ClaimReview claimReviewed). "
                                "Google advises under 75 characters."));
    d->statementHint = new QLabel(d->factBox);
    d->statementHint->setObjectName(QStringLiteral("statementHint"));
    connect(d->statement, &QLineEdit::textChanged, this, [this] { d->updateStatementHint(); });
    ff->addRow(tr("St&atement:"), d->statement);
    ff->addRow(QString(), d->statementHint);
    d->claimantName = line("claimantName", tr("Claimant"), tr("Who made the claim"));
    ff->addRow(tr("Clai&mant:"), d->claimantName);
    d->claimantRole = line("claimantRole", tr("Claimant's role"), tr("e.g. Leader of Essex County Council"));
    ff->addRow(tr("R&ole:"), d->claimantRole);
    d->claimantOrganisation = new QCheckBox(tr("An organisation, not a person"), d->factBox);
    d->claimantOrganisation->setObjectName(QStringLiteral("claimantOrganisation"));
    connect(d->claimantOrganisation, &QCheckBox::toggled, this, [this](bool on) {
        if (d->updating || d->id.isNull())
            return;
        d->commitPending();
        Claimant claimant = d->claim().claimant;
        claimant.organisation = on;
        d->set(QStringLiteral("claimant"), claimantToJson(claimant));
    });
    ff->addRow(QString(), d->claimantOrganisation);
    d->conclusion = line("conclusion", tr("Conclusion"), tr("One line: why this verdict"));
    ff->addRow(tr("Concl&usion:"), d->conclusion);
    d->appearanceUrl = line("appearanceUrl", tr("Where the claim appeared"), tr("https:// (empty: the article)"));
    d->appearanceUrl->setToolTip(tr("Where the claim was made, when not in this article"));
    d->appearanceDate = line("appearanceDate", tr("When the claim was made"), tr("YYYY-MM-DD (empty: the article's date)"));
    ff->addRow(tr("Appeared at:"), d->appearanceUrl);
    ff->addRow(tr("Appeared o&n:"), d->appearanceDate);
    d->factMessage = new QLabel(d->factBox);
    d->factMessage->setObjectName(QStringLiteral("factCheckMessage"));
    d->factMessage->setWordWrap(true);
    d->factMessage->setStyleSheet(QStringLiteral("QLabel { color: #a94442; }"));
    d->factMessage->hide();
    ff->addRow(d->factMessage);
    d->assignee = line("assignee", tr("Assigned to"), tr("A reviewer's name"));
    ff->addRow(tr("Assi&gned to:"), d->assignee);
    d->approve = new QPushButton(tr("A&pprove"), d->factBox);
    d->approve->setObjectName(QStringLiteral("approve"));
    d->approve->setAutoDefault(false);
    d->approve->setToolTip(tr("Approve the verdict for publishing as you (ClaimReview exports only approved claims when "
                              "the desk requires a second review: Preferences)"));
    connect(d->approve, &QPushButton::clicked, this, [this] { d->approveClaim(); });
    d->approval = new QLabel(d->factBox);
    d->approval->setObjectName(QStringLiteral("approval"));
    d->approval->setWordWrap(true);
    ff->addRow(d->approve, d->approval);
    layout->addWidget(d->factBox);

    auto sectionTip = [](Section s, const QString &what) {
        return tr("%1 (%2)").arg(what, sectionShortcut(s).toString(QKeySequence::NativeText));
    };
    d->guidance = new QLabel(d->content);
    d->guidance->setWordWrap(true);
    d->guidance->setTextFormat(Qt::MarkdownText);
    layout->addWidget(d->guidance);
    d->fieldsBox = new QGroupBox(tr("Fields"), d->content);
    d->fieldsBox->setToolTip(sectionTip(Section::Fields, tr("The claim type's fields; * marks those Done needs")));
    d->fieldsForm = new QFormLayout(d->fieldsBox);
    layout->addWidget(d->fieldsBox);
    d->checklistBox = new QGroupBox(tr("Verification checklist"), d->content);
    d->checklistBox->setToolTip(sectionTip(Section::Checklist, tr("Verification checklist")));
    d->checklistLayout = new QVBoxLayout(d->checklistBox);
    layout->addWidget(d->checklistBox);

    // Sources: one Tab stop, the list. Its keys (Insert, Return or F2, Delete) and its context menu do what the
    // buttons do; the buttons take no focus, so that a space typed after Tab never clicks one.
    d->sourcesBox = new QGroupBox(tr("Sources"), d->content);
    d->sourcesBox->setToolTip(sectionTip(Section::Sources, tr("Sources")));
    auto *sl = new QVBoxLayout(d->sourcesBox);
    d->sources = new QListWidget(d->sourcesBox);
    d->sources->setObjectName(QStringLiteral("sources"));
    d->sources->setAccessibleName(tr("Sources"));
    d->sources->setAccessibleDescription(tr("Insert adds a source, Return or F2 edits it, Delete removes it; the "
                                            "context menu opens it in the browser"));
    d->sources->setToolTip(d->sources->accessibleDescription());
    d->sources->setMaximumHeight(80);
    d->sources->setContextMenuPolicy(Qt::ActionsContextMenu);
    sl->addWidget(d->sources);
    auto *sb = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &accessible, const QKeySequence &key, auto slot) {
        auto *action = new QAction(accessible, d->sources);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        d->sources->addAction(action);
        auto *b = new QToolButton(d->sourcesBox);
        b->setText(text);
        b->setToolTip(key.isEmpty() ? accessible : tr("%1 (%2 in the list)").arg(accessible, key.toString(QKeySequence::NativeText)));
        b->setAutoRaise(false);
        b->setAccessibleName(accessible);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, action, &QAction::trigger);
        sb->addWidget(b);
        return b;
    };
    button(tr("&Add…"), tr("Add source"), QKeySequence(Qt::Key_Insert), [this] { addSource(); })->setObjectName(QStringLiteral("addSource"));
    button(tr("Ed&it…"), tr("Edit source"), QKeySequence(Qt::Key_F2), [this] {
        if (d->sources->currentRow() >= 0)
            d->editSource(d->sources->currentRow());
    });
    button(tr("Remove"), tr("Remove source"), QKeySequence(Qt::Key_Delete), [this] { d->removeSource(d->sources->currentRow()); });
    button(tr("Open"), tr("Open source in browser"), QKeySequence(), [this] {
        const Claim c = d->claim();
        const int row = d->sources->currentRow();
        if (row >= 0 && row < c.sources.size())
            QDesktopServices::openUrl(QUrl(c.sources[row].url));
    });
    button(tr("Archive"), tr("Open archived copy"), QKeySequence(), [this] {
        const Claim c = d->claim();
        const int row = d->sources->currentRow();
        if (row >= 0 && row < c.sources.size()) {
            const Source &s = c.sources[row];
            QDesktopServices::openUrl(QUrl(s.archiveUrl.isEmpty() ? QStringLiteral("https://web.archive.org/web/*/") + s.url
                                                                  : s.archiveUrl));
        }
    });
    sb->addStretch(1);
    sl->addLayout(sb);
    connect(d->sources, &QListWidget::itemActivated, this, [this] { d->editSource(d->sources->currentRow()); });
    layout->addWidget(d->sourcesBox);

    d->notesBox = new QGroupBox(tr("Notes (Markdown)"), d->content);
    d->notesBox->setToolTip(sectionTip(Section::Notes, tr("Notes")));
    auto *nl = new QVBoxLayout(d->notesBox);
    d->notes = new QPlainTextEdit(d->notesBox);
    d->notes->setObjectName(QStringLiteral("notes"));
    d->notes->setAccessibleName(tr("Notes"));
    d->notes->setTabChangesFocus(true);
    d->notes->setMinimumHeight(80);
    d->notes->setMaximumHeight(140);
    nl->addWidget(d->notes);
    layout->addWidget(d->notesBox);
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

    d->historyBox = new QGroupBox(tr("History"), d->content);
    d->historyBox->setToolTip(sectionTip(Section::History, tr("History")));
    auto *hl = new QVBoxLayout(d->historyBox);
    d->history = new QTreeWidget(d->historyBox);
    d->history->setObjectName(QStringLiteral("history"));
    d->history->setAccessibleName(tr("History"));
    d->history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    d->history->setRootIsDecorated(false);
    d->history->setMinimumHeight(90);
    d->history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->history->header()->setStretchLastSection(true);
    d->history->setWordWrap(false);
    hl->addWidget(d->history);
    layout->addWidget(d->historyBox);
    d->remove = new QPushButton(tr("Remove claim"), d->content);
    d->remove->setAccessibleName(tr("Remove this claim"));
    d->remove->setAutoDefault(false);
    connect(d->remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(d->id); });
    layout->addWidget(d->remove, 0, Qt::AlignRight);
    layout->addStretch(1);
    setWidget(d->page);

    for (const SectionKey &k : SectionKeys) {
        auto *shortcut = new QShortcut(sectionShortcut(k.section), this);
        shortcut->setObjectName(QStringLiteral("goTo") + QLatin1String(k.name));
        shortcut->setContext(Qt::WindowShortcut);
        const Section section = k.section;
        connect(shortcut, &QShortcut::activated, this, [this, section] { focusSection(section); });
    }

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

Inspector::~Inspector()
{
    // The form goes before the private part: a field losing the focus as it goes must not commit into it.
    d->updating = true;
    d->notesTimer.stop();
    delete takeWidget();
}

void Inspector::setClaim(const QUuid &id)
{
    d->commitPending();
    if (id != d->id) {
        d->discardRefusedText();
        d->doneAskedFor = QUuid();
    }
    d->id = id;
    d->load();
}

void Inspector::commitPendingEdits()
{
    d->commitPending();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->notes && event->type() == QEvent::FocusOut) {
        d->commitPending();
    } else if (watched->property("fieldKind").isValid()) {
        // A field's line edit: leaving it commits (a validator's refusal keeps editingFinished from doing it);
        // Alt+Down in a date opens its calendar.
        if (event->type() == QEvent::FocusOut) {
            d->commitPending();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *k = static_cast<QKeyEvent *>(event);
            auto *pick = qobject_cast<QToolButton *>(watched->property("datePicker").value<QObject *>());
            if (pick && k->key() == Qt::Key_Down && k->modifiers() == Qt::AltModifier) {
                pick->showMenu();
                return true;
            }
        }
    }
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

QKeySequence Inspector::sectionShortcut(Section section)
{
    for (const SectionKey &k : SectionKeys) {
        if (k.section == section)
            return QKeySequence(Qt::ALT | Qt::SHIFT | k.key);
    }
    return {};
}

bool Inspector::focusSection(Section section)
{
    if (!d->claim().isValid())
        return false;
    QWidget *w = d->sectionFocus(section);
    if (!w || !w->isVisibleTo(this))
        return false;
    w->setFocus(Qt::ShortcutFocusReason);
    ensureWidgetVisible(w);
    return true;
}

QString Inspector::highlightLegend()
{
    QString rows;
    for (const LegendEntry &e : Legend)
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr(e.style).toHtmlEscaped(), tr(e.meaning).toHtmlEscaped());
    return tr("<p>Highlights in the text, in the claim type's colour:</p>") + QStringLiteral("<table>") + rows
         + QStringLiteral("</table>");
}

CompletenessRule Inspector::completenessRule(const ClaimType &type)
{
    CompletenessRule rule;
    for (const FieldDefinition &f : type.fields) {
        if (f.required)
            rule.requiredFields.append({f.name, f.label});
    }
    for (const ChecklistStep &s : type.checklist)
        rule.checklist.append(s.id);
    return rule;
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
