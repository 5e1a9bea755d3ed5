// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

namespace Claimbench {

/// The whole workbench program (`claimbench [--screenshot FILE.png] [FILE...]`); main() only calls this.
CLAIMBENCH_HOST_EXPORT int runWorkbench(int argc, char **argv);

} // namespace Claimbench
