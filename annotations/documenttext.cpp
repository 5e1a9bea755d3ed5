// SPDX-License-Identifier: GPL-2.0-or-later
#include "documenttext.h"

#include <KEncodingProber>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace Claimbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Claimbench::DocumentText", text);
}

constexpr auto decoderFlags = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;
constexpr auto encoderFlags = QStringConverter::Flag::Stateless;
/// KEncodingProber has made up its mind long before this; feeding it a whole large file only costs time.
constexpr qsizetype MaxProbedBytes = 4 * 1024 * 1024;
/// A guess below this is not taken: KEncodingProber's Latin-1/windows-1252 prober never says more than 0.5, and
/// on short Western texts other probers win with less (German "Grüße aus München" in windows-1252: x-mac-cyrillic,
/// 0.21).
constexpr float MinConfidence = 0.5f;

struct Bom {
    QByteArrayView bytes;
    const char *encoding;
};
// UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with FF FE.
constexpr Bom boms[] = {{QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8"},
                        {QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
                        {QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
                        {QByteArrayView("\xFF\xFE", 2), "UTF-16LE"},
                        {QByteArrayView("\xFE\xFF", 2), "UTF-16BE"}};

QByteArrayView bomOf(const QByteArray &name)
{
    for (const Bom &b : boms) {
        if (name.compare(b.encoding, Qt::CaseInsensitive) == 0)
            return b.bytes;
    }
    return {};
}

/// The canonical name QStringDecoder gives `name` ("cp1252" → "windows-1252", "latin1" → "ISO-8859-1"); empty
/// when Qt (with ICU) does not know it.
QByteArray canonicalName(const QByteArray &name)
{
    if (name.isEmpty())
        return {};
    const QStringDecoder decoder(name.constData());
    return decoder.isValid() ? QByteArray(decoder.name()) : QByteArray();
}

QString decodeBody(QByteArrayView body, const QByteArray &name, bool *hadError = nullptr)
{
    QStringDecoder decoder(name.constData(), decoderFlags);
    QString text = decoder.decode(body);
    if (hadError)
        *hadError = decoder.hasError();
    return text;
}

/// The first offset where `a` and `b` differ (the shorter one's length when one is a prefix of the other).
qsizetype firstDifference(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const auto mismatch = std::mismatch(a.begin(), a.begin() + n, b.begin());
    return mismatch.first - a.begin();
}

struct Utf8Scan {
    qsizetype firstInvalid = -1;
    qsizetype invalid = 0;   ///< runs of invalid bytes (a stray byte, a broken or cut-off sequence: one each)
    qsizetype multibyte = 0; ///< valid sequences of 2 to 4 bytes
    bool truncatedAtEnd = false; ///< the last invalid sequence is a valid sequence's beginning cut off by the end
    bool partialAtEnd = false;   ///< ...and more than its lead byte (a lone é or â at the end is more likely legacy)
};

/// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype invalidEnd = -1; // where the last invalid byte's run ends
    auto invalid = [&scan, &invalidEnd](qsizetype at, qsizetype length) {
        if (scan.firstInvalid < 0)
            scan.firstInvalid = at;
        if (at != invalidEnd)
            ++scan.invalid;
        invalidEnd = at + length;
    };
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar lo = 0x80, hi = 0xBF; // the second byte's range
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            invalid(i, 1);
            scan.truncatedAtEnd = scan.partialAtEnd = false;
            ++i;
            continue;
        }
        int k = 1;
        for (; k < length && i + k < n; ++k) {
            const uchar b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                break;
        }
        if (k == length) {
            ++scan.multibyte;
            i += length;
            continue;
        }
        invalid(i, k);
        scan.truncatedAtEnd = i + k == n;
        scan.partialAtEnd = scan.truncatedAtEnd && k >= 2;
        i += k;
    }
    return scan;
}

DecodedText notUtf8(const QByteArray &bytes, qsizetype bomLength, const Utf8Scan &scan);

/// Decodes the bytes after a byte-order mark of `bomLength` bytes in `name` and verifies the round trip.
DecodedText decodeVerified(const QByteArray &bytes, const QByteArray &name, qsizetype bomLength)
{
    DecodedText result;
    result.encoding = DocumentEncoding{name, bomLength > 0};
    bool hadError = false;
    result.text = decodeBody(QByteArrayView(bytes).sliced(bomLength), name, &hadError);
    QByteArray back = encodeText(result.text, result.encoding);
    if (!hadError && back == bytes)
        return result;
    if (back.isEmpty() && !result.text.isEmpty()) {
        // The decoder put in something the encoding cannot write back (U+FFFD for bad bytes): where, roughly, the
        // encoder's own substitute says.
        QStringEncoder encoder(name.constData(), encoderFlags);
        back = bytes.first(bomLength) + QByteArray(encoder.encode(result.text));
    }
    if (name == "UTF-8") {
        const Utf8Scan scan = scanUtf8(QByteArrayView(bytes).sliced(bomLength));
        if (scan.invalid)
            return notUtf8(bytes, bomLength, scan);
    }
    result.errorOffset = firstDifference(bytes, back);
    result.error = tr("cannot be decoded as %1 without loss (at byte %2)")
                       .arg(QString::fromLatin1(name))
                       .arg(result.errorOffset);
    return result;
}

/// The error for UTF-8 with invalid bytes (after a byte-order mark of `bomLength` bytes); the text with U+FFFD.
DecodedText notUtf8(const QByteArray &bytes, qsizetype bomLength, const Utf8Scan &scan)
{
    DecodedText result;
    result.encoding = DocumentEncoding{QByteArrayLiteral("UTF-8"), bomLength > 0};
    result.text = decodeBody(QByteArrayView(bytes).sliced(bomLength), result.encoding.name);
    result.errorOffset = bomLength + scan.firstInvalid;
    result.error = scan.truncatedAtEnd && scan.invalid == 1
        ? tr("not valid UTF-8 at byte %1 (a character cut off at the end of the file)").arg(result.errorOffset)
        : tr("not valid UTF-8 at byte %1").arg(result.errorOffset);
    return result;
}

QByteArray probe(const QByteArray &bytes)
{
    KEncodingProber prober(KEncodingProber::Universal);
    for (qsizetype at = 0; at < bytes.size() && at < MaxProbedBytes; at += 64 * 1024) {
        if (prober.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(64 * 1024, bytes.size() - at)))
            != KEncodingProber::Probing)
            break;
    }
    if (prober.confidence() < MinConfidence)
        return {};
    return canonicalName(prober.encoding());
}

bool isUnicode(const QByteArray &name)
{
    return name.startsWith("UTF-");
}

} // namespace

QByteArray byteOrderMark(const QByteArray &encodingName)
{
    return bomOf(encodingName).toByteArray();
}

DecodedText decodeText(const QByteArray &bytes)
{
    for (const Bom &b : boms) {
        if (bytes.startsWith(b.bytes))
            return decodeVerified(bytes, QByteArray(b.encoding), b.bytes.size());
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0) {
        // The scan is strict (no overlong forms, surrogates or code points past U+10FFFF) and there is no byte-order
        // mark, so decoding is lossless: no need to encode it again to check (two more passes over a 5 MB article).
        DecodedText result;
        result.encoding = DocumentEncoding{QByteArrayLiteral("UTF-8"), false};
        result.text = decodeBody(bytes, result.encoding.name);
        return result;
    }
    if ((scan.partialAtEnd && scan.invalid == 1) || scan.multibyte >= scan.invalid)
        return notUtf8(bytes, 0, scan);

    QByteArray guess = probe(bytes);
    if (guess.isEmpty() || guess == "UTF-8")
        guess = QByteArrayLiteral("windows-1252");
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0 && !isUnicode(guess)) {
        DecodedText result;
        result.encoding = DocumentEncoding{guess, false};
        result.text = decodeBody(bytes, guess);
        result.errorOffset = nul;
        result.error = tr("not a text file (a NUL byte at byte %1)").arg(nul);
        return result;
    }
    return decodeVerified(bytes, guess, 0);
}

DecodedText decodeText(const QByteArray &bytes, const DocumentEncoding &encoding)
{
    const QByteArray name = canonicalName(encoding.name);
    if (name.isEmpty()) {
        DecodedText result;
        result.encoding = encoding;
        result.error = encoding.isValid() ? tr("unknown encoding %1").arg(QString::fromLatin1(encoding.name))
                                          : tr("no encoding");
        return result;
    }
    if (!encoding.bom)
        return decodeVerified(bytes, name, 0);
    const QByteArrayView mark = bomOf(name);
    if (mark.isEmpty() || !bytes.startsWith(mark)) {
        DecodedText result = decodeVerified(bytes, name, 0);
        result.encoding.bom = true;
        result.errorOffset = 0;
        result.error = mark.isEmpty() ? tr("%1 has no byte-order mark").arg(QString::fromLatin1(name))
                                      : tr("no %1 byte-order mark at the start").arg(QString::fromLatin1(name));
        return result;
    }
    return decodeVerified(bytes, name, mark.size());
}

QByteArray encodeText(QStringView text, const DocumentEncoding &encoding, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    const QByteArray name = canonicalName(encoding.name);
    if (name.isEmpty())
        return fail(encoding.isValid() ? tr("unknown encoding %1").arg(QString::fromLatin1(encoding.name))
                                       : tr("no encoding"));
    QByteArray out;
    if (encoding.bom) {
        const QByteArrayView mark = bomOf(name);
        if (mark.isEmpty())
            return fail(tr("%1 has no byte-order mark").arg(QString::fromLatin1(name)));
        out = mark.toByteArray();
    }
    {
        QStringEncoder encoder(name.constData(), encoderFlags);
        out += encoder.encode(text);
        // A substitute character counts as an error for ICU's encoders but not for Qt's Latin-1 ('?'): decoding
        // the output again catches both.
        if (!encoder.hasError() && decodeBody(QByteArrayView(out).sliced(encoding.bom ? bomOf(name).size() : 0), name) == text) {
            if (error)
                error->clear();
            return out;
        }
    }
    // Which character? Blocks first (a stateless encoder encodes each independently), then code points.
    QStringEncoder encoder(name.constData(), encoderFlags);
    auto fits = [&encoder, &name](QStringView part) { return decodeBody(QByteArray(encoder.encode(part)), name) == part; };
    constexpr qsizetype block = 4096;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = std::min(at + block, text.size());
        if (end < text.size() && text.at(end - 1).isHighSurrogate())
            ++end;
        if (!fits(text.sliced(at, end - at)))
            break;
        at = end;
    }
    qsizetype codePoints = text.first(at).toUcs4().size();
    while (at < text.size()) {
        const qsizetype n = text.at(at).isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate() ? 2 : 1;
        const QStringView c = text.sliced(at, n);
        if (!fits(c)) {
            const char32_t ucs = n == 2 ? QChar::surrogateToUcs4(c.at(0), c.at(1)) : c.at(0).unicode();
            return fail(tr("“%1” (U+%2) at position %3 cannot be represented in %4")
                            .arg(c.toString(),
                                 QString::number(uint(ucs), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                            .arg(codePoints)
                            .arg(QString::fromLatin1(name)));
        }
        at += n;
        ++codePoints;
    }
    // Every part fits but the whole does not (a stateful encoding): say so without a position.
    return fail(tr("the text cannot be represented in %1").arg(QString::fromLatin1(name)));
}

} // namespace Claimbench
