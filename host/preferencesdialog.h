// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"
#include "claimtypeprovider.h"

#include <QDialog>
#include <memory>

namespace Claimbench {

class DocumentController;
class PreferencesDialogPrivate;

/// Edit > Preferences: the reviewer's name, the desk's organisation, publication URL, web site and logo, whether
/// publishing needs a second reviewer's approval, whole-word snapping, the colours of the claim types (Settings),
/// and the open document's rating scale and publication (headline, page, date: its sidecar, the publisher filled
/// from the organisation). OK checks the scale and keeps the dialog open with what is wrong; apply() then stores
/// everything.
class CLAIMBENCH_HOST_EXPORT PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(DocumentController *controller, const QList<ClaimType> &claimTypes, QWidget *parent = nullptr);
    ~PreferencesDialog() override; // out of line: the private part is complete there

    /// Stores the choices (after accept()): Settings, the controller's reviewer and claim-type style, the
    /// document's rating scale (one undoable step).
    void apply();

private:
    std::unique_ptr<PreferencesDialogPrivate> d;
};

} // namespace Claimbench
