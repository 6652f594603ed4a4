#pragma once

#include "CodeTable.h"
#include "EntityBase.h"
#include "TableSpec.h"

#include <QDate>
#include <QVariant>
#include <functional>
#include <optional>
#include <vector>

namespace sakra {

// One column of an entity's table and the member it is stored from and read into. An entity lists
// its columns once (Fields<T>); that list drives both fromValues() and toValues(), so a column
// cannot be read one way and written another.
template <typename T> struct Field
{
    QString column;
    std::function<void(T&, const QVariant&)> read;
    std::function<QVariant(const T&)> write;
    // How a stored value reads for people, where it is not self-evident (a code as its label, a
    // flag as yes or no); none: as stored.
    std::function<QString(const QString&)> show = {};
};

template <typename T> using Fields = std::vector<Field<T>>;

// The values of an entity as stored, and an entity from stored values: what EntityRepository needs.
// T lists its columns in `static const Fields<T>& fields()`; table is the function in Tables that
// describes its table (none only for a row that is never stored).
template <typename T, const TableSpec& (*table)() = nullptr> struct StoredEntity : EntityBase
{
    static const TableSpec& spec()
    {
        static_assert(table != nullptr, "a stored entity names its table");
        return table();
    }

    static T fromValues(const QVariantMap& v)
    {
        T t;
        t.readBase(v);
        for (const Field<T>& f : T::fields())
            f.read(t, v.value(f.column));
        return t;
    }

    // The entity from the current row of a statement (anything with value(int)) that selected id,
    // uuid, row_version and deleted_at and then the table's columns in its spec's order
    // (RecordStore::selectList): read by position, without a map of the values by name, which cost
    // more than reading the page from the file.
    template <typename Row> static T fromColumns(const Row& row)
    {
        T t;
        t.id = row.value(0).toLongLong();
        t.uuid = row.value(1).toString();
        t.rowVersion = row.value(2).toInt();
        const Fields<T>& fields = T::fields();
        const std::vector<int>& at = columnPositions();
        for (std::size_t i = 0; i < fields.size(); ++i)
            fields[i].read(t, at[i] < 0 ? QVariant() : row.value(4 + at[i]));
        return t;
    }

    // Where each of fields() stands among the spec's columns (-1: not a column of the table).
    static const std::vector<int>& columnPositions()
    {
        static const std::vector<int> positions = [] {
            std::vector<int> out;
            const TableSpec& s = spec();
            for (const Field<T>& f : T::fields()) {
                int found = -1;
                for (std::size_t c = 0; c < s.columns.size() && found < 0; ++c)
                    if (f.column == QLatin1String(s.columns[c].name))
                        found = int(c);
                out.push_back(found);
            }
            return out;
        }();
        return positions;
    }

    QVariantMap toValues() const
    {
        QVariantMap out;
        for (const Field<T>& f : T::fields())
            out.insert(f.column, f.write(static_cast<const T&>(*this)));
        return out;
    }

    // The values toValues() gives, by position in the spec's columns instead of by name (a column
    // no field writes: an invalid QVariant, as toValues().value() gives it): for the bulk paths,
    // where a map per row cost more than writing the row.
    QVariantList toColumns() const
    {
        const Fields<T>& fields = T::fields();
        const std::vector<int>& at = columnPositions();
        QVariantList out(qsizetype(spec().columns.size()));
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (at[i] >= 0)
                out[at[i]] = fields[i].write(static_cast<const T&>(*this));
        return out;
    }
};

// The binders: how a member's value is stored.
namespace bind {

// A member converted both ways by two functions (a code, a time, a JSON text).
template <typename T, typename M, typename Write, typename Read>
Field<T> custom(const char* column, M T::*member, Write write, Read read)
{
    return {QLatin1String(column), [member, read](T& t, const QVariant& v) { t.*member = read(v); },
            [member, write](const T& t) { return QVariant(write(t.*member)); }};
}

// Text as it is (free text keeps its leading and trailing spaces).
template <typename T> Field<T> text(const char* column, QString T::*member)
{
    return custom(
        column, member, [](const QString& s) { return s; }, [](const QVariant& v) { return v.toString(); });
}

// Text without leading and trailing spaces (names, titles, references).
template <typename T> Field<T> trimmed(const char* column, QString T::*member)
{
    return custom(
        column, member, [](const QString& s) { return s.trimmed(); },
        [](const QVariant& v) { return v.toString(); });
}

// A number; ids of other rows are stored as they are, 0 for none.
template <typename T> Field<T> integer(const char* column, int T::*member)
{
    return custom(
        column, member, [](int i) { return i; }, [](const QVariant& v) { return v.toInt(); });
}
template <typename T> Field<T> integer(const char* column, qint64 T::*member)
{
    return custom(
        column, member, [](qint64 i) { return i; }, [](const QVariant& v) { return v.toLongLong(); });
}
template <typename T> Field<T> id(const char* column, qint64 T::*member)
{
    return integer(column, member);
}

// An id of another row that is NULL when there is none (0 in the member).
template <typename T> Field<T> reference(const char* column, qint64 T::*member)
{
    return custom(
        column, member, [](qint64 i) { return i > 0 ? QVariant(i) : QVariant(); },
        [](const QVariant& v) { return v.toLongLong(); });
}

// A number that is NULL when it is `none` or below (no residual value, no recurrence).
template <typename T> Field<T> optionalInt(const char* column, int T::*member, int none = 0)
{
    return custom(
        column, member,
        [none](int i) { return i > none ? QVariant(i) : QVariant(QMetaType(QMetaType::LongLong)); },
        [none](const QVariant& v) { return v.isNull() ? none : v.toInt(); });
}

// How a stored flag reads: "Ja" or "Nej".
QString flagText(const QString& stored);

// Yes or no, stored as 1 or 0.
template <typename T> Field<T> flag(const char* column, bool T::*member)
{
    Field<T> f = custom(
        column, member, [](bool b) { return b ? 1 : 0; }, [](const QVariant& v) { return v.toInt() != 0; });
    f.show = flagText;
    return f;
}

// A date in ISO form, the empty text when there is none.
template <typename T> Field<T> date(const char* column, QDate T::*member)
{
    return custom(
        column, member, [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); },
        [](const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); });
}

// A date in ISO form, NULL when there is none.
template <typename T> Field<T> nullableDate(const char* column, QDate T::*member)
{
    return custom(
        column, member,
        [](const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); },
        [](const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); });
}

// An enum stored as its code; a code the enum does not know reads as `fallback`.
template <typename T, typename E>
Field<T> code(const char* column, E T::*member, QString (*toCode)(E),
              std::optional<E> (*fromCode)(const QString&), E fallback)
{
    return custom(column, member, toCode, [fromCode, fallback](const QVariant& v) {
        return fromCode(v.toString()).value_or(fallback);
    });
}

// An enum stored as its code from its table; a code the table does not know reads as `fallback`.
template <typename T, typename E, int N>
Field<T> code(const char* column, E T::*member, const CodeTable<E, N>& table, E fallback)
{
    const CodeTable<E, N>* codes = &table;
    Field<T> f = custom(
        column, member, [codes](E e) { return codes->code(e); },
        [codes, fallback](const QVariant& v) { return codes->fromCode(v.toString()).value_or(fallback); });
    f.show = [codes](const QString& stored) { return codes->labelOfCode(stored); };
    return f;
}

// An enum that may be absent, stored as its code or the empty text.
template <typename T, typename E>
Field<T> optionalCode(const char* column, std::optional<E> T::*member, QString (*toCode)(E),
                      std::optional<E> (*fromCode)(const QString&))
{
    return custom(
        column, member, [toCode](const std::optional<E>& e) { return e ? toCode(*e) : QString(); },
        [fromCode](const QVariant& v) { return fromCode(v.toString()); });
}

// An enum that may be absent, stored as its code from its table or the empty text.
template <typename T, typename E, int N>
Field<T> optionalCode(const char* column, std::optional<E> T::*member, const CodeTable<E, N>& table)
{
    const CodeTable<E, N>* codes = &table;
    Field<T> f = custom(
        column, member, [codes](const std::optional<E>& e) { return e ? codes->code(*e) : QString(); },
        [codes](const QVariant& v) { return codes->fromCode(v.toString()); });
    f.show = [codes](const QString& stored) { return codes->labelOfCode(stored); };
    return f;
}

} // namespace bind

// A column holding another row's id (a dated record's unit or site) and the member of T it is read
// into.
template <typename T> struct LinkEnd
{
    const char* column;
    qint64 T::*member;
};

// A row that only links two other rows by their ids (an incident and a risk, a unit and a site).
// The ids stand in the first two columns of the table's spec, which also says what each refers to;
// each link table is its own type, `using IncidentRisk = LinkRow<Tables::incidentRisk>`.
template <const TableSpec& (*table)()> struct LinkRow : StoredEntity<LinkRow<table>, table>
{
    qint64 firstId = 0;
    qint64 secondId = 0;

    static constexpr qint64 LinkRow::*kFirst = &LinkRow::firstId;
    static constexpr qint64 LinkRow::*kSecond = &LinkRow::secondId;

    static const Fields<LinkRow>& fields()
    {
        const std::vector<Column>& columns = table().columns;
        static const Fields<LinkRow> kFields{bind::id(columns.at(0).name, &LinkRow::firstId),
                                             bind::id(columns.at(1).name, &LinkRow::secondId)};
        return kFields;
    }
};

} // namespace sakra
