#pragma once

#include "MergeApplier.h"
#include "MergePlan.h"
#include "storage/Errors.h"

#include <QCoreApplication>
#include <QString>

namespace sakra {

class Database;

// A package that cannot be taken back here: not a package, from another register, of another
// schema, or with its base altered. Nothing was written.
class PackageError : public Error
{
public:
    using Error::Error;
};

// The central register changed after the preview was made (or the package did): make a new
// preview and decide again. Nothing was written.
class StaleMergeError : public Error
{
public:
    using Error::Error;
};

// Takes a package for a site without network back into the register it came from: a preview
// first (what merges by itself, what conflicts), then one transaction that checks nothing
// changed since the preview and writes. Works on the register through RowReader and RecordStore.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(sakra::Merger)

public:
    explicit Merger(Database& central) : m_central(central) {}

    MergePlan preview(const QString& packagePath);
    // Refuses with StaleMergeError when either register changed since plan was made, with
    // ValidationError while a conflict has no decision. backupFolder empty: no backup (tests).
    MergeApplier::Result apply(const QString& packagePath, const MergePlan& plan,
                               const MergeDecisions& decisions, const QString& backupFolder = QString());

    // The same choice for every conflict (the command line's --prefer).
    static MergeDecisions preferAll(const MergePlan& plan, MergeDecision::Choice choice);

    // A coordinator's choices kept in the register so a long review can be resumed.
    void saveDecision(const QString& packageId, const MergeConflict& conflict, const MergeDecision& decision);
    MergeDecisions savedDecisions(const QString& packageId) const;
    // The live rows of table a new site row may point at instead of a removed one: (UUID, name),
    // by name.
    std::vector<std::pair<QString, QString>> liveRows(const QString& table) const;

private:
    Database& m_central;
};

} // namespace sakra
