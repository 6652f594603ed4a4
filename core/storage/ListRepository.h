#pragma once

#include "EntityRepository.h"
#include "SqlSnippets.h"

#include <vector>

namespace sakra {

// A repository whose rows are listed a page at a time (risks, actions, people, incidents, ...): a
// query Q (deriving from ListQuery) picks the rows and their order, and each comes back as a list
// row R, the entity with the names the list shows beside it. The repository describes its list once,
// in a Listing; list() and count() both read it, so a page and the count always filter alike.
template <typename T, typename Q, typename R> class ListRepository : public EntityRepository<T>
{
public:
    struct Listing
    {
        const char* alias; // of the entity's table
        QString columns;   // ", more, columns" read after the entity's own
        QString joins;     // " JOIN other o ON ..." for those columns
        ListFilter (*filter)(const Q&);
        QString (*order)(const Q&); // " ORDER BY ..."
        // The list row from the entity and the query's columns from index more on.
        R (*row)(T entity, const SqliteStatement& q, int more);
        // Values bound in the columns, before the filter's; null when the columns bind none.
        QVariantList (*leading)(const Q&) = nullptr;
    };

    ListRepository(Database& db, Listing listing) : EntityRepository<T>(db), m_listing(std::move(listing)) {}

    using EntityRepository<T>::count;

    // One page of the rows the query lets through, in its order.
    std::vector<R> list(const Q& query) const
    {
        const QString select =
            QStringLiteral("SELECT ") + this->wholeRows(QLatin1String(m_listing.alias)) + m_listing.columns;
        const ListFilter filter = m_listing.filter(query);
        const QString order = m_listing.order(query);
        const QVariantList leading = m_listing.leading ? m_listing.leading(query) : QVariantList();
        // SQLite only: the server plans a page as a whole itself.
        if (!this->database().onServer() && SqlSnippets::ordersOnlyBy(order, m_listing.alias))
            return this->template readPage<R>(SqlSnippets::keysFirst(select, T::spec().table, m_listing.alias,
                                                                     m_listing.joins, filter.sql(), order),
                                              filter, query.limit, query.offset, m_listing.row, leading);
        return this->template listPage<R>(select + QStringLiteral(" FROM ") + from() + m_listing.joins,
                                          filter, order, query.limit, query.offset, m_listing.row, leading);
    }

    // How many rows the query lets through, on every page.
    qint64 count(const Q& query) const { return this->countWhere(from(), m_listing.filter(query)); }

private:
    QString from() const
    {
        return QLatin1String(T::spec().table) + QLatin1Char(' ') + QLatin1String(m_listing.alias);
    }

    Listing m_listing;
};

} // namespace sakra
