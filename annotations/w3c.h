// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claim.h"
#include "claimbench_annotations_export.h"
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
        QList<SidecarError> errors; ///< located like the sidecar's
        int skipped = 0;            ///< annotations without any text selector (page notes), not imported
        bool ok() const { return errors.isEmpty(); }
    };
    /// Reads an AnnotationCollection, an AnnotationPage, an array of annotations, a single annotation, or what the
    /// Hypothesis API and its export return (`{"rows": [...]}` or an array of Hypothesis annotations). When
    /// `document` is given, a missing quote is taken from the document at the selector's position.
    static ImportResult importAnnotations(const QByteArray &bytes, const QString &pathForMessages,
                                          QStringView document = {});
};

} // namespace Claimbench
