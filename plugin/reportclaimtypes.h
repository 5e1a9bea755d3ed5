// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_plugins_export.h"
#include "claimtypeprovider.h"
#include "report.h"

namespace Claimbench {

/// What the report needs to know of the plugins' claim types (name, colour, field labels, checklist texts);
/// the core report cannot see the plugin API, so the CLI and the workbench both convert through this.
CLAIMBENCH_PLUGINS_EXPORT QList<ReportClaimTypeInfo> reportClaimTypes(const QList<ClaimType> &types);

} // namespace Claimbench
