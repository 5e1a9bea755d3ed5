// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "claimcommands.h"
#include "claimset.h"
#include "claimtypestyle.h"
#include "documentcontroller.h"
#include "settings.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Claimbench {

class PreferencesDialogPrivate
{
public:
    DocumentController *controller = nullptr;
    QLineEdit *reviewer = nullptr;
    QLineEdit *organisation = nullptr;
    QLineEdit *publicationUrl = nullptr;
    QLineEdit *publisherUrl = nullptr;
    QLineEdit *logoUrl = nullptr;
    QCheckBox *secondReview = nullptr;
    // This review's publication (the sidecar's): its headline, page and date
    QLineEdit *headline = nullptr;
    QLineEdit *reviewUrl = nullptr;
    QLineEdit *datePublished = nullptr;
    QCheckBox *snap = nullptr;
    QTableWidget *scaleTable = nullptr;
    QLabel *scaleProblem = nullptr;
    RatingScale oldScale;
    RatingScale newScale;
    QHash<QString, QColor> chosen;

    int addScaleRow(const RatingLevel &l)
    {
        const int row = scaleTable->rowCount();
        scaleTable->insertRow(row);
        scaleTable->setItem(row, 0, new QTableWidgetItem(l.id));
        scaleTable->setItem(row, 1, new QTableWidgetItem(l.label));
        scaleTable->setItem(row, 2, new QTableWidgetItem(QString::number(l.value)));
        return row;
    }

    // Reads the table into newScale; an empty string when it is acceptable, else what is wrong.
    QString readScale()
    {
        newScale.levels.clear();
        QSet<QString> ids;
        auto text = [this](int row, int column) {
            const QTableWidgetItem *item = scaleTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        for (int row = 0; row < scaleTable->rowCount(); ++row) {
            RatingLevel l;
            l.id = text(row, 0);
            l.label = text(row, 1);
            if (l.id.isEmpty())
                return PreferencesDialog::tr("Row %1 of the rating scale has no id.").arg(row + 1);
            if (ids.contains(l.id))
                return PreferencesDialog::tr("The rating scale has the id “%1” twice.").arg(l.id);
            ids.insert(l.id);
            bool ok = false;
            l.value = text(row, 2).toInt(&ok);
            if (!ok)
                return PreferencesDialog::tr("The value of “%1” in the rating scale is not a whole number.").arg(l.id);
            if (l.label.isEmpty())
                l.label = l.id;
            l.extra = oldScale.level(l.id).extra; // keep unknown members of levels that are still there
            newScale.levels.append(l);
        }
        if (newScale.levels.isEmpty())
            return PreferencesDialog::tr("The rating scale needs at least one level.");
        return {};
    }
};

PreferencesDialog::PreferencesDialog(DocumentController *controller, const QList<ClaimType> &claimTypes, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<PreferencesDialogPrivate>())
{
    d->controller = controller;
    const Settings settings;
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    d->reviewer = new QLineEdit(settings.reviewer(), this);
    d->reviewer->setAccessibleName(tr("Reviewer name"));
    form->addRow(tr("&Reviewer name:"), d->reviewer);
    d->organisation = new QLineEdit(settings.organisation(), this);
    d->organisation->setAccessibleName(tr("Organisation"));
    d->organisation->setPlaceholderText(tr("The fact-checking organisation (ClaimReview author)"));
    form->addRow(tr("&Organisation:"), d->organisation);
    d->publicationUrl = new QLineEdit(settings.publicationUrl(), this);
    d->publicationUrl->setAccessibleName(tr("Publication URL"));
    d->publicationUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Publication URL:"), d->publicationUrl);
    d->publisherUrl = new QLineEdit(settings.publisherUrl(), this);
    d->publisherUrl->setAccessibleName(tr("Organisation's web site"));
    d->publisherUrl->setPlaceholderText(tr("https:// (ClaimReview author URL)"));
    form->addRow(tr("Organisation's web s&ite:"), d->publisherUrl);
    d->logoUrl = new QLineEdit(settings.logoUrl(), this);
    d->logoUrl->setAccessibleName(tr("Logo URL"));
    d->logoUrl->setPlaceholderText(tr("https:// (ClaimReview author logo)"));
    form->addRow(tr("&Logo URL:"), d->logoUrl);
    d->secondReview = new QCheckBox(tr("Publishing needs a se&cond reviewer's approval"), this);
    d->secondReview->setToolTip(tr("ClaimReview then includes only claims approved by someone who neither marked "
                                   "them nor set their verdict."));
    d->secondReview->setChecked(settings.requireSecondReview());
    form->addRow(QString(), d->secondReview);
    d->snap = new QCheckBox(tr("Snap claims to whole &words"), this);
    d->snap->setChecked(settings.snapToWords());
    form->addRow(QString(), d->snap);

    // This review as it is published (the sidecar's "publication"); the publisher is the organisation above.
    const Publication publication = controller->claims()->data().publication;
    d->headline = new QLineEdit(publication.headline, this);
    d->headline->setObjectName(QStringLiteral("publicationHeadline"));
    d->headline->setAccessibleName(tr("This review's headline"));
    d->reviewUrl = new QLineEdit(publication.url, this);
    d->reviewUrl->setObjectName(QStringLiteral("publicationUrl"));
    d->reviewUrl->setAccessibleName(tr("This review's page"));
    d->reviewUrl->setPlaceholderText(tr("https:// (empty: the publication URL above)"));
    d->datePublished = new QLineEdit(publication.datePublished.toString(Qt::ISODate), this);
    d->datePublished->setObjectName(QStringLiteral("publicationDate"));
    d->datePublished->setAccessibleName(tr("This review's publication date"));
    d->datePublished->setPlaceholderText(tr("YYYY-MM-DD (empty: not published yet)"));
    for (QLineEdit *e : {d->headline, d->reviewUrl, d->datePublished})
        e->setEnabled(controller->isOpen() && !controller->claimsReadOnly());
    form->addRow(tr("This review's &headline:"), d->headline);
    form->addRow(tr("This review's pa&ge:"), d->reviewUrl);
    form->addRow(tr("Pu&blished on:"), d->datePublished);

    // The rating scale of this document: id, label, value; saved in its sidecar.
    d->oldScale = controller->claims()->data().ratingScale;
    d->scaleTable = new QTableWidget(0, 3, this);
    QTableWidget *scaleTable = d->scaleTable;
    scaleTable->setObjectName(QStringLiteral("ratingScaleTable"));
    scaleTable->setAccessibleName(tr("Rating scale of this document"));
    scaleTable->setHorizontalHeaderLabels({tr("Id"), tr("Label"), tr("Value")});
    scaleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    scaleTable->verticalHeader()->hide();
    scaleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const RatingLevel &l : std::as_const(d->oldScale.levels))
        d->addScaleRow(l);
    auto *addLevel = new QPushButton(tr("&Add level"), this);
    addLevel->setAccessibleName(tr("Add a rating level"));
    auto *removeLevel = new QPushButton(tr("Re&move level"), this);
    removeLevel->setAccessibleName(tr("Remove the selected rating level"));
    connect(addLevel, &QPushButton::clicked, this, [this] {
        const int row = d->addScaleRow(RatingLevel{});
        d->scaleTable->setCurrentCell(row, 0);
        d->scaleTable->editItem(d->scaleTable->item(row, 0));
    });
    connect(removeLevel, &QPushButton::clicked, this, [this] {
        if (d->scaleTable->currentRow() >= 0)
            d->scaleTable->removeRow(d->scaleTable->currentRow());
    });
    d->scaleProblem = new QLabel(this);
    d->scaleProblem->setObjectName(QStringLiteral("ratingScaleProblem"));
    d->scaleProblem->setAccessibleName(tr("Problem with the rating scale"));
    d->scaleProblem->setWordWrap(true);
    d->scaleProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    d->scaleProblem->hide();
    auto *scaleBox = new QVBoxLayout;
    scaleBox->addWidget(scaleTable);
    auto *scaleButtons = new QHBoxLayout;
    scaleButtons->addWidget(addLevel);
    scaleButtons->addWidget(removeLevel);
    scaleButtons->addStretch(1);
    scaleBox->addLayout(scaleButtons);
    scaleBox->addWidget(d->scaleProblem);
    form->addRow(tr("Rating scale of this document:"), scaleBox);
    // Without a document there is no scale to edit.
    for (QWidget *w : {static_cast<QWidget *>(scaleTable), static_cast<QWidget *>(addLevel), static_cast<QWidget *>(removeLevel)})
        w->setEnabled(controller->isOpen());

    ClaimTypeStyle *style = controller->style();
    for (const ClaimType &t : claimTypes) {
        auto *b = new QPushButton(t.name, this);
        b->setAccessibleName(tr("Colour of %1").arg(t.name));
        auto paint = [b](const QColor &c) {
            b->setStyleSheet(QStringLiteral("background-color: %1; color: %2")
                                 .arg(c.name(), c.lightness() > 140 ? QStringLiteral("black") : QStringLiteral("white")));
        };
        paint(style->colour(t.id));
        const QString id = t.id;
        connect(b, &QPushButton::clicked, this, [this, id, paint, style] {
            const QColor c = QColorDialog::getColor(d->chosen.value(id, style->colour(id)), this);
            if (c.isValid()) {
                d->chosen.insert(id, c);
                paint(c);
            }
        });
        form->addRow(tr("Colour:"), b);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = d->controller->isOpen() ? d->readScale() : QString();
        if (!problem.isEmpty()) {
            // Keep the dialog open and say what is wrong.
            d->scaleProblem->setText(problem);
            d->scaleProblem->show();
            d->scaleTable->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::apply()
{
    Settings settings;
    settings.setReviewer(d->reviewer->text());
    settings.setOrganisation(d->organisation->text());
    settings.setPublicationUrl(d->publicationUrl->text());
    settings.setPublisherUrl(d->publisherUrl->text());
    settings.setLogoUrl(d->logoUrl->text());
    settings.setRequireSecondReview(d->secondReview->isChecked());
    settings.setSnapToWords(d->snap->isChecked());
    d->controller->setReviewer(settings.reviewer());
    if (d->controller->isOpen() && !d->controller->claimsReadOnly()) {
        ClaimSet *claims = d->controller->claims();
        Publication p = claims->data().publication;
        p.headline = d->headline->text().trimmed();
        p.url = d->reviewUrl->text().trimmed();
        const QDate date = QDate::fromString(d->datePublished->text().trimmed(), Qt::ISODate);
        if (date.isValid() || d->datePublished->text().trimmed().isEmpty())
            p.datePublished = date;
        // the publisher from the preferences, where the review names none (or names this organisation)
        if (p.publisher.isEmpty() && !p.isEmpty())
            p.publisher = settings.organisation();
        if (p.publisher == settings.organisation()) {
            if (p.publisherUrl.isEmpty())
                p.publisherUrl = settings.publisherUrl();
            if (p.logoUrl.isEmpty())
                p.logoUrl = settings.logoUrl();
        }
        if (!(p == claims->data().publication))
            d->controller->undoStack()->push(new SetPublicationCommand(claims, p));
    }
    if (d->controller->isOpen())
        d->controller->setRatingScale(d->newScale);
    for (auto it = d->chosen.cbegin(); it != d->chosen.cend(); ++it) {
        settings.setClaimTypeColour(it.key(), it.value());
        d->controller->style()->setColour(it.key(), it.value());
    }
}

} // namespace Claimbench
