#pragma once

#include <QString>
#include <vector>

namespace sakra {

enum class ColumnType
{
    Text,
    Integer,
    Ref
};

struct Column
{
    const char* name;
    ColumnType type;
    const char* refTable = nullptr; // for Ref: the table referred to
    bool required = false;          // NOT NULL in the schema (beyond the meta columns)
    const char* label = nullptr;    // field name for people; translated in context "sakra::Field"
};

// What generic code (the record store, the change history, the exchange format) needs to know of
// an entity table. The schema itself lives in Schema.cpp; a test checks that the two agree.
struct TableSpec
{
    const char* table;
    const char* label;           // entity name for people; translated in context "sakra::Entity"
    const char* displayColumn;   // the column that names a row for people
    std::vector<Column> columns; // the entity's own columns, without id and the meta columns
    // Restricted tables (threat assessments) stay out of exports, lists and reports unless asked for.
    bool restricted = false;

    const Column* column(const QString& name) const;
    QString translatedLabel() const;
    static QString translatedFieldLabel(const Column& column);
};

} // namespace sakra
