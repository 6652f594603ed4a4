#include "RegisterBench.h"

#include "BenchTimer.h"
#include "Register.h"

#include <QCoreApplication>
#include <QFileInfo>

std::unique_ptr<sakra::Register> openBenchRegister(const QString& where)
{
    // A shared register's address (a libpq URI or key=value string) in place of the file: the
    // same figures on the server, as the user the address names sees them.
    const bool server = where.startsWith(QLatin1String("postgres")) ||
                        (where.contains(QLatin1Char('=')) && !QFileInfo::exists(where));
    return server ? sakra::Register::openServer(where) : sakra::Register::open(where);
}

int runRegisterBench(
    int& argc, char* argv[], const char* program, int defaultRepeats,
    const std::function<void(sakra::Register& reg, qint64 admin, int repeats, QTextStream& out)>& body)
{
    QCoreApplication app(argc, argv);
    return runBench(app, program, defaultRepeats, [&body](const BenchArgs& args, QTextStream& out) {
        auto reg = openBenchRegister(args.path);
        // The first administration the user sees; a unit manager sees none, and gets their unit.
        auto admins = reg->units().ofKinds({sakra::UnitKind::Administration});
        if (admins.empty())
            admins = reg->units().ofKinds({sakra::UnitKind::Unit});
        const qint64 admin = admins.empty() ? 0 : admins.front().id;
        body(*reg, admin, args.repeats, out);
    });
}
