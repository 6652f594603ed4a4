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
    link.*(T::kFirst.member) = first;
    link.*(T::kSecond.member) = second;
    return link;
}

// A table that links two entities (an action and the risk it treats, an incident and a risk it
// led to, a routine and a unit it covers): the links of either end, the live link between two
// rows, and the checks every link shares (both ends exist, no second link between the same two).
// T names its two ends in kFirst and kSecond (LinkEnd); the table each end refers to comes from T's
// table spec.
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
                                .arg(QLatin1String(T::spec().table), QLatin1String(T::kFirst.column),
                                     QLatin1String(T::kSecond.column));
        return Query(this->m_db, sql).bind(firstId).bind(secondId).scalar().toLongLong();
    }

protected:
    std::vector<T> ofFirst(qint64 id) const { return linksOf(T::kFirst.column, id); }
    std::vector<T> ofSecond(qint64 id) const { return linksOf(T::kSecond.column, id); }

    void validate(const T& link) const override
    {
        requireEnd(T::kFirst, link, m_messages.firstMissing);
        requireEnd(T::kSecond, link, m_messages.secondMissing);
        const qint64 existing = linkId(link.*(T::kFirst.member), link.*(T::kSecond.member));
        if (existing != 0 && existing != link.id)
            throw ValidationError(QLatin1String(T::kSecond.column), message(m_messages.duplicate));
    }

private:
    QString message(const char* text) const { return QCoreApplication::translate(m_messages.context, text); }

    void requireEnd(const LinkEnd<T>& end, const T& link, const char* missing) const
    {
        const Column* column = T::spec().column(QLatin1String(end.column));
        const TableSpec* referred = column ? Tables::byName(QLatin1String(column->refTable)) : nullptr;
        Q_ASSERT(referred); // the spec test checks every Ref column against the schema
        this->requireLive(end.column, *referred, link.*(end.member), message(missing));
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
