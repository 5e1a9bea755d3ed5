// SPDX-License-Identifier: GPL-2.0-or-later
// The export dialog as a user drives it: Export writes the file and closes the dialog; Esc while a long PDF is
// printing stops it at once, writes nothing and leaves the dialog open; Esc otherwise closes it.
#include "claimeditor.h"
#include "claimset.h"
#include "documentcontroller.h"
#include "reportpreview.h"
#include "sidecar.h"
#include "webengine.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;

class ExportDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_doc;

    // A document of `n` sentences with a claim on each: its PDF prints in parts, for a second or more.
    bool writeDocument(int n)
    {
        QString text;
        ClaimSetData data;
        data.document.fileName = QStringLiteral("long.txt");
        for (int i = 0; i < n; ++i) {
            const QString figure = QStringLiteral("%1 million pounds").arg(i + 3);
            const QString sentence = QStringLiteral("The council said that spending rose to %1 in %2. ").arg(figure).arg(1990 + i % 30);
            Claim c;
            c.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(i + 1, 12, 10, QLatin1Char('0')));
            c.claimType = QStringLiteral("quantity");
            c.start = text.size() + sentence.indexOf(figure);
            c.end = c.start + figure.size();
            c.quote.exact = figure;
            c.notes = QStringLiteral("Checked against **table %1**.").arg(i);
            text += sentence;
            data.claims << c;
        }
        data.document.length = text.size();
        QFile f(m_doc);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return false;
        f.close();
        return !Sidecar::write(Sidecar::pathFor(m_doc), data).isValid();
    }

    static void choosePdf(ExportDialog &dialog, const QString &path)
    {
        auto *format = dialog.findChild<QComboBox *>();
        format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
        dialog.findChild<QLineEdit *>()->setText(path);
    }

    static QPushButton *exportButton(ExportDialog &dialog)
    {
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("&Export"))
                return b;
        }
        return nullptr;
    }

    static QString message(ExportDialog &dialog)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->wordWrap())
                return label->text();
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_doc = m_dir.filePath(QStringLiteral("long.txt"));
        QVERIFY(writeDocument(600));
    }

    void escapeCancelsAPdfExport()
    {
        ClaimEditor editor;
        DocumentController controller(&editor, nullptr);
        QVERIFY(controller.open(m_doc));
        QCOMPARE(controller.claims()->count(), 600);
        ExportDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        choosePdf(dialog, out);
        QPushButton *button = exportButton(dialog);
        QVERIFY(button);

        // Esc once the first part is printed and the others are not: from inside the print's event loop, while
        // the PDF prints (no timer: the progress bar's change is the moment)
        auto *progress = dialog.findChild<QProgressBar *>();
        QVERIFY(progress);
        bool pressed = false;
        int total = 0;
        connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
            if (!pressed && value == 1) {
                pressed = true;
                total = progress->maximum();
                QVERIFY(message(dialog).startsWith(QLatin1String("Exporting")));
                QVERIFY(!button->isEnabled()); // no second export while one runs
                QVERIFY(QApplication::overrideCursor());
                QTest::keyClick(&dialog, Qt::Key_Escape);
            }
        });
        button->click(); // returns when the export has stopped

        QVERIFY(pressed);
        QVERIFY(total >= 2);                // a part was still to print: it stopped the print
        QCOMPARE(progress->value(), 1);     // and nothing was printed after Esc
        QVERIFY2(message(dialog).contains(QLatin1String("cancelled")), qPrintable(message(dialog)));
        QVERIFY(!QFile::exists(out)); // nothing written
        QVERIFY(dialog.isVisible());  // the dialog stays open to try again
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // 0: neither accepted nor closed
        QVERIFY(button->isEnabled());
        QVERIFY(!QApplication::overrideCursor());
        QVERIFY(!progress->isVisible()); // no half-full bar next to the message

        // Esc when nothing is running closes the dialog
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void exportWritesTheFileAndCloses()
    {
        ClaimEditor editor;
        DocumentController controller(&editor, nullptr);
        QVERIFY(controller.open(m_doc));
        ExportDialog dialog(&controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = m_dir.filePath(QStringLiteral("written.pdf"));
        choosePdf(dialog, out);
        // the file field has its mnemonic (Alt+F), not a literal "&"
        bool mnemonic = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            mnemonic = mnemonic || (label->text() == QLatin1String("&File:") && label->buddy() == dialog.findChild<QLineEdit *>());
        QVERIFY(mnemonic);
        auto *progress = dialog.findChild<QProgressBar *>();
        QVERIFY(progress);
        QVERIFY(!progress->isVisibleTo(&dialog)); // only while a PDF prints in parts
        exportButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // the 600 claims printed in parts, each counted
        QVERIFY(progress->maximum() >= 2);
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!dialog.isVisible());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

int main(int argc, char **argv)
{
    Claimbench::prepareWebEngine();
    QApplication app(argc, argv);
    ExportDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "exportdialog_test.moc"
