#pragma once

#include "EntityRepository.h"
#include "Fields.h"
#include "Tables.h"

#include <vector>

namespace sakra {

// A new row of T linking the row first to the row second, through T's kFirst and kSecond.
template <typename T> T linkBetween(qint64 first, qint64 second)
{
    T link;
    link.*(T::kFirst) = first;
    link.*(T::kSecond) = second;
    return link;
}

// A table that links two entities (an action and the risk it treats, an incident and a risk it
// led to, a routine and a unit it covers): the links of either end, the live link between two
// rows, and the checks every link shares (both ends exist, no second link between the same two).
// T names the members of its two ends in kFirst and kSecond; their columns are the first two of T's
// table spec, which also says which table each end refers to.
template <typename T> class LinkRepository : public EntityRepository<T>
{
public:
    // What to say when an end is missing or the two are linked already, marked with
    // QT_TRANSLATE_NOOP in context.
    struct Messages
    {
        const char* context;
        const char* firstMissing;
        const char* secondMissing;
        const char* duplicate;
    };

    LinkRepository(Database& db, const Messages& messages) : EntityRepository<T>(db), m_messages(messages) {}

    // Links the two rows; returns the new link's id.
    qint64 link(qint64 firstId, qint64 secondId) { return this->create(linkBetween<T>(firstId, secondId)); }

    // The live link between the two rows, 0 if none.
    qint64 linkId(qint64 firstId, qint64 secondId) const
    {
        const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 = ? AND deleted_at IS NULL")
                                .arg(QLatin1String(T::spec().table), QLatin1String(firstColumn().name),
                                     QLatin1String(secondColumn().name));
        return Query(this->m_db, sql).bind(firstId).bind(secondId).scalar().toLongLong();
    }

protected:
    std::vector<T> ofFirst(qint64 id) const { return linksOf(firstColumn().name, id); }
    std::vector<T> ofSecond(qint64 id) const { return linksOf(secondColumn().name, id); }

    void validate(const T& link) const override
    {
        requireEnd(firstColumn(), link.*(T::kFirst), m_messages.firstMissing);
        requireEnd(secondColumn(), link.*(T::kSecond), m_messages.secondMissing);
        const qint64 existing = linkId(link.*(T::kFirst), link.*(T::kSecond));
        if (existing != 0 && existing != link.id)
            throw ValidationError(QLatin1String(secondColumn().name), message(m_messages.duplicate));
    }

private:
    QString message(const char* text) const { return QCoreApplication::translate(m_messages.context, text); }

    static const Column& firstColumn() { return T::spec().columns.at(0); }
    static const Column& secondColumn() { return T::spec().columns.at(1); }

    void requireEnd(const Column& end, qint64 id, const char* missing) const
    {
        const TableSpec* referred = Tables::byName(QLatin1String(end.refTable));
        Q_ASSERT(referred); // the spec test checks every Ref column against the schema
        this->requireLive(end.name, *referred, id, message(missing));
    }

    std::vector<T> linksOf(const char* column, qint64 id) const
    {
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted_at IS NULL ORDER BY id")
                .arg(this->wholeRows(), QLatin1String(T::spec().table), QLatin1String(column));
        Query q(this->m_db, sql);
        q.bind(id).exec();
        return this->readAll(q);
    }

    Messages m_messages;
};

} // namespace sakra
