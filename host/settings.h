// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "claimbench_host_export.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace Claimbench {

/// The workbench's preferences, typed: one place knows each key, its type and its default (like Kate's
/// KConfigGroup entries). Backed by QSettings (the application's organisation and name); cheap to create.
class CLAIMBENCH_HOST_EXPORT Settings
{
public:
    /// Who is recorded in the claims' history: the chosen name, else suggestedReviewer().
    QString reviewer() const;
    void setReviewer(const QString &name);
    /// The login name (USER, LOGNAME or USERNAME).
    static QString loginName();
    /// True once a reviewer name was chosen (the workbench asks on its first run).
    bool hasReviewer() const;
    /// A name to offer when asking: `git config user.name`, else the account's full name, else the login name.
    static QString suggestedReviewer();

    /// The fact-checking organisation (ClaimReview author, the report's masthead).
    QString organisation() const;
    void setOrganisation(const QString &name);
    /// Where the review is published (the ClaimReview url).
    QString publicationUrl() const;
    void setPublicationUrl(const QString &url);
    /// The organisation's home page and logo (ClaimReview author.url and author.logo).
    QString publisherUrl() const;
    void setPublisherUrl(const QString &url);
    QString logoUrl() const;
    void setLogoUrl(const QString &url);
    /// The publish gate asks for a second reviewer's approval (PublishRule::requireSecondReview); off by default.
    bool requireSecondReview() const;
    void setRequireSecondReview(bool require);

    /// Marking a claim widens the selection to whole words (the default; Alt-drag selects exact characters).
    bool snapToWords() const;
    void setSnapToWords(bool snap);

    /// Most recent first, at most MaxRecentFiles.
    static constexpr int MaxRecentFiles = 10;
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);

    /// The user's colour for a claim type; invalid when the plugin's colour is used.
    QColor claimTypeColour(const QString &claimType) const;
    void setClaimTypeColour(const QString &claimType, const QColor &colour);
};

} // namespace Claimbench
