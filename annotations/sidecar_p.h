// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the sidecar code (and its tests and fuzz target): not part of the public API.
#pragma once

#include "sidecar.h"

#include <QByteArrayView>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>

namespace Claimbench::SidecarInternal {

// --- The members of each object: one table that the writer, the validator and the one-pass reader share -----------
// The writer writes the members in table order (unknown members after them, sorted by name) and each reader
// dispatches on the table's ids: the compiler's -Wswitch makes each of them handle every member, and a member's
// name, type and whether it is required are written down only here (tests/core/sidecar_test.cpp checks all three
// against it, the fuzz target that the readers agree).

/// A member's JSON type as the validator checks it (the message names it: "expected a string or null, ...").
enum class MemberKind : unsigned char {
    String,       ///< a string
    StringOrNull, ///< a string or null (null reads as empty)
    Integer,      ///< an integer (|n| <= 2^53)
    Position,     ///< an integer or null: target.start and target.end (both null: an orphan)
    Boolean,      ///< true or false
    DateTime,     ///< an ISO 8601 date and time, or null
    Date,         ///< an ISO 8601 date (YYYY-MM-DD), or null
    Object,       ///< an object
    Array,        ///< an array
    Any,          ///< any JSON value
};

template<typename Id>
struct Member {
    Id id;
    std::string_view name; ///< ASCII, NUL-terminated (string literals)
    MemberKind kind;
    bool required;
};

enum class TopMember : unsigned char { Format, Version, Document, RatingScale, Reviewers, Publication, Claims, Dismissed };
enum class DocumentMember : unsigned char { FileName, MediaType, Sha256, Length, Encoding, Bom, Source };
enum class DocumentSourceMember : unsigned char {
    Url, Redirects, Title, SiteName, Byline, PublishedTime, Lang, Dir, Retrieved, Sha256, Snapshot, OfflineCopy, MediaType
};
enum class PublicationMember : unsigned char { Publisher, PublisherUrl, LogoUrl, Url, Headline, DatePublished };
enum class LevelMember : unsigned char { Id, Label, Value };
enum class DismissedMember : unsigned char { ClaimType, Quote };
enum class ClaimMember : unsigned char {
    Id, ClaimType, Target, Status, Verdict, Fields, Checklist, Sources, Notes, Claimant, Statement, Conclusion,
    Appearance, Assignee, ApprovedBy, Approved, ReReview, CreatedBy, Created, Modified, History, Conflicts
};
enum class ClaimantMember : unsigned char { Name, Role, Type };
enum class AppearanceMember : unsigned char { Url, Date };
enum class TargetMember : unsigned char { Start, End, Exact, Prefix, Suffix };
enum class SourceMember : unsigned char { Url, Title, Publisher, Accessed, ArchiveUrl, Excerpt, Note };
enum class HistoryMember : unsigned char { When, Author, Field, From, To, Reason };
enum class ConflictMember : unsigned char { Field, Base, Mine, Theirs };

using K = MemberKind;
/// The top level. "format" is checked first ("not a Claimbench claims file"), then "version".
inline constexpr Member<TopMember> topMembers[] = {
    {TopMember::Format, "format", K::String, true},          {TopMember::Version, "version", K::Integer, true},
    {TopMember::Document, "document", K::Object, true},      {TopMember::RatingScale, "ratingScale", K::Array, false},
    {TopMember::Reviewers, "reviewers", K::Array, false},    {TopMember::Publication, "publication", K::Object, false},
    {TopMember::Claims, "claims", K::Array, true},           {TopMember::Dismissed, "dismissed", K::Array, false},
};
/// "document". Unknown members wait in ClaimSetData::extra["document"]. "encoding" is omitted when unknown,
/// "bom" unless true, "source" when empty (a local file).
inline constexpr Member<DocumentMember> documentMembers[] = {
    {DocumentMember::FileName, "fileName", K::String, false}, {DocumentMember::MediaType, "mediaType", K::String, false},
    {DocumentMember::Sha256, "sha256", K::String, false},     {DocumentMember::Length, "length", K::Integer, false},
    {DocumentMember::Encoding, "encoding", K::String, false}, {DocumentMember::Bom, "bom", K::Boolean, false},
    {DocumentMember::Source, "source", K::Object, false},
};
/// "document.source" (DocumentSource): where the article came from. Empty texts, no redirects and an invalid
/// time are omitted.
inline constexpr Member<DocumentSourceMember> documentSourceMembers[] = {
    {DocumentSourceMember::Url, "url", K::StringOrNull, false},
    {DocumentSourceMember::Redirects, "redirects", K::Array, false},
    {DocumentSourceMember::Title, "title", K::StringOrNull, false},
    {DocumentSourceMember::SiteName, "siteName", K::StringOrNull, false},
    {DocumentSourceMember::Byline, "byline", K::StringOrNull, false},
    {DocumentSourceMember::PublishedTime, "publishedTime", K::StringOrNull, false},
    {DocumentSourceMember::Lang, "lang", K::StringOrNull, false},
    {DocumentSourceMember::Dir, "dir", K::StringOrNull, false},
    {DocumentSourceMember::Retrieved, "retrieved", K::DateTime, false},
    {DocumentSourceMember::Sha256, "sha256", K::StringOrNull, false},
    {DocumentSourceMember::Snapshot, "snapshot", K::StringOrNull, false},
    {DocumentSourceMember::OfflineCopy, "offlineCopy", K::StringOrNull, false},
    {DocumentSourceMember::MediaType, "mediaType", K::StringOrNull, false},
};
/// "publication" (Publication): who publishes the review, where and when. Omitted when empty; so are its empty
/// texts and an invalid date.
inline constexpr Member<PublicationMember> publicationMembers[] = {
    {PublicationMember::Publisher, "publisher", K::StringOrNull, false},
    {PublicationMember::PublisherUrl, "publisherUrl", K::StringOrNull, false},
    {PublicationMember::LogoUrl, "logoUrl", K::StringOrNull, false},
    {PublicationMember::Url, "url", K::StringOrNull, false},
    {PublicationMember::Headline, "headline", K::StringOrNull, false},
    {PublicationMember::DatePublished, "datePublished", K::Date, false},
};
/// An element of "ratingScale".
inline constexpr Member<LevelMember> levelMembers[] = {
    {LevelMember::Id, "id", K::String, true},
    {LevelMember::Label, "label", K::String, false},
    {LevelMember::Value, "value", K::Integer, false},
};
/// An element of "dismissed".
inline constexpr Member<DismissedMember> dismissedMembers[] = {
    {DismissedMember::ClaimType, "claimType", K::String, false},
    {DismissedMember::Quote, "quote", K::String, true},
};
/// An element of "claims". "reReview", "conflicts" and the fact-check members from "claimant" to "approved" are
/// omitted when empty (so a claim without them is written as before they existed).
inline constexpr Member<ClaimMember> claimMembers[] = {
    {ClaimMember::Id, "id", K::String, true},
    {ClaimMember::ClaimType, "claimType", K::String, true},
    {ClaimMember::Target, "target", K::Object, true},
    {ClaimMember::Status, "status", K::String, false},
    {ClaimMember::Verdict, "verdict", K::StringOrNull, false},
    {ClaimMember::Fields, "fields", K::Object, false},
    {ClaimMember::Checklist, "checklist", K::Object, false},
    {ClaimMember::Sources, "sources", K::Array, false},
    {ClaimMember::Notes, "notes", K::StringOrNull, false},
    {ClaimMember::Claimant, "claimant", K::Object, false},
    {ClaimMember::Statement, "statement", K::StringOrNull, false},
    {ClaimMember::Conclusion, "conclusion", K::StringOrNull, false},
    {ClaimMember::Appearance, "appearance", K::Object, false},
    {ClaimMember::Assignee, "assignee", K::StringOrNull, false},
    {ClaimMember::ApprovedBy, "approvedBy", K::StringOrNull, false},
    {ClaimMember::Approved, "approved", K::DateTime, false},
    {ClaimMember::ReReview, "reReview", K::StringOrNull, false},
    {ClaimMember::CreatedBy, "createdBy", K::StringOrNull, false},
    {ClaimMember::Created, "created", K::DateTime, false},
    {ClaimMember::Modified, "modified", K::DateTime, false},
    {ClaimMember::History, "history", K::Array, false},
    {ClaimMember::Conflicts, "conflicts", K::Array, false},
};
/// A claim's "claimant". "type" is "organization" for an organisation, omitted for a person; "role" is omitted
/// when empty.
inline constexpr Member<ClaimantMember> claimantMembers[] = {
    {ClaimantMember::Name, "name", K::StringOrNull, false},
    {ClaimantMember::Role, "role", K::StringOrNull, false},
    {ClaimantMember::Type, "type", K::StringOrNull, false},
};
/// A claim's "appearance": where and when the claim was made. Empty members are omitted.
inline constexpr Member<AppearanceMember> appearanceMembers[] = {
    {AppearanceMember::Url, "url", K::StringOrNull, false},
    {AppearanceMember::Date, "date", K::Date, false},
};
/// A claim's "target". "start" and "end" are both integers or both null (an orphan).
inline constexpr Member<TargetMember> targetMembers[] = {
    {TargetMember::Start, "start", K::Position, false}, {TargetMember::End, "end", K::Position, false},
    {TargetMember::Exact, "exact", K::String, true},    {TargetMember::Prefix, "prefix", K::StringOrNull, false},
    {TargetMember::Suffix, "suffix", K::StringOrNull, false},
};
/// An element of a claim's "sources". Empty texts and an invalid date are omitted.
inline constexpr Member<SourceMember> sourceMembers[] = {
    {SourceMember::Url, "url", K::String, true},
    {SourceMember::Title, "title", K::StringOrNull, false},
    {SourceMember::Publisher, "publisher", K::StringOrNull, false},
    {SourceMember::Accessed, "accessed", K::Date, false},
    {SourceMember::ArchiveUrl, "archiveUrl", K::StringOrNull, false},
    {SourceMember::Excerpt, "excerpt", K::StringOrNull, false},
    {SourceMember::Note, "note", K::StringOrNull, false},
};
/// An element of a claim's "history".
inline constexpr Member<HistoryMember> historyMembers[] = {
    {HistoryMember::When, "when", K::DateTime, true}, {HistoryMember::Author, "author", K::StringOrNull, false},
    {HistoryMember::Field, "field", K::String, true}, {HistoryMember::From, "from", K::Any, false},
    {HistoryMember::To, "to", K::Any, false},         {HistoryMember::Reason, "reason", K::StringOrNull, false},
};
/// An element of a claim's "conflicts".
inline constexpr Member<ConflictMember> conflictMembers[] = {
    {ConflictMember::Field, "field", K::String, true},
    {ConflictMember::Base, "base", K::Any, false},
    {ConflictMember::Mine, "mine", K::Any, false},
    {ConflictMember::Theirs, "theirs", K::Any, false},
};

/// The member with `id` (every id is in its table: checked at compile time below).
template<typename Id, std::size_t N>
constexpr const Member<Id> &member(const Member<Id> (&table)[N], Id id)
{
    for (const Member<Id> &m : table) {
        if (m.id == id)
            return m;
    }
    return table[0]; // unreachable for a complete table
}
/// The position of `id` in `table` (its bit in a set of members seen), or -1.
template<typename Id, std::size_t N>
constexpr int indexOf(const Member<Id> (&table)[N], Id id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].id == id)
            return int(i);
    }
    return -1;
}
/// The position of the member called `key`, or -1 when unknown. Claimbench writes members in table order, so the
/// search starts at `hint` (the member after the previous one).
template<typename Id, std::size_t N>
constexpr int indexOf(const Member<Id> (&table)[N], std::string_view key, std::size_t hint = 0)
{
    for (std::size_t k = 0; k < N; ++k) {
        const std::size_t i = (hint + k) % N;
        if (table[i].name == key)
            return int(i);
    }
    return -1;
}
/// The required members as bits of their positions.
template<typename Id, std::size_t N>
constexpr unsigned requiredMask(const Member<Id> (&table)[N])
{
    unsigned mask = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].required)
            mask |= 1u << i;
    }
    return mask;
}
/// Each id once, each name once, at most 32 members (sets of members seen are 32-bit masks).
template<typename Id, std::size_t N>
constexpr bool wellFormedTable(const Member<Id> (&table)[N])
{
    if (N > 32)
        return false;
    for (std::size_t i = 0; i < N; ++i) {
        if (std::size_t(table[i].id) >= N || table[i].name.empty())
            return false;
        for (std::size_t j = i + 1; j < N; ++j) {
            if (table[i].id == table[j].id || table[i].name == table[j].name)
                return false;
        }
    }
    return true;
}
static_assert(wellFormedTable(documentSourceMembers) && wellFormedTable(publicationMembers)
              && wellFormedTable(claimantMembers) && wellFormedTable(appearanceMembers));
static_assert(wellFormedTable(topMembers) && wellFormedTable(documentMembers) && wellFormedTable(levelMembers)
              && wellFormedTable(dismissedMembers) && wellFormedTable(claimMembers) && wellFormedTable(targetMembers)
              && wellFormedTable(sourceMembers) && wellFormedTable(historyMembers)
              && wellFormedTable(conflictMembers));
// ...and every id has a member (the last id is the table's size - 1).
static_assert(std::size(topMembers) == std::size_t(TopMember::Dismissed) + 1
              && std::size(documentMembers) == std::size_t(DocumentMember::Source) + 1
              && std::size(documentSourceMembers) == std::size_t(DocumentSourceMember::MediaType) + 1
              && std::size(publicationMembers) == std::size_t(PublicationMember::DatePublished) + 1
              && std::size(claimantMembers) == std::size_t(ClaimantMember::Type) + 1
              && std::size(appearanceMembers) == std::size_t(AppearanceMember::Date) + 1
              && std::size(levelMembers) == std::size_t(LevelMember::Value) + 1
              && std::size(dismissedMembers) == std::size_t(DismissedMember::Quote) + 1
              && std::size(claimMembers) == std::size_t(ClaimMember::Conflicts) + 1
              && std::size(targetMembers) == std::size_t(TargetMember::Suffix) + 1
              && std::size(sourceMembers) == std::size_t(SourceMember::Note) + 1
              && std::size(historyMembers) == std::size_t(HistoryMember::Reason) + 1
              && std::size(conflictMembers) == std::size_t(ConflictMember::Theirs) + 1);

/// The one-pass reader for well-formed files (see sidecarreader.cpp). Builds the data straight from the bytes
/// (valid UTF-8 without a leading byte-order mark, as Sidecar::parse() has checked), or gives up with nullopt at
/// the first thing it does not handle or that is wrong, and Sidecar::parse() then runs the full reader, which
/// explains every problem with its location. Whenever it returns data, that data equals the full reader's.
CLAIMBENCH_ANNOTATIONS_EXPORT std::optional<ClaimSetData> readWellFormed(QByteArrayView json,
                                                                        std::optional<qsizetype> documentLength);

/// Sidecar::parse() without the one-pass reader: Qt's JSON parser, then the validator.
CLAIMBENCH_ANNOTATIONS_EXPORT Sidecar::ReadResult parseValidated(const QByteArray &bytes, const QString &path,
                                                                std::optional<qsizetype> documentLength);

/// Sidecar::serialize(a) compared with Sidecar::serialize(b) as bytes (memcmp order, a prefix first): -1, 0 or 1.
/// Writes both only up to their first difference, a claim at a time.
CLAIMBENCH_ANNOTATIONS_EXPORT int compareSerialized(const ClaimSetData &a, const ClaimSetData &b);

/// ISO 8601 date and time as the sidecar stores it, in UTC; invalid when `s` is not one.
QDateTime parseIsoUtc(const QString &s);

inline constexpr char FormatName[] = "claimbench.claims";
/// The largest integer the sidecar stores (|n| <= 2^53, exact as a double): positions imported from elsewhere
/// (W3C) are refused beyond it, so that whatever is imported can be saved.
inline constexpr qint64 MaxInteger = qint64(1) << 53;

// --- Numbers kept exactly (Claim::numberTexts, ClaimSetData::numberTexts) ----------------------------------------
// A QJsonValue holds an integer that fits 64 bits exactly and any other number as a double (an integral double that
// fits is stored as that integer: "7.0", "1e3" and "-0" all become the integer). The writer writes the value's
// canonical text (numberText()); where the file had another text for it, the readers keep that text by JSON pointer
// and the writer puts it back while the value at that pointer is still the number the text denotes.

/// The value Qt's JSON parser stores for the text of a JSON number (undefined when it is not one or overflows).
QJsonValue numberValue(std::string_view text);
/// The writer's text for a number: the integer, or the shortest text that reads back as the same double.
QByteArray numberText(const QJsonValue &number);
/// Same number, stored alike (an integer or a double with the same bits).
bool sameNumber(const QJsonValue &a, const QJsonValue &b);
/// The value at a JSON pointer inside the free-form parts of a claim (fields, target/source/history/conflict unknown
/// members and values, the claim's unknown members), relative to the claim; undefined elsewhere.
QJsonValue freeValueAt(const Claim &claim, QStringView pointer);
/// The same for the top level outside the claims (the document's, levels' and dismissed suggestions' unknown
/// members, unknown top-level members).
QJsonValue freeValueAt(const ClaimSetData &data, QStringView pointer);
/// Whether `text` is worth keeping at `pointer`: the value there is the number it denotes and the writer's text
/// for it differs.
bool keepsNumberText(const QJsonValue &valueThere, const QByteArray &text);
/// Drops the texts that freeValueAt() does not confirm (after the values changed).
void pruneNumberTexts(Claim *claim);
void pruneNumberTexts(ClaimSetData *data); ///< the top level and every claim
/// A JSON pointer token: "~" → "~0", "/" → "~1".
QString pointerToken(const QString &key);

} // namespace Claimbench::SidecarInternal
