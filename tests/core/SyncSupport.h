#pragma once

#include "TestRegister.h"
#include "sync/Merger.h"

#include <memory>
#include <random>

namespace sakra {
struct Risk;
struct TableSpec;
} // namespace sakra

// The demo municipality as the central register (its coordinator "Samordnaren") and a package of
// Utbildningsförvaltningen handed out to "Skolkontoret", open as the site's register (its user
// "Platsens rektor").
struct SyncFixture
{
    SyncFixture();

    sakra::MergePlan preview();
    sakra::MergeApplier::Result apply(const sakra::MergePlan& plan,
                                      const sakra::MergeDecisions& decisions = {});

    qint64 countIn(sakra::Register& reg, const sakra::TableSpec& table);
    // Live central rows in the package's subtree (units; rows with a unit_id in it).
    qint64 countInSubtree(const sakra::TableSpec& table);
    // The n-th live central risk of the subtree (removable: of those without actions).
    QString ownedRiskUuid(int n = 0, bool removable = true);
    // The board above the subtree: a reference row in the package.
    QString boardUuid();
    // Two units of the subtree, neither above the other.
    std::pair<QString, QString> twoSubtreeUnits();
    qint64 siteId(const sakra::TableSpec& table, const QString& uuid);
    qint64 centralId(const sakra::TableSpec& table, const QString& uuid);

    void editRisk(sakra::Register& reg, const QString& uuid, const std::function<void(sakra::Risk&)>& edit);
    sakra::Risk centralRisk(const QString& uuid);
    // A conflict: the first removable risk's title edited at the site ("Platsens rubrik") and
    // centrally ("Central rubrik"); returns the risk's UUID.
    QString titleEditedOnBothSides();
    // A new action at the site linked to the risk; returns its UUID.
    QString newSiteActionFor(const QString& riskUuid, const QString& title);
    // n random edits of the subtree's risks in reg: titles, likelihoods, removals and restores.
    void randomEdits(sakra::Register& reg, std::mt19937& rng, int n);

    // Every row's table, UUID, row version and tombstone: equal before and after means nothing
    // was written.
    QStringList centralState();
    // Replays each central row's history (creation, changes, merge decisions) and compares the
    // result with the row: false when a value changed without an entry.
    bool historyExplainsEveryValue();

    TestRegister central{true};
    QString sitePath;
    std::unique_ptr<sakra::Register> site;
    qint64 rootUnit = 0;
};
