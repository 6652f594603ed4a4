#pragma once

#include "EntityRepository.h"
#include "Tables.h"

#include <vector>

namespace sakra {

// A table that links two entities (an action and the risk it treats, an incident and a risk it
// led to, a routine and a unit it covers): the links of either end, the live link between two
// rows, and the checks every link shares (both ends exist, no second link between the same two).
template <typename T> class LinkRepository : public EntityRepository<T>
{
public:
    // One end of the link: its column, the table it refers to, the member of T holding the id,
    // and what to say when it is missing (marked with QT_TRANSLATE_NOOP in context).
    struct End
    {
        const char* column;
        const TableSpec& (*table)();
        qint64 T::*member;
        const char* missing;
    };
    struct Ends
    {
        const char* context; // of the messages
        End first;
        End second;
        const char* duplicate; // the two are linked already
    };

    LinkRepository(Database& db, const Ends& ends) : EntityRepository<T>(db), m_ends(ends) {}

    // The live link between the two rows, 0 if none.
    qint64 linkId(qint64 firstId, qint64 secondId) const
    {
        const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 = ? AND deleted_at IS NULL")
                                .arg(QLatin1String(T::spec().table), QLatin1String(m_ends.first.column),
                                     QLatin1String(m_ends.second.column));
        return Query(this->m_db, sql).bind(firstId).bind(secondId).scalar().toLongLong();
    }

protected:
    std::vector<T> ofFirst(qint64 id) const { return linksOf(m_ends.first, id); }
    std::vector<T> ofSecond(qint64 id) const { return linksOf(m_ends.second, id); }

    void validate(const T& link) const override
    {
        for (const End* end : {&m_ends.first, &m_ends.second})
            this->requireLive(end->column, end->table(), link.*(end->member), message(end->missing));
        const qint64 existing = linkId(link.*(m_ends.first.member), link.*(m_ends.second.member));
        if (existing != 0 && existing != link.id)
            throw ValidationError(QLatin1String(m_ends.second.column), message(m_ends.duplicate));
    }

private:
    QString message(const char* text) const { return QCoreApplication::translate(m_ends.context, text); }

    std::vector<T> linksOf(const End& end, qint64 id) const
    {
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted_at IS NULL ORDER BY id")
                .arg(this->wholeRows(), QLatin1String(T::spec().table), QLatin1String(end.column));
        Query q(this->m_db, sql);
        q.bind(id).exec();
        return this->readAll(q);
    }

    Ends m_ends;
};

} // namespace sakra
