// SPDX-License-Identifier: GPL-2.0-or-later
// Placeholder so the skeleton links; the plugin-manager work replaces it.
#include "pluginmanager.h"
