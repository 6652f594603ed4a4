#include "AssessmentEngine.h"

#include "risk/RiskMatrixRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>
#include <numeric>

namespace sakra {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::AssessmentEngine", text, nullptr, n);
}

// The workplaces in scope: live units and departments with no live unit below them. Binds the
// scope's id.
const QString kAssessed = QStringLiteral(
    "WITH assessed(id) AS (SELECT u.id FROM unit_closure c JOIN org_unit u ON u.id = c.unit_id "
    "WHERE c.ancestor_id = ? AND u.deleted_at IS NULL AND u.kind IN ('unit','department') "
    "AND NOT EXISTS (SELECT 1 FROM org_unit ch WHERE ch.parent_id = u.id AND ch.deleted_at IS NULL)) ");

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

QString nameList(QStringList names)
{
    constexpr int kShown = 8;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    const int more = int(names.size()) - kShown;
    names = names.mid(0, kShown);
    return QCoreApplication::translate("sakra::AssessmentEngine", "%1 och %n till", nullptr, more)
        .arg(names.join(QStringLiteral(", ")));
}

struct Override
{
    AssessmentAnswer answer;
    QString justification;
    QDate decidedOn;
};

void applyOverride(QuestionAnswer& a, const std::map<std::pair<qint64, QString>, Override>& overrides,
                   qint64 unitId)
{
    const auto it = overrides.find({unitId, a.question});
    if (it == overrides.end())
        return;
    a.applicable = true;
    a.overridden = true;
    a.answer = it->second.answer;
    a.justification = it->second.justification;
    a.decidedOn = it->second.decidedOn;
    a.reasons.prepend(QCoreApplication::translate("sakra::AssessmentEngine", "Svaret är ändrat %1: %2")
                          .arg(iso(a.decidedOn), a.justification));
    if (a.answer == AssessmentAnswer::Yes)
        a.recommendations.clear();
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

    Query units(m_db, kAssessed + QStringLiteral("SELECT id FROM assessed"));
    units.bind(scope);
    forEachRow(units, [&](Query& q) { out[q.value(0).toLongLong()].today = today; });
    if (out.empty())
        return out;
    auto at = [&](const Query& q) -> AssessmentFacts& { return out[q.value(0).toLongLong()]; };
    // Items on a unit apply to it and every unit below: join through the closure upwards.
    const QString up = QStringLiteral(" FROM assessed a JOIN unit_closure c ON c.unit_id = a.id ");

    Query inventories(m_db, kAssessed + QStringLiteral("SELECT a.id, max(ri.held_on)") + up +
                                QStringLiteral("JOIN risk_inventory ri ON ri.unit_id = c.ancestor_id AND "
                                               "ri.deleted_at IS NULL GROUP BY a.id"));
    inventories.bind(scope);
    forEachRow(inventories, [&](Query& q) { at(q).lastRiskInventory = dateOf(q.value(1)); });

    // The latest assessed level of risk for threats and violence, on the unit or above: rows in
    // day order, the last one of each unit stays.
    Query levels(m_db,
                 kAssessed + QStringLiteral("SELECT a.id, ri.held_on, ri.threat_level") + up +
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
        kAssessed +
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
                "JOIN risk r ON r.unit_id = c.ancestor_id AND r.deleted_at IS NULL GROUP BY a.id"));
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
        .bind(high);
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
        kAssessed +
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
        kAssessed +
            QStringLiteral("SELECT DISTINCT a.id, r.id, r.title, r.kind, r.documented, r.known_by_staff, "
                           "r.staff_briefed_on, r.next_review") +
            up +
            QStringLiteral("JOIN routine_unit ru ON ru.unit_id = c.ancestor_id AND ru.deleted_at IS NULL "
                           "JOIN routine r ON r.id = ru.routine_id AND r.deleted_at IS NULL "
                           "WHERE r.kind IN "
                           "('security','threats_violence','alarm','home_visit','support','outside_work',"
                           "'double_staffing') "
                           "ORDER BY a.id, r.title COLLATE NOCASE, r.id"));
    routines.bind(scope);
    forEachRow(routines, [&](Query& q) {
        at(q).routines.push_back({q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0,
                                  q.value(5).toString(), dateOf(q.value(6)), dateOf(q.value(7))});
    });

    // The latest session of each kind (SQLite takes the other columns from the row with the max).
    Query trainings(
        m_db, kAssessed +
                  QStringLiteral(
                      "SELECT a.id, t.kind, max(t.held_on), t.participants, t.target_group, t.next_due") +
                  up +
                  QStringLiteral("JOIN training t ON t.unit_id = c.ancestor_id AND t.deleted_at IS NULL "
                                 "AND t.held_on <= ? GROUP BY a.id, t.kind"));
    trainings.bind(scope).bind(todayIso);
    forEachRow(trainings, [&](Query& q) {
        at(q).trainings.push_back({q.value(1).toString(), dateOf(q.value(2)), q.value(3).toInt(),
                                   q.value(4).toInt(), dateOf(q.value(5))});
    });

    // Equipment of the unit or a unit above it, and equipment at the sites the unit is at.
    Query alarms(
        m_db,
        kAssessed +
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
        at(q).alarms.push_back({q.value(2).toString(), q.value(3).toString(), dateOf(q.value(4)),
                                dateOf(q.value(5)), q.value(6).toInt() != 0});
    });

    // The sites each unit is at, each with its latest premises inventory (rows in day order, the
    // last one of each site stays; a site never inventoried comes once with no day).
    Query premises(
        m_db, kAssessed +
                  QStringLiteral(
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

Assessment AssessmentEngine::assess(qint64 scopeUnitId, const QDate& today) const
{
    Assessment result;
    result.asOf = today;
    result.scopeUnitId = scopeUnitId;
    const qint64 scope = resolveScope(scopeUnitId);
    if (scope == 0)
        return result;
    const std::map<qint64, AssessmentFacts> allFacts = facts(scope, today);

    std::map<std::pair<qint64, QString>, Override> overrides;
    Query ov(m_db, QStringLiteral(
                       "SELECT unit_id, question, answer, justification, decided_on FROM assessment_override "
                       "WHERE deleted_at IS NULL"));
    forEachRow(ov, [&](Query& q) {
        if (const auto answer = kAssessmentAnswers.fromCode(q.value(2).toString()))
            overrides[{q.value(0).toLongLong(), q.value(1).toString()}] = {*answer, q.value(3).toString(),
                                                                           dateOf(q.value(4))};
    });

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
    Query u(m_db, kAssessed +
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
            QuestionAnswer a;
            a.question = QLatin1String(question.code);
            a.checks = AssessmentRules::checksFor(a.question, facts);
            const auto computed = AssessmentRules::answerFrom(a.checks);
            a.applicable = computed.has_value();
            a.computed = a.answer = computed.value_or(AssessmentAnswer::No);
            for (const AssessmentCheck& c : a.checks) {
                if (c.applicable || c.exempted || !a.applicable)
                    a.reasons << c.reason;
                if (c.applicable && !c.met && !c.recommendation.isEmpty())
                    a.recommendations << c.recommendation;
            }
            applyOverride(a, overrides, id);
            ua.answers.push_back(a);
        }
        result.units.push_back(ua);
    }
    std::sort(result.units.begin(), result.units.end(), [](const UnitAssessment& a, const UnitAssessment& b) {
        const int c = a.unitName.localeAwareCompare(b.unitName);
        return c != 0 ? c < 0 : a.unitId < b.unitId;
    });

    // Roll-up per administration and per board.
    auto rollUp = [&](auto groupOf) {
        std::map<qint64, std::vector<const UnitAssessment*>> members;
        for (const UnitAssessment& ua : result.units)
            if (const qint64 gid = groupOf(ua))
                members[gid].push_back(&ua);
        std::vector<GroupAssessment> out;
        for (const auto& [gid, list] : members) {
            GroupAssessment ga;
            ga.unitId = gid;
            ga.name = groups.count(gid) ? groups[gid].name : QString();
            ga.kind = groups.count(gid) ? groups[gid].kind : QString();
            ga.units = int(list.size());
            for (std::size_t qi = 0; qi < questions.size(); ++qi) {
                QuestionAnswer a;
                a.question = QLatin1String(questions[qi].code);
                std::array<QStringList, kAssessmentAnswerCount> names;
                std::map<QString, int> recommendations;
                for (const UnitAssessment* ua : list) {
                    const QuestionAnswer& ans = ua->answers[qi];
                    if (!ans.applicable)
                        continue;
                    ++a.unitCounts[std::size_t(ans.answer)];
                    names[std::size_t(ans.answer)] << ua->unitName;
                    for (const QString& r : ans.recommendations)
                        ++recommendations[r];
                }
                const auto computed = AssessmentRules::rollUp(a.unitCounts);
                a.applicable = computed.has_value();
                a.computed = a.answer = computed.value_or(AssessmentAnswer::No);
                const int applicable = std::accumulate(a.unitCounts.begin(), a.unitCounts.end(), 0);
                if (!a.applicable) {
                    a.reasons << tr("Frågan gäller ingen av gruppens enheter (%1).").arg(ga.units);
                } else {
                    a.reasons << tr("Enheter som svarar ja eller i huvudsak: %1 av %2.")
                                     .arg(a.unitCounts[0] + a.unitCounts[1])
                                     .arg(applicable);
                    for (int k = 0; k < kAssessmentAnswerCount; ++k)
                        if (!names[std::size_t(k)].isEmpty())
                            a.reasons << tr("%1: %2.").arg(kAssessmentAnswers.label(AssessmentAnswer(k)),
                                                           nameList(names[std::size_t(k)]));
                }
                std::vector<std::pair<QString, int>> recs(recommendations.begin(), recommendations.end());
                std::stable_sort(recs.begin(), recs.end(),
                                 [](const auto& x, const auto& y) { return x.second > y.second; });
                for (const auto& [text, n] : recs)
                    a.recommendations << tr("%1 (enheter: %2 av %3)").arg(text).arg(n).arg(applicable);
                applyOverride(a, overrides, gid);
                ga.answers.push_back(a);
            }
            out.push_back(ga);
        }
        std::sort(out.begin(), out.end(), [](const GroupAssessment& a, const GroupAssessment& b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        return out;
    };
    result.administrations = rollUp([](const UnitAssessment& ua) { return ua.administrationId; });
    result.boards = rollUp([](const UnitAssessment& ua) { return ua.boardId; });
    return result;
}

} // namespace sakra
