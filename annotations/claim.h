// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_annotations_export.h"
#include "documenttext.h"

#include <QDate>
#include <QDateTime>
#include <QHashFunctions>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <type_traits>

namespace Claimbench {

/// A claim id as the key of Qt's hash containers: `QHash<IdKey, T>`, `QSet<IdKey>` (converts from and to QUuid).
/// Qt's qHash(QUuid) XORs the id's 32-bit words, so ids that differ in few bytes — numbered ids of generated or
/// imported sidecars, crafted ones — fall into a few buckets (10,000 numbered ids: 100 of 16,384) and every lookup
/// becomes a walk through all of them; this hash mixes all 128 bits.
struct IdKey {
    QUuid id;
    IdKey() = default;
    IdKey(const QUuid &uuid) // NOLINT(google-explicit-constructor): a key is given as the id it is
        : id(uuid)
    {
    }
    operator const QUuid &() const { return id; } // NOLINT(google-explicit-constructor)
    friend bool operator==(const IdKey &, const IdKey &) = default;
    friend size_t qHash(const IdKey &key, size_t seed = 0) noexcept
    {
        static_assert(sizeof(QUuid) == 16 && std::has_unique_object_representations_v<QUuid>);
        return qHashBits(&key.id, sizeof(QUuid), seed);
    }
};

/// The review workflow: open → in-progress → needs-second-review → done; plus dismissed.
enum class ClaimStatus { Open, InProgress, NeedsSecondReview, Done, Dismissed };
CLAIMBENCH_ANNOTATIONS_EXPORT QString statusToString(ClaimStatus status);       ///< "open", "in-progress", ...
CLAIMBENCH_ANNOTATIONS_EXPORT bool statusFromString(const QString &s, ClaimStatus *status);
CLAIMBENCH_ANNOTATIONS_EXPORT QStringList allStatusIds();

/// An evidence source.
struct Source {
    QString url;
    QString title;
    QString publisher;
    QDate accessed;
    QString archiveUrl;
    QString excerpt;
    QString note;
    QJsonObject extra; ///< unknown keys from the file, kept on round-trip
    friend bool operator==(const Source &, const Source &) = default;
};

/// One entry of a claim's append-only history: who changed which field from what to what, when.
struct HistoryEntry {
    QDateTime when; ///< UTC
    QString author;
    QString field; ///< "status", "verdict", "notes", "claimType", "fields.<name>", "checklist.<step>", "sources", "target", "created", "removed", "restored"
    QJsonValue from;
    QJsonValue to;
    QString reason = {};  ///< why, when the person said (e.g. Done although a verdict is missing); usually empty
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

/// What the claim points at: the exact text plus up to 32 code points of context either side.
struct TextQuote {
    QString exact;
    QString prefix;
    QString suffix;
    friend bool operator==(const TextQuote &, const TextQuote &) = default;
};

/// A field two writers changed differently (a three-way merge's conflict), kept until a person resolves it.
/// `field` is a ClaimSet::setField() name ("verdict", "notes", "fields.NAME", "checklist.STEP", "status",
/// "claimType", "sources", "target") or "removed": one side removed the claim, the other changed it (the claim is
/// kept; `mine`/`theirs` say which side removed it with null).
struct FieldConflict {
    QString field;
    QJsonValue base;   ///< null when the field was absent
    QJsonValue mine;   ///< the value this instance had (also the claim's current value)
    QJsonValue theirs; ///< the value on disk written by someone else
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

/// Who made a claim (schema.org ClaimReview itemReviewed.author): a person or an organisation. Empty by default.
/// In the sidecar {"name", "role"}, plus "type": "organization" for an organisation (omitted for a person).
struct Claimant {
    QString name; ///< "Kevin Bentley"
    QString role; ///< "Leader of Essex County Council"; empty when unknown (ClaimReview author.jobTitle)
    bool organisation = false; ///< an organisation (ClaimReview Organization), not a person (Person)
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    bool isEmpty() const { return name.isEmpty() && role.isEmpty(); }
    friend bool operator==(const Claimant &, const Claimant &) = default;
};

/// Where and when a claim was made (ClaimReview itemReviewed.appearance and datePublished). Empty by default:
/// the article itself (DocumentSource) is the appearance then.
struct Appearance {
    QString url; ///< an http(s) URL; empty: the article's URL
    QDate date;  ///< when the claim was made; invalid: the article's publication date
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    bool isEmpty() const { return url.isEmpty() && !date.isValid(); }
    friend bool operator==(const Appearance &, const Appearance &) = default;
};

/// The text of numbers in free-form JSON values (fields, history values, unknown members) that no QJsonValue
/// holds exactly (beyond 64-bit integers, "-0", "1.0", "1e3", "0.10"...), by JSON pointer; the writer puts the
/// text back while the value there is still the number it denotes. Filled by the readers.
using NumberTexts = QMap<QString, QByteArray>;

/// A claim marked for verification (an annotation on one document). Invalid by default (null id).
/// Positions are Unicode code points, end exclusive; start < 0 means the claim is an orphan
/// (its text could not be found), and `quote` keeps its last known text.
struct CLAIMBENCH_ANNOTATIONS_EXPORT Claim {
    QUuid id;
    QString claimType; ///< a plugin's claim type id; unknown ids are kept as they are
    TextQuote quote;
    qsizetype start = -1;
    qsizetype end = -1;
    QJsonObject targetExtra; ///< unknown members of the file's "target", kept on round-trip
    ClaimStatus status = ClaimStatus::Open;
    QString verdict; ///< an id from the rating scale, empty when unset
    QJsonObject fields; ///< claim-type specific key/values
    QMap<QString, bool> checklist; ///< step id → done
    QList<Source> sources;
    QString notes; ///< Markdown
    // The fact-check as it is published (ClaimReview). All optional; the publish gate (completeness.h) decides
    // which must be filled before a claim goes out.
    Claimant claimant;    ///< who made the claim; prefilled from a quote's speaker
    QString statement;    ///< the claim as it will be published (claimReviewed), prefilled from the quote
    QString conclusion;   ///< one line: the reason for the verdict
    Appearance appearance; ///< where and when the claim was made, when not in the article itself
    // The desk's workflow.
    QString assignee;     ///< the reviewer the claim is assigned to; empty: unassigned
    QString approvedBy;   ///< the reviewer who approved the claim for publishing (ClaimSet::approve()); empty: not
                          ///< approved
    QDateTime approved;   ///< UTC, when approvedBy approved it; invalid when not approved
    QString reReview; ///< why the claim needs reviewing again ("text-changed"), empty when it does not
    QString createdBy;
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC
    QList<HistoryEntry> history;
    QList<FieldConflict> conflicts; ///< unresolved merge conflicts
    QJsonObject extra; ///< unknown keys from the file, kept on round-trip
    NumberTexts numberTexts; ///< pointers from the claim ("/fields/amount")

    bool isValid() const { return !id.isNull(); }
    bool isOrphan() const { return start < 0; }
    friend bool operator==(const Claim &, const Claim &) = default;
};

/// One level of a rating scale.
struct RatingLevel {
    QString id;    ///< "mostly-true"
    QString label; ///< "Mostly true"
    int value = 0; ///< ratingValue in ClaimReview; higher is truer
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip; 0: not on the truth scale (unproven, not checkable)
    friend bool operator==(const RatingLevel &, const RatingLevel &) = default;
};

/// The verdicts a desk uses. The default: true, mostly-true, half-true, mostly-false, false, misleading,
/// unproven, not-checkable.
struct CLAIMBENCH_ANNOTATIONS_EXPORT RatingScale {
    QList<RatingLevel> levels;
    static RatingScale defaultScale();
    RatingLevel level(const QString &id) const; ///< invalid (empty id) when unknown
    int best() const;  ///< the highest value (5 in the default scale)
    int worst() const; ///< the lowest value above 0 (1 in the default scale)
    friend bool operator==(const RatingScale &, const RatingScale &) = default;
};

/// Where the reviewed article came from (the sidecar's "document.source"): filled by Open Article /
/// `claimbench-cli article` from the page's metadata, or by hand. Empty by default (a local file).
struct DocumentSource {
    QString url;           ///< final URL after redirects; empty for a local file
    QStringList redirects; ///< the URLs followed before `url`, in order
    QString title;         ///< the article's headline
    QString siteName;      ///< "BBC News"
    QString byline;        ///< "By Jane Smith"
    QString publishedTime; ///< ISO 8601 as the page gives it (date or date-time); empty when unknown
    QString lang;          ///< BCP 47, "en-GB"
    QString dir;           ///< "ltr", "rtl" or empty
    QDateTime retrieved;   ///< UTC, when the original was fetched or read
    QString sha256;        ///< lowercase hex of the original bytes (the snapshot), not of the readable document
    QString snapshot;      ///< path of the kept original, relative to the document's folder
    QString mediaType;     ///< of the original: "text/html", "application/pdf", ...
    /// A fetched web page's single-file HTML copy that opens offline, relative to the document's folder (last here so
    /// that positional initialisers of the members above stay as they were; in the file it follows "snapshot").
    QString offlineCopy = {};
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    bool isEmpty() const { return url.isEmpty() && title.isEmpty() && snapshot.isEmpty() && sha256.isEmpty(); }
    friend bool operator==(const DocumentSource &, const DocumentSource &) = default;
};

/// Which document a claim set belongs to.
struct DocumentIdentity {
    QString fileName;  ///< base name, e.g. "essex-jiangsu.txt"
    QString mediaType; ///< "text/plain", "text/markdown", "text/html"
    QString sha256;    ///< lowercase hex of the document's bytes
    qsizetype length = 0; ///< in code points
    /// How its bytes are decoded ("UTF-8", "windows-1252", "UTF-16LE", ...; with bom when the file starts with a
    /// byte-order mark); invalid (empty name) when unknown, e.g. in a sidecar written before it was recorded.
    DocumentEncoding encoding = {};
    DocumentSource source = {}; ///< where the article came from; empty for a local file
    friend bool operator==(const DocumentIdentity &, const DocumentIdentity &) = default;
};

/// Who publishes the review and where (ClaimReview author, url, headline, datePublished); the sidecar's
/// "publication". Empty by default; the workbench prefills the publisher from the preferences.
struct Publication {
    QString publisher;     ///< the fact-checking organisation
    QString publisherUrl;  ///< its home page
    QString logoUrl;       ///< its logo (ClaimReview author.logo)
    QString url;           ///< where the review is published; each claim gets url#claim-N
    QString headline;      ///< the review's headline
    QDate datePublished;   ///< invalid: not published yet
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    bool isEmpty() const { return publisher.isEmpty() && url.isEmpty() && headline.isEmpty() && !datePublished.isValid(); }
    friend bool operator==(const Publication &, const Publication &) = default;
};

/// A detector suggestion the reviewer dismissed, remembered so that it is not suggested again.
struct DismissedSuggestion {
    QString claimType;
    QString quote;
    QJsonObject extra = {}; ///< unknown keys from the file, kept on round-trip
    friend bool operator==(const DismissedSuggestion &, const DismissedSuggestion &) = default;
};

/// Everything the sidecar holds for one document, as a plain value.
struct CLAIMBENCH_ANNOTATIONS_EXPORT ClaimSetData {
    DocumentIdentity document;
    QList<Claim> claims; ///< ordered by start (orphans last), then id
    QStringList reviewers;
    QList<DismissedSuggestion> dismissed;
    RatingScale ratingScale = RatingScale::defaultScale();
    Publication publication;
    /// Unknown top-level keys, kept on round-trip; unknown members of the file's "document" object are kept
    /// under extra["document"].
    QJsonObject extra;
    NumberTexts numberTexts; ///< pointers from the top, outside claims ("/x-top/0", "/dismissed/2/x-d")

    void sortClaims();
    friend bool operator==(const ClaimSetData &, const ClaimSetData &) = default;
};

/// The file order of claims: by start (orphans last), then by id (as its text sorts).
CLAIMBENCH_ANNOTATIONS_EXPORT bool claimOrderLess(const Claim &a, const Claim &b);

/// Unicode code point ↔ UTF-16 conversion at the boundary between Qt strings and files/exports.
CLAIMBENCH_ANNOTATIONS_EXPORT qsizetype codePointLength(QStringView text);
/// Code point offset of UTF-16 offset `utf16` (which must not split a surrogate pair).
CLAIMBENCH_ANNOTATIONS_EXPORT qsizetype toCodePoints(QStringView text, qsizetype utf16);
/// UTF-16 offset of code point offset `codePoints`; -1 when beyond the text.
CLAIMBENCH_ANNOTATIONS_EXPORT qsizetype toUtf16(QStringView text, qsizetype codePoints);

/// A fast index for repeated conversions on one large text (checkpoints every 128 code points).
class CLAIMBENCH_ANNOTATIONS_EXPORT CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);
    bool isValid() const { return m_valid; }
    qsizetype toCodePoints(qsizetype utf16) const;
    qsizetype toUtf16(qsizetype codePoints) const;
    qsizetype codePointLength() const { return m_length; }

private:
    QStringView m_text;
    QList<qsizetype> m_checkpoints; // utf16 offset of code point k*128
    qsizetype m_length = 0;
    bool m_valid = false;
};

} // namespace Claimbench
