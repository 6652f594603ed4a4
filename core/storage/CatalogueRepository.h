#pragma once

#include "EntityRepository.h"

#include <vector>

namespace sakra {

// A catalogue of named entries kept in a chosen order (action kinds, risk categories, focus areas):
// listed by sort order and name, each name once, and kept while rows of another table refer to an
// entry. T has the members name and sortOrder and the columns name and sort_order.
template <typename T> class CatalogueRepository : public EntityRepository<T>
{
public:
    // What the catalogue says, marked with QT_TRANSLATE_NOOP (QT_TRANSLATE_N_NOOP for inUse) in context.
    struct Rules
    {
        const char* context;
        const char* nameMissing;
        const char* nameTaken; // %1: the name
        const char* usedByTable;
        const char* usedByColumn;
        const char* inUse; // %n: how many rows of usedByTable refer to the entry
    };

    CatalogueRepository(Database& db, const Rules& rules) : EntityRepository<T>(db), m_rules(rules) {}

    std::vector<T> all() const
    {
        Query q(this->m_db, QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL ORDER BY sort_order, "
                                           "name COLLATE NOCASE")
                                .arg(this->wholeRows(), QLatin1String(T::spec().table)));
        q.exec();
        return this->readAll(q);
    }

protected:
    void validate(const T& entry) const override
    {
        const QString name = entry.name.trimmed();
        if (name.isEmpty())
            throw ValidationError(QStringLiteral("name"), message(m_rules.nameMissing));
        const QString sql =
            QStringLiteral("SELECT id FROM %1 WHERE name = ? AND deleted_at IS NULL AND id <> ?")
                .arg(QLatin1String(T::spec().table));
        if (Query(this->m_db, sql).bind(name).bind(entry.id).scalar().toLongLong() != 0)
            throw ValidationError(QStringLiteral("name"), message(m_rules.nameTaken).arg(name));
    }

    void checkRemovable(qint64 id) const override
    {
        const int n = int(this->liveRowsWhere(m_rules.usedByTable, m_rules.usedByColumn, id));
        if (n > 0)
            throw ValidationError(QStringLiteral("id"), message(m_rules.inUse, n));
    }

private:
    QString message(const char* text, int n = -1) const
    {
        return QCoreApplication::translate(m_rules.context, text, nullptr, n);
    }

    Rules m_rules;
};

} // namespace sakra
