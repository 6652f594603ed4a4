#include "Register.h"

#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sakra {

Register::Register(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_units(*m_db), m_sites(*m_db), m_unitSites(*m_db), m_unitBoards(*m_db),
      m_people(*m_db), m_roles(*m_db), m_assignments(*m_db), m_plannedPosts(*m_db), m_focusAreas(*m_db),
      m_profileAreas(*m_db), m_milestones(*m_db), m_budget(*m_db), m_staffing(*m_db), m_riskCategories(*m_db),
      m_riskMatrix(*m_db), m_risks(*m_db), m_riskInventories(*m_db), m_securityWalks(*m_db),
      m_walkFindings(*m_db), m_premisesInventories(*m_db), m_threatAssessments(*m_db), m_actionKinds(*m_db),
      m_actions(*m_db), m_actionRisks(*m_db), m_actionNotes(*m_db), m_actionOverview(*m_db),
      m_incidents(*m_db), m_incidentRisks(*m_db), m_incidentActions(*m_db), m_trainings(*m_db),
      m_routines(*m_db), m_routineUnits(*m_db), m_alarmEquipment(*m_db), m_reportDrafts(*m_db),
      m_retentionRules(*m_db), m_incidentStatistics(*m_db), m_assessmentOverrides(*m_db), m_assessment(*m_db),
      m_dashboard(*m_db), m_history(*m_db)
{
}

Register::~Register() = default;

std::unique_ptr<Register> Register::open(const QString& path, Database::WhenNotWritable whenNotWritable)
{
    auto db = std::make_unique<Database>();
    db->openExisting(path, whenNotWritable);
    return std::unique_ptr<Register>(new Register(std::move(db)));
}

std::unique_ptr<Register> Register::openServer(const QString& address, const QString& password,
                                               const QString& user)
{
    auto db = std::make_unique<Database>();
    db->openServer(address, password, user);
    return std::unique_ptr<Register>(new Register(std::move(db)));
}

std::unique_ptr<Register> Register::open(const RegisterSource& source,
                                         Database::WhenNotWritable whenNotWritable)
{
    if (source.onServer())
        return openServer(source.address(), source.password(), source.user());
    return open(source.path(), whenNotWritable);
}

std::unique_ptr<Register> Register::openForReading(const RegisterSource& source)
{
    if (source.onServer())
        return openServer(source.address(), source.password(), source.user());
    return openReadOnly(source.path());
}

std::unique_ptr<Register> Register::openReadOnly(const QString& path)
{
    auto db = std::make_unique<Database>();
    db->openReadOnly(path);
    if (db->schemaVersion() < Schema::currentVersion())
        throw OpenError(QCoreApplication::translate(
                            "sakra::Register",
                            "Registret har filformat %1 och behöver uppgraderas till %2: öppna det en gång "
                            "i Säkra (eller med sakra-cli stats) först.")
                            .arg(db->schemaVersion())
                            .arg(Schema::currentVersion()));
    return std::unique_ptr<Register>(new Register(std::move(db)));
}

std::unique_ptr<Register> Register::create(const QString& path)
{
    auto db = std::make_unique<Database>();
    db->createNew(path);
    return std::unique_ptr<Register>(new Register(std::move(db)));
}

QList<QPair<QString, qint64>> Register::stats() const
{
    QList<QPair<QString, qint64>> out;
    for (const TableSpec* spec : Tables::all()) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL")
                                .arg(QLatin1String(spec->table));
        out.append({QLatin1String(spec->table), Query(*m_db, sql).scalar().toLongLong()});
    }
    out.append({QStringLiteral("change_log"), m_history.count()});
    return out;
}

bool Register::holdsNoData() const
{
    for (const TableSpec* spec : Tables::all()) {
        if (Tables::isSeeded(*spec))
            continue;
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(spec->table));
        if (Query(*m_db, sql).scalar().toLongLong() > 0)
            return false;
    }
    return true;
}

int Register::observeChanges(std::function<void(const ChangeSet&)> observer)
{
    return m_db->addChangeObserver(std::move(observer));
}

void Register::stopObserving(int handle)
{
    m_db->removeChangeObserver(handle);
}

} // namespace sakra
