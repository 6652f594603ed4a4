#pragma once

#include "RetentionRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace sakra {

class Register;

// A retention run (gallring): clears the free text and personal references of the records that
// have passed the time their kind's rule gives (RetentionRuleRepository), in the rows and in their
// change history, while what the statistics count stays. preview() says what a run would clear;
// run() makes a backup first, then clears everything in one transaction, re-seals the history's
// hash chain and records the run in the history. File registers only. See docs/retention.md.
class RetentionRun
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RetentionRun)

public:
    using Kind = RetentionRule::Kind;

    // One record past its time, as people may see it in a preview: no free text.
    struct Item
    {
        Kind kind = Kind::Incident;
        qint64 id = 0;
        QString uuid;
        QDate basis;  // the date its time counts from (closed, occurred, left)
        QString unit; // the unit's name; empty when none
        QString what; // the kind of incident or the threat level; empty for a person
    };

    struct Preview
    {
        QDate asOf;
        std::array<int, RetentionRule::kKindCount> months{}; // 0: kept for ever
        std::array<QDate, RetentionRule::kKindCount> cutoff; // records from before it are past their time
        std::vector<Item> items;                             // by kind, then date

        int count(Kind kind) const;
        bool isEmpty() const { return items.empty(); }
    };

    struct Result
    {
        Preview cleared;
        QString backupPath; // empty when nothing was cleared (and no copy made)
        qint64 historyEntriesCleared = 0;
    };

    // done of total records; cancelled, asked now and then, stops the run with nothing changed.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Cancelled = std::function<bool()>;

    explicit RetentionRun(Register& reg, const QDate& asOf = QDate());
    // Previews with these months per kind instead of the register's rules (a dialog trying
    // rules out before they are saved). run() always goes by the saved rules.
    void setMonths(const std::array<int, RetentionRule::kKindCount>& months) { m_months = months; }

    Preview preview() const;
    // Throws StorageError with a message for people: on a shared register, in a site package, when
    // the history's chain is broken, or when cancelled (nothing changed then).
    Result run(const QString& backupFolder, const Progress& progress = {}, const Cancelled& cancelled = {});

    // What a cleared name or subject reads: the columns cannot be empty.
    static QString placeholder() { return QStringLiteral("(gallrad)"); }
    // The columns a run clears for a kind.
    static QStringList clearedFields(Kind kind);
    // The table of a kind's records.
    static const TableSpec& tableOf(Kind kind);

private:
    void refuseWhereNotPossible() const;
    void clearRow(const Item& item, const QString& today);

    Preview collect(const std::array<int, RetentionRule::kKindCount>& months) const;

    Register& m_reg;
    QDate m_asOf;
    std::optional<std::array<int, RetentionRule::kKindCount>> m_months;
};

} // namespace sakra
