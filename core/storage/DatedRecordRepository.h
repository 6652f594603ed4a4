#pragma once

#include "EntityRepository.h"
#include "Fields.h"
#include "Tables.h"

#include <QByteArray>
#include <vector>

namespace sakra {

// Records made at a unit or at a site on a day (risk inventories, security walks, premises
// inventories, threat assessments): listed newest first, for a unit with the units below it or for
// one site, and refused without a live unit or site and without their day. The table the owner
// column refers to comes from T's table spec.
template <typename T> class DatedRecordRepository : public EntityRepository<T>
{
public:
    // The owner and the day, and what to say when either is missing (marked with QT_TRANSLATE_NOOP in
    // context).
    struct Record
    {
        const char* context;
        LinkEnd<T> owner; // unit_id or site_id
        const char* dayColumn;
        QDate T::*day;
        const char* ownerMissing;
        const char* dayMissing;
    };

    DatedRecordRepository(Database& db, const Record& record)
        : EntityRepository<T>(db), m_record(record), m_order(QByteArray(record.dayColumn) + " DESC, id DESC")
    {
    }

protected:
    // Newest first, the later entry first on the same day; owner 0: all.
    std::vector<T> newestFirst(qint64 ownerId) const
    {
        ListFilter f;
        if (&ownerTable() == &Tables::orgUnit())
            f.inScope(m_record.owner.column, ownerId);
        else if (ownerId != 0)
            f.equals(m_record.owner.column, ownerId);
        return this->rowsWhere(f, m_order.constData());
    }

    void validate(const T& record) const override
    {
        this->requireLive(m_record.owner.column, ownerTable(), record.*(m_record.owner.member),
                          message(m_record.ownerMissing));
        this->requireDate(m_record.dayColumn, record.*(m_record.day), message(m_record.dayMissing));
    }

private:
    const TableSpec& ownerTable() const
    {
        const Column* column = T::spec().column(QLatin1String(m_record.owner.column));
        const TableSpec* referred = column ? Tables::byName(QLatin1String(column->refTable)) : nullptr;
        Q_ASSERT(referred); // the spec test checks every Ref column against the schema
        return *referred;
    }

    QString message(const char* text) const { return QCoreApplication::translate(m_record.context, text); }

    Record m_record;
    QByteArray m_order;
};

} // namespace sakra
