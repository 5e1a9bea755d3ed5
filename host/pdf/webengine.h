// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_pdf_export.h"

namespace Claimbench {

/// Call before creating the application object of any program that uses Qt WebEngine (webEngineModule()): sets
/// Qt::AA_ShareOpenGLContexts, which Qt WebEngine loaded after the application object needs.
/// Chromium's sandbox refuses to start as root; only then is `--no-sandbox` added (once, with a warning),
/// never for ordinary users.
CLAIMBENCH_PDF_EXPORT void prepareWebEngine();

} // namespace Claimbench
