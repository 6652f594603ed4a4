#include "CrashWorker.h"

#include "Register.h"
#include "exchange/Generator.h"
#include "exchange/JsonImporter.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFile>
#include <cstdio>
#include <optional>

namespace sakra::crash {

namespace {

void announce(int round)
{
    // Written and flushed only after COMMIT returned: what the test reads must be durable.
    std::printf("committed %d\n", round);
    std::fflush(stdout);
}

struct Anchors
{
    qint64 unit = 0;
    qint64 person = 0;
    qint64 category = 0;
    qint64 actionKind = 0;
};

Anchors anchorsOf(Register& reg)
{
    Anchors a;
    a.unit = reg.units().ofKinds({UnitKind::Unit}).front().id;
    PersonQuery anyone;
    anyone.limit = 1;
    a.person = reg.people().list(anyone).front().person.id;
    a.category = reg.riskCategories().all().front().id;
    a.actionKind = reg.actionKinds().all().front().id;
    return a;
}

// atomic false: each write in a transaction of its own, as a careless bulk path would do; the
// checks must then find rounds cut in half (the crash test's test of itself).
[[noreturn]] void edits(Register& reg, bool atomic)
{
    const Anchors a = anchorsOf(reg);
    const qint64 root = reg.units().root()->id;
    for (int k = 1;; ++k) {
        std::optional<Transaction> tx;
        if (atomic)
            tx.emplace(reg.database());
        Risk r;
        r.unitId = a.unit;
        r.ownerId = a.person;
        r.categoryId = a.category;
        r.title = marker(k);
        r.likelihood = 1 + k % 5;
        r.consequence = 1 + (k / 5) % 5;
        r.assessedOn = QDate(2026, 1, 1).addDays(k % 300);
        const qint64 risk = reg.risks().create(r);

        Action act;
        act.title = marker(k);
        act.kindId = a.actionKind;
        act.unitId = a.unit;
        act.responsibleId = a.person;
        act.startDate = QDate(2026, 2, 1);
        act.dueDate = QDate(2026, 12, 31);
        act.estimatedCostKr = 1000 * k;
        const qint64 action = reg.actions().create(act);
        reg.actionRisks().link(action, risk);

        Incident inc;
        inc.occurredOn = QDate(2025, 1, 1).addDays(k % 700);
        inc.unitId = a.unit;
        inc.kind = Incident::Kind(k % Incident::kKindCount);
        inc.description = marker(k);
        const qint64 incident = reg.incidents().create(inc);
        reg.incidentRisks().link(incident, risk);

        OrgUnit top = reg.units().get(root);
        top.note = QString::number(k);
        reg.units().update(top);
        if (tx)
            tx->commit();
        announce(k);
    }
}

RiskMatrix variant()
{
    RiskMatrix m = RiskMatrix::standard();
    std::vector<RiskMatrix::Level> levels = m.levels();
    for (std::size_t i = 1; i < levels.size(); ++i)
        levels[i].minScore += 1;
    m.setLevels(levels);
    return m;
}

[[noreturn]] void matrix(Register& reg)
{
    const RiskMatrix other = variant();
    for (int k = 1;; ++k) {
        reg.riskMatrix().save(k % 2 ? other : RiskMatrix::standard());
        announce(k);
    }
}

[[noreturn]] void drafts(Register& reg)
{
    qint64 previous = 0;
    for (int k = 1;; ++k) {
        Transaction tx(reg.database());
        ReportDraft d;
        d.name = marker(k);
        d.matter = QString::number(k);
        const qint64 id = reg.reportDrafts().create(d);
        if (previous) {
            ReportDraft before = reg.reportDrafts().get(previous);
            before.presentation = QString::number(k);
            reg.reportDrafts().update(before);
        }
        tx.commit();
        previous = id;
        announce(k);
    }
}

} // namespace

QString marker(int round)
{
    return QStringLiteral("krasch %1").arg(round);
}

int runWorker(const QStringList& args)
{
    if (args.size() < 2)
        return 2;
    const QString mode = args.at(0);
    auto reg = Register::open(args.at(1));
    reg->database().setActor(QStringLiteral("krasch"));
    // A small page cache makes SQLite write pages of an open transaction to the file, as a large
    // import does: a kill then leaves changes in the file for the journal to undo.
    if (args.contains(QStringLiteral("--small-cache")))
        Query(reg->database(), QStringLiteral("PRAGMA cache_size = 16")).exec();
    if (mode == QLatin1String("edits"))
        edits(*reg, true);
    if (mode == QLatin1String("edits-unsafe"))
        edits(*reg, false);
    if (mode == QLatin1String("matrix"))
        matrix(*reg);
    if (mode == QLatin1String("drafts"))
        drafts(*reg);
    if (mode == QLatin1String("import") && args.size() >= 3) {
        QFile in(args.at(2));
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        JsonImporter::importRegister(*reg, in.readAll());
        announce(1);
        return 0;
    }
    if (mode == QLatin1String("generate")) {
        Generator::generate(*reg, Generator::Scale::Small);
        announce(1);
        return 0;
    }
    return 2;
}

} // namespace sakra::crash
