#include "Transaction.h"

#include "Database.h"
#include "Errors.h"
#include "Query.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sakra {

namespace {
void run(Database& db, const char* sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(SqlDialect::adapt(db.engine(), QString::fromLatin1(sql))))
        Query::fail(q.lastError(), QStringLiteral("%1 failed").arg(QString::fromLatin1(sql)), db.engine());
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    m_outermost = db.transactionDepth() == 0;
    if (m_outermost) {
        run(m_db, "BEGIN IMMEDIATE");
        m_db.dropPendingChanges();
        m_db.beginInstant();
    }
    ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_holdsDepth)
        --m_db.transactionDepth();
    if (m_outermost && !m_done) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
        // Nothing of it happened.
        m_db.dropPendingChanges();
        m_db.endInstant();
    }
}

void Transaction::commit()
{
    // A COMMIT that fails (another reader held the file past the busy timeout) leaves the
    // transaction open: m_done stays false so the destructor rolls it back.
    if (m_outermost)
        run(m_db, "COMMIT");
    m_done = true;
    if (m_outermost) {
        m_db.endInstant();
        // Observers run outside the transaction: one that writes starts a transaction of its own.
        --m_db.transactionDepth();
        m_holdsDepth = false;
        m_db.announcePendingChanges();
    }
}

} // namespace sakra
