#include "TestRegister.h"

#include "CommandLine.h"
#include "ServerDatabase.h"
#include "exchange/DemoMunicipality.h"

#include <QFile>

using namespace sakra;

TestRegister::TestRegister(bool demo) : m_path(m_dir.filePath(QStringLiteral("test.sakra")))
{
    if (onServer()) {
        m_server = std::make_unique<ServerDatabase>();
        m_reg = Register::openServer(m_server->url());
    } else {
        m_reg = Register::create(m_path);
    }
    m_reg->database().setActor(QStringLiteral("tester"));
    if (demo)
        DemoMunicipality::populate(*m_reg);
}

TestRegister::~TestRegister()
{
    m_reg.reset(); // before its database goes
}

bool TestRegister::onServer()
{
    return qgetenv("SAKRA_TEST_ENGINE") == "postgres";
}

void TestRegister::reopen()
{
    m_reg.reset();
    m_reg = m_server ? Register::openServer(m_server->url()) : Register::open(m_path);
    m_reg->database().setActor(QStringLiteral("tester"));
}

qint64 TestRegister::unit(UnitKind kind, const QString& name, qint64 parent, qint64 board)
{
    OrgUnit u;
    u.kind = kind;
    u.name = name;
    u.parentId = parent;
    u.boardId = board;
    return m_reg->units().create(u);
}

std::tuple<qint64, qint64, qint64> TestRegister::top(const QString& board, const QString& administration)
{
    const qint64 root = unit(UnitKind::Municipality, QStringLiteral("Kommunen"), 0);
    const qint64 boardId = unit(UnitKind::Board, board, root);
    return {root, boardId, unit(UnitKind::Administration, administration, boardId, boardId)};
}

qint64 TestRegister::person(const QString& name, qint64 unit)
{
    Person p;
    p.name = name;
    p.unitId = unit;
    return m_reg->people().create(p);
}

qint64 TestRegister::site(const QString& name)
{
    Site s;
    s.name = name;
    return m_reg->sites().create(s);
}

qint64 TestRegister::roleId(const QString& code)
{
    for (const SecurityRole& r : m_reg->roles().all())
        if (r.code == code)
            return r.id;
    return 0;
}

ScopeFixture::ScopeFixture()
    : TopFixture(QStringLiteral("Socialnämnden"), QStringLiteral("Socialförvaltningen"))
{
    unit = reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), admin);
    otherAdmin = reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), board, board);
    otherUnit = reg.unit(UnitKind::Unit, QStringLiteral("Biblioteket"), otherAdmin);
    site = reg.site(QStringLiteral("Kvarngatan 4"));
}

void createOlderRegister(const QString& path, int version)
{
    Database db;
    db.createAtVersion(path, version);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CliRun runCli(QStringList args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    args.prepend(QStringLiteral("sakra-cli"));
    const int code = CommandLine(o, e).run(args);
    o.flush();
    e.flush();
    return {code, out, err};
}

void withRawConnection(const QString& path, const std::function<void(QSqlQuery&)>& work, bool readOnly)
{
    const QString name = QStringLiteral("raw-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        work(q);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void requireInvalid(TestRegister& reg, const std::function<void()>& write, const char* field,
                    const char* text)
{
    const auto before = reg->stats();
    try {
        write();
        FAIL("the input should have been refused");
    } catch (const sakra::ValidationError& e) {
        INFO(e.message().toStdString());
        CHECK(e.field() == QLatin1String(field));
        CHECK(e.message().contains(QString::fromUtf8(text)));
    }
    CHECK(reg->stats() == before);
}
