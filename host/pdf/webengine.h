// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_pdf_export.h"

namespace Claimbench {

/// Call before creating the application object of any program that uses Qt WebEngine (webEngineModule()).
/// It does not set Qt::AA_ShareOpenGLContexts: webEngineModule() makes the shared OpenGL context Qt WebEngine needs
/// when it first loads it, so that a start without a preview loads no OpenGL driver. Chromium's sandbox refuses to start as root; only then is `--no-sandbox` added (once, with a warning),
/// never for ordinary users.
CLAIMBENCH_PDF_EXPORT void prepareWebEngine();

} // namespace Claimbench
