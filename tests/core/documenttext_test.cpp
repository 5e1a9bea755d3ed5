// SPDX-License-Identifier: GPL-2.0-or-later
// Documents in every encoding: decoded without loss, saved byte for byte in the same encoding, never with U+FFFD
// (or '?') for a character that was not one.
#include "documenttext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Claimbench;

Q_DECLARE_METATYPE(Claimbench::DocumentEncoding)

namespace {
// Unicode encodings spelled out by hand, so that the expected bytes do not come from the code under test.
QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    }
    return out;
}

QByteArray utf32le(const QString &text)
{
    QByteArray out;
    for (const char32_t c : text.toUcs4()) {
        for (int shift = 0; shift < 32; shift += 8)
            out += char((c >> shift) & 0xFF);
    }
    return out;
}

// Long enough for KEncodingProber to make up its mind, as a real article would be.
const QByteArray cp1252Article = QByteArrayLiteral(
    "The council said the new ticket would cost \xA3" "5 \x96 it\x92s \x93" "cheap\x94, according to the caf\xE9 owner.\r\n"
    "Residents were not convinced: \x93We\x92ve heard that before,\x94 said one, adding that the old fare had been "
    "\xA3" "3.50 and that prices had risen every year since the r\xE9gime change in 2019.\r\n");
const QString cp1252ArticleText = QStringLiteral(
    "The council said the new ticket would cost \u00A35 \u2013 it\u2019s \u201Ccheap\u201D, according to the caf\u00E9 owner.\r\n"
    "Residents were not convinced: \u201CWe\u2019ve heard that before,\u201D said one, adding that the old fare had been "
    "\u00A33.50 and that prices had risen every year since the r\u00E9gime change in 2019.\r\n");

// Latin-1: accented letters and symbols between 0xA0 and 0xFF, nothing in 0x80..0x9F.
const QByteArray latin1Article = QByteArrayLiteral(
    "Le caf\xE9 de la gare sert une cr\xE8me br\xFBl\xE9" "e na\xEFve \xE0 25\xB0" "C, \xA9 2024. La fa\xE7" "ade a "
    "co\xFBt\xE9 \xBD million, \xE9" "crit le journal; \xAB tr\xE8s cher \xBB, disent les habitants.\n");
const QString latin1ArticleText = QStringLiteral(
    "Le caf\u00E9 de la gare sert une cr\u00E8me br\u00FBl\u00E9e na\u00EFve \u00E0 25\u00B0C, \u00A9 2024. La fa\u00E7ade a "
    "co\u00FBt\u00E9 \u00BD million, \u00E9crit le journal; \u00AB tr\u00E8s cher \u00BB, disent les habitants.\n");

const QString unicodeText = QStringLiteral("Caf\u00E9 \u201Cquoted\u201D \u2014 \u4E2D\u6587 \U0001F600 \uFEFF end\r\n");
} // namespace

class DocumentTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DocumentEncoding>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");       // one edit: `from` → `to` in the text...
        QTest::addColumn<QString>("to");
        QTest::addColumn<QByteArray>("edited"); // ...gives exactly these bytes

        {
            QByteArray edited = cp1252Article;
            edited.replace("\x93" "cheap\x94", "\x93tr\xE8s cher\x94");
            QTest::newRow("windows-1252") << cp1252Article << DocumentEncoding{"windows-1252", false} << cp1252ArticleText
                                          << QStringLiteral("\u201Ccheap\u201D") << QStringLiteral("\u201Ctr\u00E8s cher\u201D")
                                          << edited;
        }
        {
            // Reported as windows-1252 (its superset): the bytes are the same either way.
            QByteArray edited = latin1Article;
            edited.replace("25\xB0" "C", "30\xB0" "C \x80");
            QTest::newRow("Latin-1") << latin1Article << DocumentEncoding{"windows-1252", false} << latin1ArticleText
                                     << QStringLiteral("25\u00B0C") << QStringLiteral("30\u00B0C \u20AC") << edited;
        }
        const QString from = QStringLiteral("\u201Cquoted\u201D");
        const QString to = QStringLiteral("\u201Cre-quoted \U0001F44D\u201D");
        QString editedText = unicodeText;
        editedText.replace(from, to);
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE", 2) + utf16(unicodeText, false)
                                           << DocumentEncoding{"UTF-16LE", true} << unicodeText << from << to
                                           << QByteArray("\xFF\xFE", 2) + utf16(editedText, false);
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) + utf16(unicodeText, true)
                                           << DocumentEncoding{"UTF-16BE", true} << unicodeText << from << to
                                           << QByteArray("\xFE\xFF", 2) + utf16(editedText, true);
        QTest::newRow("UTF-32LE with BOM") << QByteArray("\xFF\xFE\0\0", 4) + utf32le(unicodeText)
                                           << DocumentEncoding{"UTF-32LE", true} << unicodeText << from << to
                                           << QByteArray("\xFF\xFE\0\0", 4) + utf32le(editedText);
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + unicodeText.toUtf8() << DocumentEncoding{"UTF-8", true}
                                        << unicodeText << from << to << QByteArray("\xEF\xBB\xBF") + editedText.toUtf8();
        QTest::newRow("UTF-8") << unicodeText.toUtf8() << DocumentEncoding{"UTF-8", false} << unicodeText << from << to
                               << editedText.toUtf8();
        // A second U+FEFF after the byte-order mark is text.
        QTest::newRow("UTF-8, BOM then U+FEFF") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << DocumentEncoding{"UTF-8", true}
                                                << QStringLiteral("\uFEFFx") << QStringLiteral("x") << QStringLiteral("y")
                                                << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFy");
        {
            // Short German Latin-1: KEncodingProber's best guess is x-mac-cyrillic, 21% sure; not taken.
            const QByteArray german = "Gr\xFC\xDF" "e aus M\xFCnchen, sch\xF6ne Stra\xDF" "e.";
            QTest::newRow("windows-1252, short German") << german << DocumentEncoding{"windows-1252", false}
                                                        << QStringLiteral("Gr\u00FC\u00DFe aus M\u00FCnchen, sch\u00F6ne Stra\u00DFe.")
                                                        << QStringLiteral("M\u00FCnchen") << QStringLiteral("K\u00F6ln")
                                                        << QByteArray("Gr\xFC\xDF" "e aus K\xF6ln, sch\xF6ne Stra\xDF" "e.");
        }
        {
            // Not only Western: a Japanese text in Shift_JIS is recognised (and kept in it).
            const QByteArray sjis = "\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd\x81\x41\x90\xa2\x8a\x45\x81\x42\x93\xfa\x96\x7b"
                                    "\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67\x82\xc5\x82\xb7\x81\x42";
            QByteArray edited = sjis;
            edited.replace("\x90\xa2\x8a\x45", "\x93\xfa\x96\x7b");
            QTest::newRow("Shift_JIS") << sjis << DocumentEncoding{"Shift_JIS", false}
                                       << QStringLiteral("\u3053\u3093\u306B\u3061\u306F\u3001\u4E16\u754C\u3002\u65E5\u672C"
                                                         "\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059\u3002")
                                       << QStringLiteral("\u4E16\u754C") << QStringLiteral("\u65E5\u672C") << edited;
        }
        // A lone lead byte at the end, and no UTF-8 anywhere else: a legacy é, not a cut-off character.
        QTest::newRow("windows-1252, é at the end") << QByteArray("caf\xE9") << DocumentEncoding{"windows-1252", false}
                                                    << QStringLiteral("caf\u00E9") << QStringLiteral("caf")
                                                    << QStringLiteral("Caf") << QByteArray("Caf\xE9");
        QTest::newRow("ASCII") << QByteArray("plain text\n") << DocumentEncoding{"UTF-8", false} << QStringLiteral("plain text\n")
                               << QStringLiteral("plain") << QStringLiteral("na\u00EFve") << QByteArray("na\xC3\xAFve text\n");
        QTest::newRow("empty") << QByteArray() << DocumentEncoding{"UTF-8", false} << QString() << QString()
                               << QStringLiteral("\u00E9") << QByteArray("\xC3\xA9");
        // U+FFFD that is in the file is text like any other.
        QTest::newRow("real U+FFFD") << QByteArray("a\xEF\xBF\xBD" "b") << DocumentEncoding{"UTF-8", false}
                                     << QStringLiteral("a\uFFFDb") << QStringLiteral("b") << QStringLiteral("c")
                                     << QByteArray("a\xEF\xBF\xBD" "c");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DocumentEncoding, encoding);
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QByteArray, edited);

        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.errorOffset, qsizetype(-1));
        QCOMPARE(decoded.encoding.name, encoding.name);
        QCOMPARE(decoded.encoding.bom, encoding.bom);
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.text.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD"));

        QString error = QStringLiteral("not cleared");
        QCOMPARE(encodeText(decoded.text, decoded.encoding, &error), bytes);
        QCOMPARE(error, QString());

        QString changed = decoded.text;
        if (from.isEmpty())
            changed = to;
        else
            changed.replace(from, to);
        QVERIFY(changed != decoded.text);
        QCOMPARE(encodeText(changed, decoded.encoding, &error), edited);
        QCOMPARE(error, QString());
        // And the edited file reads back as the edited text, in the same encoding.
        const DecodedText again = decodeText(edited);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.text, changed);
        QCOMPARE(again.encoding, decoded.encoding);
    }

    void cp1252AllBytes()
    {
        // Every byte of windows-1252, including the five that it leaves undefined (0x81 0x8D 0x8F 0x90 0x9D):
        // decoding with the encoding named gives them back.
        QByteArray all;
        for (int i = 0x20; i < 0x100; ++i)
            all += char(i);
        const DecodedText decoded = decodeText(all, DocumentEncoding{"windows-1252", false});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text.at(0x80 - 0x20), QChar(0x20AC));
        QCOMPARE(decoded.text.at(0x92 - 0x20), QChar(0x2019));
        QCOMPARE(encodeText(decoded.text, decoded.encoding), all);
    }

    void knownEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DocumentEncoding>("encoding");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QString>("text");
        QTest::newRow("cp1252 alias") << QByteArray("\x93hi\x94") << DocumentEncoding{"cp1252", false}
                                      << QByteArray("windows-1252") << QStringLiteral("\u201Chi\u201D");
        QTest::newRow("ISO-8859-1") << latin1Article << DocumentEncoding{"ISO-8859-1", false} << QByteArray("ISO-8859-1")
                                    << latin1ArticleText;
        QTest::newRow("latin1 alias, C1 control kept") << QByteArray("a\x85" "b") << DocumentEncoding{"latin1", false}
                                                       << QByteArray("ISO-8859-1") << QStringLiteral("a\u0085b");
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE" "a\0", 4) << DocumentEncoding{"UTF-16LE", true}
                                           << QByteArray("UTF-16LE") << QStringLiteral("a");
    }
    void knownEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DocumentEncoding, encoding);
        QFETCH(QByteArray, canonical);
        QFETCH(QString, text);
        const DecodedText decoded = decodeText(bytes, encoding);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding.name, canonical);
        QCOMPARE(decoded.encoding.bom, encoding.bom);
        QCOMPARE(decoded.text, text);
        QCOMPARE(encodeText(decoded.text, decoded.encoding), bytes);
    }

    void notDecodable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("message");
        // Otherwise-UTF-8 text with its last character cut off: not a legacy 8-bit text to guess at.
        QTest::newRow("UTF-8 truncated at the end")
            << QByteArray("Caf\xC3\xA9 and more text \xE2\x80") << qsizetype(20)
            << QStringLiteral("not valid UTF-8 at byte 20 (a character cut off at the end of the file)");
        QTest::newRow("only a truncated character") << QByteArray("plain ascii then \xF0\x9F\x98") << qsizetype(17)
                                                    << QStringLiteral("not valid UTF-8 at byte 17 (a character cut off at the end of the file)");
        // Mostly UTF-8 with one stray windows-1252 byte (a paste): an error, not mojibake.
        QTest::newRow("UTF-8 with a stray byte") << QByteArray("caf\xC3\xA9 and na\xEFve") << qsizetype(12)
                                                 << QStringLiteral("not valid UTF-8 at byte 12");
        QTest::newRow("UTF-8 with a surrogate") << QByteArray("\xE2\x80\x99 x \xED\xA0\x80 y") << qsizetype(6)
                                                << QStringLiteral("not valid UTF-8 at byte 6");
        QTest::newRow("UTF-8 with an overlong form") << QByteArray("\xC3\xA9 \xC0\xAF") << qsizetype(3)
                                                     << QStringLiteral("not valid UTF-8 at byte 3");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20) << qsizetype(8)
                                << QStringLiteral("not a text file (a NUL byte at byte 8)");
        QTest::newRow("UTF-8 with BOM, invalid") << QByteArray("\xEF\xBB\xBF" "caf\xE9 ok") << qsizetype(6)
                                                 << QStringLiteral("not valid UTF-8 at byte 6");
        QTest::newRow("UTF-16LE, odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << qsizetype(4)
                                              << QStringLiteral("cannot be decoded as UTF-16LE without loss (at byte 4)");
    }
    void notDecodable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QFETCH(QString, message);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error, message);
        QCOMPARE(decoded.errorOffset, offset);
        QVERIFY(decoded.encoding.isValid());
        QVERIFY(!decoded.text.isEmpty()); // something to show, read-only
    }

    void wrongKnownEncoding()
    {
        // Bytes that are not Shift_JIS (0x85 0x40 is unassigned there): located at the bad bytes, not at 0.
        const DecodedText sjis = decodeText(QByteArray("\x82\xb1\x82\xf1 ab \x85\x40 cd"), DocumentEncoding{"Shift_JIS", false});
        QCOMPARE(sjis.error, QStringLiteral("cannot be decoded as Shift_JIS without loss (at byte 8)"));
        QCOMPARE(sjis.errorOffset, qsizetype(8));
        // The reviewer (or the sidecar) says UTF-16 with a BOM, but there is none.
        const DecodedText noBom = decodeText(QByteArray("a\0", 2), DocumentEncoding{"UTF-16LE", true});
        QCOMPARE(noBom.error, QStringLiteral("no UTF-16LE byte-order mark at the start"));
        const DecodedText unknown = decodeText(QByteArray("a"), DocumentEncoding{"x-no-such-encoding", false});
        QCOMPARE(unknown.error, QStringLiteral("unknown encoding x-no-such-encoding"));
        const DecodedText utf8 = decodeText(QByteArray("a\xE9"), DocumentEncoding{"UTF-8", false});
        QCOMPARE(utf8.error, QStringLiteral("not valid UTF-8 at byte 1 (a character cut off at the end of the file)"));
        QCOMPARE(utf8.errorOffset, qsizetype(1));
        QCOMPARE(utf8.text, QStringLiteral("a\uFFFD"));
    }

    void unrepresentable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DocumentEncoding>("encoding");
        QTest::addColumn<QString>("message");
        QTest::newRow("CJK in windows-1252") << QStringLiteral("caf\u00E9 \u4E2D") << DocumentEncoding{"windows-1252", false}
                                             << QStringLiteral("“中” (U+4E2D) at position 5 cannot be represented in windows-1252");
        QTest::newRow("emoji in windows-1252, after 5000 characters")
            << QString(5000, QLatin1Char('a')) + QStringLiteral("\U0001F600") << DocumentEncoding{"windows-1252", false}
            << QStringLiteral("“\U0001F600” (U+1F600) at position 5000 cannot be represented in windows-1252");
        // Qt's own Latin-1 encoder writes '?' and reports nothing: caught all the same.
        QTest::newRow("euro in ISO-8859-1") << QStringLiteral("5 \u20AC") << DocumentEncoding{"ISO-8859-1", false}
                                            << QStringLiteral("“€” (U+20AC) at position 2 cannot be represented in ISO-8859-1");
        // A replacement character is not how to save one that cannot be represented...
        QTest::newRow("U+FFFD in windows-1252") << QStringLiteral("a\uFFFD") << DocumentEncoding{"windows-1252", false}
                                                << QStringLiteral("“\uFFFD” (U+FFFD) at position 1 cannot be represented in windows-1252");
        // ...nor of a lone surrogate (UTF-8 has no form for it).
        QTest::newRow("lone surrogate in UTF-8") << QString(QStringLiteral("ab") + QChar(0xD800)) << DocumentEncoding{"UTF-8", false}
                                                 << QString(QStringLiteral("“") + QChar(0xD800)
                                                            + QStringLiteral("” (U+D800) at position 2 cannot be represented in UTF-8"));
        QTest::newRow("BOM in windows-1252") << QStringLiteral("a") << DocumentEncoding{"windows-1252", true}
                                             << QStringLiteral("windows-1252 has no byte-order mark");
        QTest::newRow("no encoding") << QStringLiteral("a") << DocumentEncoding{} << QStringLiteral("no encoding");
    }
    void unrepresentable()
    {
        QFETCH(QString, text);
        QFETCH(DocumentEncoding, encoding);
        QFETCH(QString, message);
        QString error;
        const QByteArray bytes = encodeText(text, encoding, &error);
        QCOMPARE(error, message);
        QVERIFY(bytes.isEmpty());
    }

    void representableAfterAll()
    {
        // The same characters in an encoding that has them.
        QString error;
        QCOMPARE(encodeText(QStringLiteral("5 \u20AC"), DocumentEncoding{"windows-1252", false}, &error), QByteArray("5 \x80"));
        QCOMPARE(error, QString());
        QCOMPARE(encodeText(QStringLiteral("a\uFFFD"), DocumentEncoding{"UTF-8", false}, &error), QByteArray("a\xEF\xBF\xBD"));
        QCOMPARE(error, QString());
    }

    void acceptedMeansLossless()
    {
        // Whatever decodeText() accepts, encodeText() turns back into the very same bytes: random mixes of ASCII,
        // high bytes, UTF-8 sequences and NULs (a fixed seed, so every run checks the same inputs).
        QRandomGenerator random(20250611);
        const QByteArray pieces[] = {"the ", "cost ", "\n", "\xE9", "\xA3", "\x92", "\x93", "\x81", "\xC3\xA9", "\xE2\x80\x99",
                                     "\xF0\x9F\x98\x80", "\xFF", "\xFE", QByteArray(1, '\0'), "\xEF\xBB\xBF", "\xC3"};
        int accepted = 0, refused = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes;
            const int n = int(random.bounded(1, 40));
            for (int i = 0; i < n; ++i)
                bytes += pieces[random.bounded(int(std::size(pieces)))];
            const DecodedText decoded = decodeText(bytes);
            if (!decoded.ok()) {
                ++refused;
                QVERIFY(decoded.errorOffset >= 0 && decoded.errorOffset <= bytes.size());
                continue;
            }
            ++accepted;
            QString error;
            QCOMPARE(encodeText(decoded.text, decoded.encoding, &error), bytes);
            QCOMPARE(error, QString());
        }
        // Both kinds were seen (the test says something about each).
        QVERIFY(accepted > 20);
        QVERIFY(refused > 20);
    }

    void byteOrderMarks()
    {
        QCOMPARE(byteOrderMark("UTF-8"), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(byteOrderMark("UTF-16BE"), QByteArray("\xFE\xFF"));
        QCOMPARE(byteOrderMark("UTF-32LE"), QByteArray("\xFF\xFE\0\0", 4));
        QCOMPARE(byteOrderMark("windows-1252"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(DocumentTextTest)
#include "documenttext_test.moc"
