#include "RegisterBench.h"

#include "BenchTimer.h"
#include "Register.h"

#include <QCoreApplication>

int runRegisterBench(
    int& argc, char* argv[], const char* program, int defaultRepeats,
    const std::function<void(sakra::Register& reg, qint64 admin, int repeats, QTextStream& out)>& body)
{
    QCoreApplication app(argc, argv);
    return runBench(app, program, defaultRepeats, [&body](const BenchArgs& args, QTextStream& out) {
        auto reg = sakra::Register::open(args.path);
        const qint64 admin = reg->units().ofKinds({sakra::UnitKind::Administration}).front().id;
        body(*reg, admin, args.repeats, out);
    });
}
