#include "Generator.h"

#include "GeneratedRows.h"
#include "IncidentGenerator.h"
#include "Register.h"
#include "storage/DeferredUpkeep.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <algorithm>

namespace sakra {

namespace {

const char* const kBoardNames[] = {
    "Kommunstyrelsen",       "Utbildningsnämnden",   "Socialnämnden",
    "Äldrenämnden",          "Kulturnämnden",        "Idrottsnämnden",
    "Arbetsmarknadsnämnden", "Trafiknämnden",        "Miljö- och hälsoskyddsnämnden",
    "Stadsbyggnadsnämnden",  "Fastighetsnämnden",    "Exploateringsnämnden",
    "Servicenämnden",        "Överförmyndarnämnden", "Valnämnden"};
const char* const kAreas[] = {"Norr",   "Söder",   "Öster",     "Väster", "Centrum", "Hamnen",
                              "Skogen", "Kvarnen", "Sjöstaden", "Backen", "Ängen",   "Dalen",
                              "Höjden", "Parken",  "Torget",    "Ådalen"};
const char* const kAdminKinds[] = {
    "Stadsdelsförvaltning", "Utbildningsförvaltning",   "Socialförvaltning",         "Äldreförvaltning",
    "Kulturförvaltning",    "Idrottsförvaltning",       "Arbetsmarknadsförvaltning", "Trafikförvaltning",
    "Miljöförvaltning",     "Stadsbyggnadsförvaltning", "Serviceförvaltning"};
const char* const kCompanyKinds[] = {"Bostads AB", "Fastighets AB", "Hamn AB",     "Energi AB",
                                     "Vatten AB",  "Parkerings AB", "Stadshus AB", "Arena AB"};
const char* const kDepartmentKinds[] = {"Avdelning", "Verksamhetsområde"};
const char* const kUnitActivities[] = {"skola",         "förskola",    "äldreboende", "hemtjänst",
                                       "bibliotek",     "fritidsgård", "mottagning",  "gruppbostad",
                                       "kontaktcenter", "kontor"};
const char* const kFirstNames[] = {"Anna",  "Erik", "Maria", "Lars",   "Karin",    "Anders", "Sara",
                                   "Johan", "Elin", "Ali",   "Fatima", "Mohammed", "Ingrid", "Per",
                                   "Lina",  "Omar", "Eva",   "Jonas",  "Sofia",    "Nils"};
const char* const kLastNames[] = {"Andersson", "Johansson", "Karlsson", "Nilsson",  "Eriksson",
                                  "Larsson",   "Olsson",    "Persson",  "Svensson", "Gustafsson",
                                  "Hassan",    "Ali",       "Lindberg", "Holm",     "Berg",
                                  "Sandberg",  "Ekström",   "Lund",     "Nyström",  "Öberg"};
const char* const kRiskTitles[] = {"hot vid myndighetsbeslut", "våld i mottagningen",
                                   "obehöriga i lokalerna",    "ensamarbete kvällstid",
                                   "brand i förråd",           "inbrott nattetid",
                                   "påverkan på handläggare",  "trakasserier i sociala medier",
                                   "avbrott i it-stöd",        "larm som inte når fram"};
const char* const kThreatSources[] = {"Klient", "Anhörig", "Okänd",       "Besökare",
                                      "Elev",   "Teknik",  "Extern aktör"};
const char* const kNotes[] = {"Väntar på offert",         "Beställt, leverans om sex veckor",
                              "Väntar på tillstånd",      "Tog upp frågan på APT",
                              "Har frågat väktarbolaget", "Klart för besiktning"};
const char* const kTitles[] = {"Enhetschef",        "Handläggare",   "Lärare",     "Undersköterska",
                               "Socialsekreterare", "Administratör", "Samordnare", "Bibliotekarie",
                               "Fritidsledare",     "Vaktmästare"};

template <std::size_t N> QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

} // namespace

std::optional<Generator::Scale> Generator::scaleFromName(const QString& name)
{
    if (name == QLatin1String("small"))
        return Scale::Small;
    if (name == QLatin1String("municipality"))
        return Scale::Municipality;
    if (name == QLatin1String("stockholm"))
        return Scale::Stockholm;
    return std::nullopt;
}

Generator::Counts Generator::countsFor(Scale scale)
{
    switch (scale) {
    case Scale::Small: return {3, 4, 1, 2, 3, 2, 10, 2, 3, 300, 2, 1};
    case Scale::Municipality:
        // 648 units: about 30 incidents a unit over ten years.
        return {12, 15, 3, 6, 6, 4, 200, 4, 8, 20'000, 3, 2};
    case Scale::Stockholm:
        // 15 + 33 * (1 + 15 * (1 + 9)) ≈ 5,000 units; 4,455 units with 11 risks ≈ 50,000 risks
        // and 22 actions ≈ 100,000 actions; about 1,000,000 incidents over ten years, a few
        // units with thousands and most with a few dozen.
        return {15, 25, 8, 15, 9, 6, 1500, 11, 22, 1'000'000, 3, 2};
    }
    return {};
}

void Generator::generate(Register& reg, Scale scale, quint32 seed,
                         const std::function<void(int, int)>& progress)
{
    const Counts n = countsFor(scale);
    QRandomGenerator rng(seed);
    const int totalUnits = n.boards + (n.administrations + n.companies) *
                                          (1 + n.departmentsPerAdministration * (1 + n.unitsPerDepartment));
    int made = 0;
    auto tick = [&] {
        ++made;
        if (progress && made % 250 == 0)
            progress(made, totalUnits);
    };

    Transaction tx(reg.database());
    // The tallies, the full-text indexes and the indexes of the tables nothing reads while they
    // are written are made once at the end, not row by row (the rows made here are checked
    // against GeneratedRows' own record of them).
    DeferredUpkeep upkeep(reg.database());
    for (const char* table : {"person", "assignment", "risk", "action", "action_note", "change_log"})
        upkeep.deferIndexes(table);
    // Every row through the bulk write path, each checked by its repository first.
    GeneratedRows rows(reg.database());
    std::optional<OrgUnit> root = reg.units().root();
    qint64 rootId = root ? root->id : 0;
    if (!rootId) {
        OrgUnit m;
        m.kind = UnitKind::Municipality;
        m.name = QStringLiteral("Syntetiska kommunen");
        rootId = rows.create(reg.units(), m);
    }

    std::vector<qint64> sites;
    for (int i = 0; i < n.sites; ++i) {
        Site s;
        s.name = QStringLiteral("%1 %2").arg(pick(rng, kAreas)).arg(i + 1);
        s.street = QStringLiteral("%1gatan %2").arg(pick(rng, kAreas)).arg(1 + rng.bounded(80));
        s.postalCode = QStringLiteral("1%1 %2").arg(10 + rng.bounded(89)).arg(10 + rng.bounded(89));
        s.city = QStringLiteral("Syntetstad");
        sites.push_back(rows.create(reg.sites(), s));
    }

    std::vector<qint64> boards;
    for (int b = 0; b < n.boards; ++b) {
        OrgUnit board;
        board.kind = UnitKind::Board;
        board.parentId = rootId;
        board.name = b < int(std::size(kBoardNames)) ? QString::fromUtf8(kBoardNames[b])
                                                     : QStringLiteral("Nämnd %1").arg(b + 1);
        boards.push_back(rows.create(reg.units(), board));
        tick();
    }

    QHash<QString, qint64> roles;
    for (const SecurityRole& r : reg.roles().all())
        roles.insert(r.code, r.id);
    const std::vector<FocusArea> focus = reg.focusAreas().all();
    const QDate start(2022, 1, 1);

    auto makePerson = [&](qint64 unitId) {
        Person p;
        p.name = pick(rng, kFirstNames) + QLatin1Char(' ') + pick(rng, kLastNames);
        p.title = pick(rng, kTitles);
        p.unitId = unitId;
        p.phone = QStringLiteral("08-%1 %2 %3")
                      .arg(100 + rng.bounded(899))
                      .arg(10 + rng.bounded(89))
                      .arg(10 + rng.bounded(89));
        return rows.create(reg.people(), p);
    };
    auto assign = [&](qint64 personId, const char* role, qint64 unitId, int fte) {
        Assignment a;
        a.personId = personId;
        a.roleId = roles.value(QLatin1String(role));
        a.unitId = unitId;
        a.startDate = start.addDays(rng.bounded(1200));
        a.ftePercent = fte;
        rows.create(reg.assignments(), a);
    };

    const std::vector<RiskCategory> categories = reg.riskCategories().all();
    const RiskMatrix matrix = reg.riskMatrix().current();
    const QDate today = QDate::currentDate();
    auto makeRisk = [&](qint64 unitId, qint64 owner) {
        Risk risk;
        risk.unitId = unitId;
        risk.ownerId = owner;
        const RiskCategory& category = categories[std::size_t(rng.bounded(int(categories.size())))];
        risk.categoryId = category.id;
        risk.title = QStringLiteral("%1: %2").arg(category.name, pick(rng, kRiskTitles));
        risk.threatSource = pick(rng, kThreatSources);
        // Skewed towards the lower cells, as real registers are.
        risk.likelihood =
            1 + std::min(rng.bounded(matrix.likelihoodSize()), rng.bounded(matrix.likelihoodSize()));
        risk.consequence = 1 + rng.bounded(matrix.consequenceSize());
        risk.assessedOn = today.addDays(-rng.bounded(800));
        risk.reviewMonths = rng.bounded(3) == 0 ? 24 : 12;
        const int s = rng.bounded(10);
        risk.status = s < 5   ? Risk::Status::Open
                      : s < 8 ? Risk::Status::Treated
                      : s < 9 ? Risk::Status::Accepted
                              : Risk::Status::Closed;
        if (risk.status != Risk::Status::Open || rng.bounded(3) == 0) {
            risk.residualLikelihood = std::max(1, risk.likelihood - 1 - rng.bounded(2));
            risk.residualConsequence = std::max(1, risk.consequence - rng.bounded(2));
        }
        rows.create(reg.risks(), risk);
    };

    const std::vector<ActionKind> actionKinds = reg.actionKinds().all();
    auto makeAction = [&](qint64 unitId, qint64 responsible) {
        Action a;
        a.unitId = unitId;
        a.responsibleId = responsible;
        const ActionKind& kind = actionKinds[std::size_t(rng.bounded(int(actionKinds.size())))];
        a.kindId = kind.id;
        a.title = QStringLiteral("%1: %2").arg(kind.name, pick(rng, kRiskTitles));
        a.startDate = today.addDays(-rng.bounded(900));
        a.dueDate = a.startDate.addDays(30 + rng.bounded(400));
        const int s = rng.bounded(20);
        a.status = s < 6    ? Action::Status::Planned
                   : s < 11 ? Action::Status::InProgress
                   : s < 17 ? Action::Status::Done
                   : s < 19 ? Action::Status::Postponed
                            : Action::Status::Cancelled;
        a.statusChangedOn = a.startDate.addDays(rng.bounded(30));
        if (a.status == Action::Status::Done)
            a.doneDate = std::min(a.dueDate.addDays(rng.bounded(60) - 30), today);
        if (a.doneDate.isValid() && a.doneDate < a.startDate)
            a.doneDate = a.startDate;
        a.estimatedCostKr = 1'000 * rng.bounded(400);
        a.actualCostKr =
            a.status == Action::Status::Done ? a.estimatedCostKr + 1'000 * (rng.bounded(41) - 20) : 0;
        a.actualCostKr = std::max<qint64>(0, a.actualCostKr);
        a.fitsBudget = rng.bounded(5) != 0;
        a.needsBoardDecision = rng.bounded(10) == 0;
        const qint64 id = rows.create(reg.actions(), a);
        if (rng.bounded(2) == 0) {
            ActionNote note;
            note.actionId = id;
            note.notedOn = std::min(a.statusChangedOn.addDays(rng.bounded(60)), today);
            note.text = pick(rng, kNotes);
            note.author = QStringLiteral("generator");
            rows.create(reg.actionNotes(), note);
        }
    };

    std::vector<IncidentGenerator::LeafUnit> leafUnits;
    std::vector<qint64> administrations;
    for (int a = 0; a < n.administrations + n.companies; ++a) {
        const bool company = a >= n.administrations;
        OrgUnit admin;
        admin.kind = company ? UnitKind::Company : UnitKind::Administration;
        admin.boardId = boards[std::size_t(a % n.boards)];
        admin.parentId = company ? rootId : admin.boardId;
        admin.name = company ? QStringLiteral("%1 %2").arg(pick(rng, kAreas), pick(rng, kCompanyKinds))
                             : QStringLiteral("%1 %2").arg(pick(rng, kAdminKinds), pick(rng, kAreas));
        admin.name += QStringLiteral(" (%1)").arg(a + 1);
        const qint64 adminId = rows.create(reg.units(), admin);
        administrations.push_back(adminId);
        tick();

        const int coordinators = 1 + rng.bounded(3);
        for (SecurityLevel level : {SecurityLevel::Tactical, SecurityLevel::Operational}) {
            PlannedPost post;
            post.unitId = adminId;
            post.level = level;
            post.posts = level == SecurityLevel::Tactical
                             ? coordinators
                             : n.departmentsPerAdministration * n.unitsPerDepartment / 2;
            rows.create(reg.plannedPosts(), post);
        }
        // Most administrations have filled their coordinator posts; some have not.
        const int filled = rng.bounded(4) == 0 ? coordinators - 1 : coordinators;
        for (int c = 0; c < filled; ++c)
            assign(makePerson(adminId), "security_coordinator", adminId, rng.bounded(4) == 0 ? 50 : 100);
        for (std::size_t f = 0; f < focus.size(); ++f)
            if (rng.bounded(3) == 0)
                rows.create(reg.profileAreas(), linkBetween<ProfileArea>(adminId, focus[f].id));

        for (int d = 0; d < n.departmentsPerAdministration; ++d) {
            OrgUnit dept;
            dept.kind = UnitKind::Department;
            dept.parentId = adminId;
            dept.name = QStringLiteral("%1 %2 %3.%4")
                            .arg(pick(rng, kDepartmentKinds), pick(rng, kAreas))
                            .arg(a + 1)
                            .arg(d + 1);
            const qint64 deptId = rows.create(reg.units(), dept);
            tick();
            for (int u = 0; u < n.unitsPerDepartment; ++u) {
                OrgUnit unit;
                unit.kind = UnitKind::Unit;
                unit.parentId = deptId;
                const QString kind = pick(rng, kUnitActivities);
                unit.name = QStringLiteral("%1%2 %3.%4.%5")
                                .arg(pick(rng, kAreas), kind)
                                .arg(a + 1)
                                .arg(d + 1)
                                .arg(u + 1);
                const qint64 unitId = rows.create(reg.units(), unit);
                tick();
                IncidentGenerator::LeafUnit leaf{unitId, 0};
                if (!sites.empty()) {
                    leaf.siteId = sites[rng.bounded(int(sites.size()))];
                    rows.create(reg.unitSites(), linkBetween<UnitSite>(unitId, leaf.siteId));
                }
                leafUnits.push_back(leaf);
                qint64 manager = 0;
                for (int p = 0; p < n.peoplePerUnit; ++p) {
                    const qint64 personId = makePerson(unitId);
                    if (p == 0)
                        manager = personId;
                    if (p == 0 && rng.bounded(2) == 0)
                        assign(personId, "security_representative", unitId, 10);
                }
                for (int r = 0; r < n.risksPerUnit; ++r)
                    makeRisk(unitId, manager);
                for (int r = 0; r < n.actionsPerUnit; ++r)
                    makeAction(unitId, manager);
            }
        }
    }

    for (int year = 2024; year <= 2027; ++year)
        for (qint64 board : boards) {
            BudgetLine line;
            line.boardId = board;
            line.year = year;
            line.amountKr = 100'000 * (2 + rng.bounded(40));
            rows.create(reg.budget(), line);
        }
    // Nothing reads the incidents or the training while they are written.
    upkeep.deferIndexes("incident");
    upkeep.deferIndexes("training");
    IncidentGenerator::generate(rows.writer(), leafUnits, administrations, sites,
                                {n.incidents, n.exerciseKinds, n.routinesPerUnit}, rng, today);
    upkeep.finish();
    tx.commit();
    reg.database().refreshPlannerStatistics(Database::Statistics::Whole);
    if (progress)
        progress(totalUnits, totalUnits);
}

} // namespace sakra
