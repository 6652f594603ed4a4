#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>
#include <initializer_list>

namespace sakra {

class Query;

// The WHERE clause of a list and its values in placeholder order, built condition by condition, so
// that a list, its count (and a heat map) filter alike. Every condition starts from the live rows
// of the table (behind alias); column names are the caller's constants, values are always bound.
class ListFilter
{
public:
    // alias: the table's alias in the query, null when it has none.
    explicit ListFilter(const char* alias = nullptr);

    // " AND condition", with one value per placeholder.
    ListFilter& where(const QString& condition, std::initializer_list<QVariant> values = {});
    // column = value.
    ListFilter& equals(const char* column, const QVariant& value);
    // Dates in column on or after from and on or before to; an invalid date sets no bound.
    ListFilter& between(const char* column, const QDate& from, const QDate& to);
    // Rows whose column names the unit or a unit below it; none when unitId is 0.
    ListFilter& inScope(const char* column, qint64 unitId);
    // Rows of table (id in idColumn) whose searched columns hold a word beginning with each word of
    // text (TextSearch); none when text is empty, and no row at all when it holds no word.
    ListFilter& matches(const QString& text, const char* idColumn, const char* table);

    const QString& sql() const { return m_sql; }
    const QVariantList& values() const { return m_values; }
    // Binds the values in order (after whatever the query has bound before).
    void bindTo(Query& q) const;

private:
    QString m_sql;
    QVariantList m_values;
};

} // namespace sakra
