// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"
#include "locatederror.h"
#include "sidecar.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Claimbench {

/// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) import and export.
///
/// Export: an `AnnotationCollection` whose annotations have a `TextQuoteSelector` and (unless orphaned) a
/// `TextPositionSelector` (code points), and bodies with purposes `classifying` (claim type), `assessing`
/// (verdict), `commenting` (notes, Markdown), `linking` (sources) and `tagging` (`status:…`, Hypothesis tags).
/// Import reads the file in one streaming pass (nlohmann's SAX parser): no document tree is built.
class CLAIMBENCH_ANNOTATIONS_EXPORT W3c
{
public:
    /// How to export.
    struct ExportOptions {
        /// The targets' source IRI; when empty, targetSource() picks it.
        QString source;
        /// The document's path (relative to the working directory or absolute), when known: the file:// IRI of
        /// the targets when the article has no URL.
        QString documentPath;
        /// Carry Claimbench's own data in the "claimbench" extension (docs/w3c.md), so that an import gives the
        /// same ClaimSetData back. Off: plain W3C for other tools.
        bool includeClaimbench = true;
    };
    /// The targets' source IRI: options.source; else the article's URL (document.source.url); else the file://
    /// IRI of options.documentPath (made absolute); else the document named by its SHA-256 (RFC 6920,
    /// `ni:///sha-256;…`); else `urn:claimbench:document:` and the percent-encoded file name.
    static QString targetSource(const DocumentIdentity &document, const ExportOptions &options);

    /// An AnnotationCollection that passes every MUST of the W3C annotation-model test suite (docs/w3c.md): the
    /// collection, its one embedded AnnotationPage and each annotation have an IRI `id`; each annotation's id is
    /// the one it was imported with (kept in Claim::extra["w3cId"]), else `urn:uuid:` and the claim's id.
    static QByteArray exportCollection(const ClaimSetData &data, const ExportOptions &options);
    /// exportCollection() with options.source = `source`.
    static QByteArray exportCollection(const ClaimSetData &data, const QString &source = QString());

    struct ImportResult {
        ClaimSetData data;          ///< the claims as found in the file (positions not yet re-anchored)
        QList<LocatedError> errors; ///< each at the bad value, its message prefixed with its JSON pointer
        int skipped = 0;            ///< annotations without any text selector (page notes), not imported
        bool ok() const { return errors.isEmpty(); }
    };
    /// Reads an AnnotationCollection, an AnnotationPage, an array of annotations, a single annotation, or what the
    /// Hypothesis API and its export return (`{"rows": [...]}` or an array of Hypothesis annotations). When
    /// `document` is given, a missing quote is taken from the document at the selector's position.
    /// An annotation that is not an object, or whose TextPositionSelector is malformed, is an error located at it
    /// (e.g. `w.json:7:18: error: /first/items/1/target/selector/1/end: must not be less than start (9)`);
    /// every such annotation is reported, and with any error no claims are returned. Each annotation's id is kept in
    /// the claim's extra["w3cId"] unless it is `urn:uuid:` and the claim's id; the claim's id is the UUID given, or
    /// a name-based UUID of the id. An annotation (or collection) with a "claimbench" extension object gives the
    /// claim (the sidecar's top level) that the sidecar's reader reads from it; its errors are located in it.
    /// A key that an object repeats is an error at the second one (`w.json:3:2: error: /: duplicate key "items"`),
    /// and so is a position beyond 2^53 (more than a sidecar stores). One streaming pass, linear in the file and the
    /// document: quotes missing from the file are taken from `document` through one code point index.
    static ImportResult importAnnotations(const QByteArray &bytes, const QString &pathForMessages,
                                          QStringView document = {});
};

} // namespace Claimbench
