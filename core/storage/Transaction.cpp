#include "Transaction.h"

#include "Database.h"
#include "Errors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sakra {

namespace {
void run(Database& db, const char* sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)))
        throw StorageError(QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(sql), q.lastError().text()));
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    m_outermost = db.transactionDepth() == 0;
    if (m_outermost)
        run(m_db, "BEGIN IMMEDIATE");
    ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    --m_db.transactionDepth();
    if (m_outermost && !m_done) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    m_done = true;
    if (m_outermost)
        run(m_db, "COMMIT");
}

} // namespace sakra
