#pragma once

#include <QString>
#include <QVariant>

namespace sakra {

// One line of the change history: who changed what on which row, from what to what.
// References are kept as the referred row's UUID so the history means the same in every file.
struct ChangeEntry
{
    QString at; // UTC, ISO 8601
    QString actor;
    QString entity; // table name
    QString entityUuid;
    QString action; // create, update, delete, restore
    QString field;  // column name; empty for create, delete and restore
    QVariant oldValue;
    QVariant newValue;
};

// A ChangeEntry made readable: field label translated, references named.
struct DescribedChange
{
    QString at;
    QString actor;
    QString action;
    QString field;
    QString oldText;
    QString newText;
    // The referred row's UUID where a value is a reference (shown as its name); empty otherwise.
    QString oldUuid;
    QString newUuid;
};

} // namespace sakra
