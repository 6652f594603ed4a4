#include "AssessmentEngine.h"

#include "AssessmentRollUp.h"
#include "organisation/UnitBoardRepository.h"
#include "risk/RiskMatrixRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>

namespace sakra {

namespace {

// The workplaces in scope: live units and departments with no live unit below them. Binds the
// scope's id.
// The units assessed: the leaves under the scope (on a shared register, those the user may see).
QString assessedUnits(const Database& db)
{
    return QStringLiteral(
               "WITH assessed(id) AS (SELECT u.id FROM unit_closure c JOIN org_unit u ON u.id = c.unit_id "
               "WHERE c.ancestor_id = ? AND u.deleted_at IS NULL AND u.kind IN ('unit','department') "
               "AND NOT EXISTS (SELECT 1 FROM org_unit ch WHERE ch.parent_id = u.id AND ch.deleted_at IS "
               "NULL)") +
           SqlSnippets::onlyUnitsSeen(db, QStringLiteral("u.id")) + QStringLiteral(") ");
}

// Seeded risk categories carry the same UUID in every register (Schema.cpp derives them from
// their key in this namespace), so the rules find them even when someone renames them.
QString categoryUuid(const char* key)
{
    static const QUuid ns(QStringLiteral("{6d1f3f59-6a3e-4c4e-9d0e-5a6b7261c0de}"));
    return QUuid::createUuidV5(ns, QStringLiteral("risk_category/%1").arg(QLatin1String(key)))
        .toString(QUuid::WithoutBraces);
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

template <typename Row> void forEachRow(Query& q, Row row)
{
    q.exec();
    while (q.next())
        row(q);
}

// A question answered from its requirements: the answer, the reasons of what applies and the
// recommendations for what is missing.
QuestionAnswer answered(const char* code, const std::vector<AssessmentCheck>& checks)
{
    QuestionAnswer a;
    a.question = QLatin1String(code);
    a.checks = checks;
    const auto computed = AssessmentRules::answerFrom(a.checks);
    a.applicable = computed.has_value();
    a.computed = a.answer = computed.value_or(AssessmentAnswer::No);
    for (const AssessmentCheck& c : a.checks) {
        if (c.applicable || c.exempted || !a.applicable)
            a.reasons << c.reason;
        if (c.applicable && !c.met && !c.recommendation.isEmpty())
            a.recommendations << c.recommendation;
    }
    return a;
}

} // namespace

qint64 AssessmentEngine::resolveScope(qint64 scopeUnitId) const
{
    return SqlSnippets::scopeOrTop(m_db, scopeUnitId);
}

std::map<qint64, AssessmentFacts> AssessmentEngine::facts(qint64 scopeUnitId, const QDate& today) const
{
    std::map<qint64, AssessmentFacts> out;
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return out;
    const QString todayIso = iso(today);
    const QString assessed = assessedUnits(m_db);

    Query units(m_db, assessed + QStringLiteral("SELECT id FROM assessed"));
    units.bind(scope);
    forEachRow(units, [&](Query& q) { out[q.value(0).toLongLong()].today = today; });
    if (out.empty())
        return out;
    auto at = [&](const Query& q) -> AssessmentFacts& { return out[q.value(0).toLongLong()]; };
    // Items on a unit apply to it and every unit below: join through the closure upwards.
    const QString up = QStringLiteral(" FROM assessed a JOIN unit_closure c ON c.unit_id = a.id ");

    Query inventories(m_db, assessed + QStringLiteral("SELECT a.id, max(ri.held_on)") + up +
                                QStringLiteral("JOIN risk_inventory ri ON ri.unit_id = c.ancestor_id AND "
                                               "ri.deleted_at IS NULL AND ri.held_on <= ? GROUP BY a.id"));
    inventories.bind(scope).bind(todayIso);
    forEachRow(inventories, [&](Query& q) { at(q).lastRiskInventory = dateOf(q.value(1)); });

    // The latest assessed level of risk for threats and violence, on the unit or above: rows in
    // day order, the last one of each unit stays.
    Query levels(m_db,
                 assessed + QStringLiteral("SELECT a.id, ri.held_on, ri.threat_level") + up +
                     QStringLiteral("JOIN risk_inventory ri ON ri.unit_id = c.ancestor_id AND "
                                    "ri.deleted_at IS NULL AND ri.threat_level <> '' AND ri.held_on <= ? "
                                    "ORDER BY a.id, ri.held_on, ri.id"));
    levels.bind(scope).bind(todayIso);
    forEachRow(levels, [&](Query& q) {
        AssessmentFacts& f = at(q);
        f.threatLevelAssessedOn = dateOf(q.value(1));
        f.threatLevel = q.value(2).toString();
    });

    const int high = AssessmentRules::highRiskLevel(RiskMatrixRepository(m_db).current());
    Query risks(
        m_db,
        assessed +
            QStringLiteral(
                ", threat(id) AS (SELECT id FROM risk_category WHERE uuid IN (?, ?, ?, ?)), "
                "lone(id) AS (SELECT id FROM risk_category WHERE uuid = ?), "
                "pdv(id) AS (SELECT id FROM risk_category WHERE uuid = ?) "
                "SELECT a.id, "
                "sum(r.category_id IN (SELECT id FROM threat)), "
                "sum(r.category_id IN (SELECT id FROM threat) AND r.status <> 'closed' AND r.next_review < "
                "?), "
                "min(CASE WHEN r.category_id IN (SELECT id FROM threat) AND r.status <> 'closed' AND "
                "r.next_review < ? THEN r.next_review END), "
                "sum(r.category_id IN (SELECT id FROM threat) AND r.status <> 'closed' AND r.level >= ?), "
                "sum(r.category_id IN (SELECT id FROM lone) AND r.status <> 'closed' AND r.level >= ?), "
                "sum(r.category_id IN (SELECT id FROM lone) AND r.status <> 'closed' AND r.level >= ? AND "
                "EXISTS ("
                "SELECT 1 FROM action_risk ar JOIN action ac ON ac.id = ar.action_id AND ac.deleted_at IS "
                "NULL AND ac.status <> 'cancelled' "
                "WHERE ar.risk_id = r.id AND ar.deleted_at IS NULL)), "
                "sum(r.category_id IN (SELECT id FROM pdv) AND r.status <> 'closed')") +
            up +
            QStringLiteral(
                "JOIN risk r ON r.unit_id = c.ancestor_id AND r.deleted_at IS NULL AND r.assessed_on <= ? "
                "GROUP BY a.id"));
    risks.bind(scope)
        .bind(categoryUuid("threats_violence"))
        .bind(categoryUuid("lethal_violence"))
        .bind(categoryUuid("harassment"))
        .bind(categoryUuid("undue_influence"))
        .bind(categoryUuid("lone_night_work"))
        .bind(categoryUuid("lethal_violence"))
        .bind(todayIso)
        .bind(todayIso)
        .bind(high)
        .bind(high)
        .bind(high)
        .bind(todayIso);
    forEachRow(risks, [&](Query& q) {
        AssessmentFacts& f = at(q);
        f.threatRisks = q.value(1).toInt();
        f.threatRisksOverdue = q.value(2).toInt();
        f.firstOverdueReview = dateOf(q.value(3));
        f.highThreatRisks = q.value(4).toInt();
        f.highLoneWorkRisks = q.value(5).toInt();
        f.highLoneWorkRisksWithAction = q.value(6).toInt();
        f.lethalViolenceRisks = q.value(7).toInt();
    });

    // Incidents count where they happened, over the last year.
    Query incidents(
        m_db,
        assessed +
            QStringLiteral(
                "SELECT i.unit_id, count(*), sum(i.follow_up <> 'new' OR i.occurred_on > ?), sum(i.target <> "
                "'other'), "
                "sum(i.target <> 'other' AND (i.support_manager = 1 OR i.support_occupational_health = 1 OR "
                "i.support_crisis = 1)), "
                "sum(i.kind IN ('threat','violence')), sum(i.perpetrator IN ('client','relative')) "
                "FROM incident i WHERE i.deleted_at IS NULL AND "
                "i.occurred_on >= ? "
                "AND i.occurred_on <= ? AND i.unit_id IN (SELECT id FROM assessed) GROUP BY i.unit_id"));
    incidents.bind(scope)
        .bind(iso(today.addDays(-AssessmentRules::kFollowUpDays)))
        .bind(iso(today.addMonths(-AssessmentRules::kIncidentMonths)))
        .bind(todayIso);
    forEachRow(incidents, [&](Query& q) {
        AssessmentFacts& f = at(q);
        f.incidents = q.value(1).toInt();
        f.incidentsFollowedUp = q.value(2).toInt();
        f.incidentsAgainstPeople = q.value(3).toInt();
        f.incidentsWithSupport = q.value(4).toInt();
        f.threatOrViolenceIncidents = q.value(5).toInt();
        f.incidentsByVisitors = q.value(6).toInt();
    });

    Query routines(
        m_db,
        assessed +
            QStringLiteral(
                "SELECT DISTINCT a.id, r.id, r.title, r.kind, r.documented, r.known_by_staff, "
                "r.staff_briefed_on, r.next_review, r.adopted_on, r.last_review_on, r.review_months, "
                "lower(r.title) AS sort_title") +
            up +
            QStringLiteral("JOIN routine_unit ru ON ru.unit_id = c.ancestor_id AND ru.deleted_at IS NULL "
                           "JOIN routine r ON r.id = ru.routine_id AND r.deleted_at IS NULL "
                           "WHERE r.kind IN "
                           "('security','threats_violence','alarm','home_visit','support','outside_work',"
                           "'double_staffing') AND (r.adopted_on IS NULL OR r.adopted_on <= ?) "
                           "ORDER BY a.id, sort_title, r.id"));
    routines.bind(scope).bind(todayIso);
    forEachRow(routines, [&](Query& q) {
        // As of a day gone by: a briefing or a review after it had not happened yet. The review
        // before the last is not kept, so the routine then counts as reviewed when it was adopted.
        QDate briefed = dateOf(q.value(6));
        if (briefed > today)
            briefed = QDate();
        QDate nextReview = dateOf(q.value(7));
        const QDate adopted = dateOf(q.value(8));
        if (dateOf(q.value(9)) > today)
            nextReview = adopted.isValid() && q.value(10).toInt() > 0 ? adopted.addMonths(q.value(10).toInt())
                                                                      : QDate();
        at(q).routines.push_back({q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0,
                                  q.value(5).toString(), briefed, nextReview});
    });

    // The latest session of each kind (the newest id among sessions held the same day).
    Query trainings(
        m_db,
        assessed +
            QStringLiteral(", held AS (SELECT a.id AS unit_id, t.kind, t.held_on, t.participants, "
                           "t.target_group, t.next_due, row_number() OVER (PARTITION BY a.id, t.kind "
                           "ORDER BY t.held_on DESC, t.id DESC) AS n") +
            up +
            QStringLiteral("JOIN training t ON t.unit_id = c.ancestor_id AND t.deleted_at IS NULL "
                           "AND t.held_on <= ?) "
                           "SELECT unit_id, kind, held_on, participants, target_group, next_due FROM held "
                           "WHERE n = 1 ORDER BY unit_id, kind"));
    trainings.bind(scope).bind(todayIso);
    forEachRow(trainings, [&](Query& q) {
        at(q).trainings.push_back({q.value(1).toString(), dateOf(q.value(2)), q.value(3).toInt(),
                                   q.value(4).toInt(), dateOf(q.value(5))});
    });

    // Equipment of the unit or a unit above it, and equipment at the sites the unit is at.
    Query alarms(
        m_db,
        assessed +
            QStringLiteral(
                "SELECT a.id, e.id, e.kind, e.receiver, e.last_tested_on, e.next_test, e.last_test_unknown") +
            up +
            QStringLiteral(
                "JOIN alarm_equipment e ON e.unit_id = c.ancestor_id AND e.deleted_at IS NULL "
                "UNION SELECT a.id, e.id, e.kind, e.receiver, e.last_tested_on, e.next_test, "
                "e.last_test_unknown "
                "FROM assessed a "
                "JOIN unit_site us ON us.unit_id = a.id AND us.deleted_at IS NULL "
                "JOIN alarm_equipment e ON e.site_id = us.site_id AND e.deleted_at IS NULL ORDER BY 1, 2"));
    alarms.bind(scope);
    forEachRow(alarms, [&](Query& q) {
        // As of a day gone by, a test after it had not happened yet, and the test before it is not
        // kept: not known when it was tested then.
        const QDate tested = dateOf(q.value(4));
        if (tested > today)
            at(q).alarms.push_back({q.value(2).toString(), q.value(3).toString(), QDate(), QDate(), true});
        else
            at(q).alarms.push_back({q.value(2).toString(), q.value(3).toString(), tested, dateOf(q.value(5)),
                                    q.value(6).toInt() != 0});
    });

    // The sites each unit is at, each with its latest premises inventory (rows in day order, the
    // last one of each site stays; a site never inventoried comes once with no day).
    Query premises(
        m_db,
        assessed + QStringLiteral(
                       "SELECT a.id, s.id, s.name, p.inventoried_on, "
                       "(p.locks <> '' OR p.lockdown_rooms <> ''), p.access_control <> '', p.perimeter <> '' "
                       "FROM assessed a JOIN unit_site us ON us.unit_id = a.id AND us.deleted_at IS NULL "
                       "JOIN site s ON s.id = us.site_id AND s.deleted_at IS NULL "
                       "LEFT JOIN premises_inventory p ON p.site_id = s.id AND p.deleted_at IS NULL AND "
                       "p.inventoried_on <= ? ORDER BY a.id, s.id, p.inventoried_on, p.id"));
    premises.bind(scope).bind(todayIso);
    qint64 lastUnit = 0, lastSite = 0;
    forEachRow(premises, [&](Query& q) {
        auto& list = at(q).premises;
        const qint64 unit = q.value(0).toLongLong();
        const qint64 site = q.value(1).toLongLong();
        if (unit != lastUnit || site != lastSite || list.empty())
            list.emplace_back();
        lastUnit = unit;
        lastSite = site;
        AssessmentFacts::Premises& p = list.back();
        p.site = q.value(2).toString();
        p.inventoriedOn = dateOf(q.value(3));
        p.locks = q.value(4).toInt() != 0;
        p.accessControl = q.value(5).toInt() != 0;
        p.perimeter = q.value(6).toInt() != 0;
    });
    return out;
}

ElectedOfficialsFacts AssessmentEngine::electedOfficialsFacts(const QDate& today) const
{
    ElectedOfficialsFacts f;
    f.today = today;
    const QString todayIso = iso(today);
    const QString seen = SqlSnippets::onlyUnitsSeen(m_db, QStringLiteral("i.unit_id"));
    Query incidents(m_db,
                    QStringLiteral("SELECT count(*), sum(CASE WHEN i.follow_up <> 'new' OR i.occurred_on > ? "
                                   "THEN 1 ELSE 0 END), sum(CASE WHEN i.support_manager = 1 OR "
                                   "i.support_occupational_health = 1 OR i.support_crisis = 1 THEN 1 ELSE 0 "
                                   "END) FROM incident i WHERE i.deleted_at IS NULL AND i.target = "
                                   "'elected_official' AND i.occurred_on >= ? AND i.occurred_on <= ?") +
                        seen);
    incidents.bind(iso(today.addDays(-AssessmentRules::kFollowUpDays)))
        .bind(iso(today.addMonths(-AssessmentRules::kIncidentMonths)))
        .bind(todayIso);
    forEachRow(incidents, [&](Query& q) {
        f.incidents = q.value(0).toInt();
        f.incidentsFollowedUp = q.value(1).toInt();
        f.incidentsWithSupport = q.value(2).toInt();
    });

    Query guidance(m_db,
                   QStringLiteral("SELECT title, kind, documented, known_by_staff, staff_briefed_on, "
                                  "next_review FROM routine WHERE deleted_at IS NULL AND elected_officials = "
                                  "1 AND (adopted_on IS NULL OR adopted_on <= ?) ORDER BY documented DESC, "
                                  "staff_briefed_on DESC, id"));
    guidance.bind(todayIso);
    forEachRow(guidance, [&](Query& q) {
        QDate briefed = dateOf(q.value(4));
        if (briefed > today) // as of a day gone by: that briefing had not happened yet
            briefed = QDate();
        f.guidance.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                              q.value(3).toString(), briefed, dateOf(q.value(5))});
    });

    // A situation report or annual compilation saved as a draft is the compiled analysis: both
    // have a section on elected officials. Its day is the document's date, else the day it was made.
    Query analysis(m_db,
                   QStringLiteral("SELECT name, coalesce(document_date, substr(created_at, 1, 10)) AS made "
                                  "FROM report_draft WHERE deleted_at IS NULL AND kind IN "
                                  "('situation','annual') AND coalesce(document_date, substr(created_at, "
                                  "1, 10)) <= ? ORDER BY made DESC, id DESC LIMIT 1"));
    analysis.bind(todayIso);
    forEachRow(analysis, [&](Query& q) {
        f.analysisName = q.value(0).toString();
        f.analysisOn = dateOf(q.value(1));
    });
    return f;
}

Assessment AssessmentEngine::assess(qint64 scopeUnitId, const QDate& today) const
{
    Assessment result;
    result.asOf = today;
    result.scopeUnitId = scopeUnitId;
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return result;
    const std::map<qint64, AssessmentFacts> allFacts = facts(scope, today);

    const AssessmentRollUp::Overrides overrides = AssessmentRollUp::overrides(m_db, today);

    // Names, and the administration and board each assessed unit belongs to.
    struct Group
    {
        QString name;
        QString kind;
        qint64 boardId = 0;
    };
    std::map<qint64, Group> groups;
    Query g(m_db, QStringLiteral("SELECT id, name, kind, board_id FROM org_unit WHERE kind IN "
                                 "('board','administration','company')"));
    forEachRow(g, [&](Query& q) {
        groups[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toLongLong()};
    });

    std::map<qint64, UnitAssessment> units;
    const QString assessed = assessedUnits(m_db);
    Query u(m_db, assessed +
                      QStringLiteral("SELECT a.id, o.name, c.ancestor_id, p.kind, c.depth FROM assessed a "
                                     "JOIN org_unit o ON o.id = a.id JOIN unit_closure c ON c.unit_id = a.id "
                                     "JOIN org_unit p ON p.id = c.ancestor_id ORDER BY a.id, c.depth"));
    u.bind(scope);
    std::map<qint64, qint64> nearestBoard;
    forEachRow(u, [&](Query& q) {
        UnitAssessment& ua = units[q.value(0).toLongLong()];
        ua.unitId = q.value(0).toLongLong();
        ua.unitName = q.value(1).toString();
        const QString kind = q.value(3).toString();
        const qint64 ancestor = q.value(2).toLongLong();
        if (ua.administrationId == 0 &&
            (kind == QLatin1String("administration") || kind == QLatin1String("company")))
            ua.administrationId = ancestor;
        if (kind == QLatin1String("board") && !nearestBoard.count(ua.unitId))
            nearestBoard[ua.unitId] = ancestor;
    });
    for (auto& [id, ua] : units) {
        const auto admin = groups.find(ua.administrationId);
        ua.boardId = admin != groups.end() && admin->second.boardId > 0
                         ? admin->second.boardId
                         : (nearestBoard.count(id) ? nearestBoard[id] : 0);
    }

    const auto& questions = AssessmentRules::questions();
    for (auto& [id, ua] : units) {
        const auto factsIt = allFacts.find(id);
        AssessmentFacts facts;
        facts.today = today;
        if (factsIt != allFacts.end())
            facts = factsIt->second;
        for (const auto& question : questions) {
            QuestionAnswer a =
                answered(question.code, AssessmentRules::checksFor(QLatin1String(question.code), facts));
            if (question.municipal)
                a.reasons << AssessmentRollUp::municipalReason();
            AssessmentRollUp::apply(a, overrides, id);
            ua.answers.push_back(a);
        }
        result.units.push_back(ua);
    }
    std::sort(result.units.begin(), result.units.end(), [](const UnitAssessment& a, const UnitAssessment& b) {
        const int c = a.unitName.localeAwareCompare(b.unitName);
        return c != 0 ? c < 0 : a.unitId < b.unitId;
    });

    // Roll-up per administration and per board; an administration that reports to further boards
    // counts in each of their roll-ups too.
    const QMultiHash<qint64, qint64> furtherBoards = UnitBoardRepository(m_db).links();
    auto rollUp = [&](auto groupsOf) {
        std::map<qint64, std::vector<const UnitAssessment*>> members;
        for (const UnitAssessment& ua : result.units)
            for (const qint64 gid : groupsOf(ua))
                if (gid != 0)
                    members[gid].push_back(&ua);
        std::vector<GroupAssessment> out;
        for (const auto& [gid, list] : members) {
            const auto it = groups.find(gid);
            out.push_back(AssessmentRollUp::group(gid, it != groups.end() ? it->second.name : QString(),
                                                  it != groups.end() ? it->second.kind : QString(), list,
                                                  overrides));
        }
        std::sort(out.begin(), out.end(), [](const GroupAssessment& a, const GroupAssessment& b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        return out;
    };
    result.administrations =
        rollUp([](const UnitAssessment& ua) { return std::vector<qint64>{ua.administrationId}; });
    result.boards = rollUp([&](const UnitAssessment& ua) {
        std::vector<qint64> boards{ua.boardId};
        for (const qint64 board : furtherBoards.values(ua.administrationId))
            if (board != ua.boardId)
                boards.push_back(board);
        return boards;
    });

    // The municipal questions: the municipality's own facts, answered for the executive board.
    const ElectedOfficialsFacts elected = electedOfficialsFacts(today);
    for (const auto& question : questions)
        if (question.municipal)
            result.municipal.push_back(
                answered(question.code, AssessmentRules::electedOfficialsChecks(elected)));
    for (GroupAssessment& board : result.boards)
        if (AssessmentRules::isExecutiveBoard(board.name))
            AssessmentRollUp::answerMunicipal(board, result.municipal, overrides);
    return result;
}

} // namespace sakra
