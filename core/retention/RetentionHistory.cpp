#include "RetentionHistory.h"

#include "storage/Query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace sakra {

namespace {

struct Entry
{
    qint64 id = 0;
    QString action;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

} // namespace

qint64 RetentionHistory::clear(const QString& uuid, const QStringList& fields)
{
    std::vector<Entry> entries;
    {
        Query q(m_db, QStringLiteral("SELECT id, action, field, old_value, new_value FROM change_log WHERE "
                                     "entity_uuid = ? ORDER BY id"));
        q.bind(uuid).exec();
        while (q.next())
            entries.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3), q.value(4)});
    }
    qint64 n = 0;
    const auto note = [&](qint64 id) {
        ++n;
        if (m_first == 0 || id < m_first)
            m_first = id;
    };
    for (const Entry& e : entries) {
        if (e.action == QLatin1String("create")) {
            // The first values as one JSON object (RecordStore::insert), written back the same way.
            QJsonObject values = QJsonDocument::fromJson(e.newValue.toString().toUtf8()).object();
            bool removed = false;
            for (const QString& f : fields)
                if (values.contains(f)) {
                    values.remove(f);
                    removed = true;
                }
            if (!removed)
                continue;
            Query(m_db, QStringLiteral("UPDATE change_log SET new_value = ? WHERE id = ?"))
                .bind(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)))
                .bind(e.id)
                .exec();
            note(e.id);
        } else if (fields.contains(e.field) && (!e.oldValue.isNull() || !e.newValue.isNull())) {
            // An update, or a value a merge did not take.
            Query(m_db,
                  QStringLiteral("UPDATE change_log SET old_value = NULL, new_value = NULL WHERE id = ?"))
                .bind(e.id)
                .exec();
            note(e.id);
        }
    }
    m_changed += n;
    return n;
}

} // namespace sakra
