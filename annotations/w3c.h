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
/// (verdict), `commenting` (notes, Markdown), `linking` (sources) and `tagging` (`status:…`).
class CLAIMBENCH_ANNOTATIONS_EXPORT W3c
{
public:
    /// `source` is the target's source IRI; the document's file name when empty.
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
    /// every such annotation is reported, and with any error no claims are returned. A key that an object repeats
    /// is an error at the second one (`w.json:3:2: error: /: duplicate key "items"`), and so is a position beyond
    /// 2^53 (more than a sidecar stores). Linear in the file and the document: quotes missing from the file are
    /// taken from `document` through one code point index.
    static ImportResult importAnnotations(const QByteArray &bytes, const QString &pathForMessages,
                                          QStringView document = {});
};

} // namespace Claimbench
