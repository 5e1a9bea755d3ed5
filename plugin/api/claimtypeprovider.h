// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The Claimbench plugin SDK. A plugin is a Qt plugin:
//
//     class MyPlugin : public QObject, public Claimbench::ClaimTypeProvider, public Claimbench::ClaimDetector
//     {
//         Q_OBJECT
//         Q_PLUGIN_METADATA(IID ClaimTypeProvider_iid FILE "myplugin.json")
//         Q_INTERFACES(Claimbench::ClaimTypeProvider Claimbench::ClaimDetector)
//         ...
//     };
//
// Its JSON metadata ({"id","name","version","apiVersion","description","claimTypes":[ids]}) is read before the
// library is loaded. Plugins see only Qt value types. Change an IID only on a breaking change.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtPlugin>

#include <atomic>
#include <memory>

namespace Claimbench {

inline constexpr int PluginApiVersion = 1;

/// A field a reviewer fills in for a claim type.
struct FieldDefinition {
    enum Kind { Text, Number, Date, Url, Choice, Boolean };
    QString name;  ///< key in Claim::fields
    QString label; ///< shown to the user
    Kind kind = Text;
    QStringList choices; ///< for Choice
    bool required = false;
    bool isValid() const { return !name.isEmpty(); }
    friend bool operator==(const FieldDefinition &, const FieldDefinition &) = default;
};

/// One step of a claim type's verification checklist.
struct ChecklistStep {
    QString id;
    QString text;
    friend bool operator==(const ChecklistStep &, const ChecklistStep &) = default;
};

/// A kind of claim (quantity, quote, law, ...). Invalid by default.
struct ClaimType {
    QString id;
    QString name;
    QString description;
    QString colour; ///< "#rrggbb"
    QString icon;   ///< optional: a theme icon name or a resource path
    QList<FieldDefinition> fields;
    QList<ChecklistStep> checklist;
    QString guidance; ///< optional Markdown shown in the inspector
    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const ClaimType &, const ClaimType &) = default;
};

/// A detector's proposal. Offsets are UTF-16 indexes into the text passed to detect(), end exclusive.
struct Suggestion {
    qsizetype start = -1;
    qsizetype end = -1;
    QString claimType;
    double confidence = 0.0; ///< 0..1
    QString rationale;       ///< why, for the reviewer ("number with a currency magnitude")
    bool isValid() const { return start >= 0 && end > start && !claimType.isEmpty(); }
    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

/// Cooperative cancellation for detectors; cheap to copy, thread-safe.
class Cancellation
{
public:
    Cancellation() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// Provides claim types. Pure abstract; no QObject base.
class ClaimTypeProvider
{
public:
    virtual ~ClaimTypeProvider() = default;
    virtual QList<ClaimType> claimTypes() const = 0;
};

/// Optional: suggests claims in a text. Must be re-entrant (called from worker threads, several at once) and
/// should check `cancel` regularly. Must not throw; the host catches and disables a plugin that does.
class ClaimDetector
{
public:
    virtual ~ClaimDetector() = default;
    virtual QList<Suggestion> detect(QStringView text, const Cancellation &cancel) const = 0;
};

} // namespace Claimbench

#define ClaimTypeProvider_iid "org.claimbench.ClaimTypeProvider/1"
#define ClaimDetector_iid "org.claimbench.ClaimDetector/1"
Q_DECLARE_INTERFACE(Claimbench::ClaimTypeProvider, ClaimTypeProvider_iid)
Q_DECLARE_INTERFACE(Claimbench::ClaimDetector, ClaimDetector_iid)
