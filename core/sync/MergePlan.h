#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace sakra {

// What taking a package back would do: the changes made without asking, the conflicts a
// coordinator decides and what is refused. Values are as RowImage keeps them (references as
// UUIDs). Made by Merger::preview; Merger::apply carries it out when nothing changed meanwhile.
struct MergeChange
{
    enum class Kind
    {
        Create,  // a new row from the site
        Update,  // one field changed at the site only
        Remove,  // removed at the site, unchanged centrally
        Restore, // restored at the site
    };
    Kind kind = Kind::Update;
    QString table;
    QString uuid;
    QString field; // Update only
    QJsonValue value;
    QString rowName; // for people
    QString tableLabel;
    QString fieldLabel;
    QString valueText;
};

struct MergeConflict
{
    enum class Kind
    {
        Field,            // the same field changed to different values
        RemovedAtSite,    // removed at the site, edited centrally
        RemovedCentrally, // edited at the site, removed centrally
        RefersToRemoved,  // a new site row refers (field) to a row removed centrally (target)
        UniqueClash,      // a new site row has a value only one live row may have (target has it)
        Cycle,            // the site's move of a unit (field parent_id) would make a cycle
    };
    Kind kind = Kind::Field;
    QString table;
    QString uuid;
    QString field;
    QJsonValue base;
    QJsonValue central;
    QJsonValue site;
    QString centralBy;
    QString centralAt;
    QString siteBy;
    QString siteAt;
    QString rowName;
    QString targetTable;
    QString targetUuid;
    // For people: the table and field by their labels, values as read (references by name).
    QString tableLabel;
    QString fieldLabel;
    QString baseText;
    QString centralText;
    QString siteText;

    // Names the conflict across previews: kind, table, row and field.
    QString key() const;
    static QString kindName(Kind kind);
};

// An edit the site may not make (a reference row changed) or a row that cannot be placed; it is
// left out and reported.
struct MergeRefusal
{
    QString table;
    QString uuid;
    QString rowName;
    QString reason;
};

struct MergeDecision
{
    enum class Choice
    {
        Central, // keep what the central register has (a dropped new row, a row left removed)
        Site,    // take the site's (a restored target, a restored or removed row)
        Value,   // a value typed by the coordinator (Field), another row to refer to (RefersToRemoved)
    };
    Choice choice = Choice::Central;
    QJsonValue value;

    static QString choiceName(Choice choice);
    static bool choiceFromName(const QString& name, Choice& choice);
};

using MergeDecisions = QHash<QString, MergeDecision>; // by MergeConflict::key()

struct MergePlan
{
    QString packageId;
    QString rootUnitName;
    QString handedTo;
    QString handedOutAt;
    // The state of both registers this plan was made from; apply refuses when it has changed.
    QString token;
    std::vector<MergeChange> automatic;
    std::vector<MergeConflict> conflicts;
    std::vector<MergeRefusal> refused;
    qint64 siteHistoryEntries = 0;

    bool changesNothing() const { return automatic.empty() && conflicts.empty(); }
};

} // namespace sakra
