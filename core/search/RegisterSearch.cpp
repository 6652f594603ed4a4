#include "RegisterSearch.h"

#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/TextSearch.h"

#include <QCoreApplication>

namespace sakra {

namespace {

// What a hit's columns are made of, per area, over the found row x. Every expression is a
// constant of this file; the text searched for is bound.
struct AreaSql
{
    const char* area;
    const char* label; // translated in context "sakra::RegisterSearch"
    const char* table;
    const char* title;
    const char* unit;
    const char* openId;
    const char* live; // beyond x.deleted_at IS NULL
    bool restricted;
};

#define SAKRA_UNIT_OF(column) "(SELECT name FROM org_unit WHERE id = " column ")"

const AreaSql kAreas[] = {
    {"risk", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Risker"), "risk", "x.title",
     SAKRA_UNIT_OF("x.unit_id"), "x.id", "", false},
    {"action", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Åtgärder"), "action", "x.title",
     SAKRA_UNIT_OF("x.unit_id"), "x.id", "", false},
    // A note is found with the action it belongs to, which is what opens.
    {"actionNote", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Anteckningar om åtgärder"), "action_note",
     "x.text", SAKRA_UNIT_OF("(SELECT unit_id FROM action WHERE id = x.action_id)"), "x.action_id",
     " AND EXISTS (SELECT 1 FROM action a WHERE a.id = x.action_id AND a.deleted_at IS NULL)", false},
    {"incident", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Händelser"), "incident",
     "x.occurred_on || ' ' || CASE WHEN x.system_ref <> '' THEN x.system_ref || ' ' ELSE '' END || "
     "x.description",
     SAKRA_UNIT_OF("x.unit_id"), "x.id", "", false},
    {"training", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Utbildning och övningar"), "training",
     "CASE WHEN x.title <> '' THEN x.title ELSE x.held_on || ' ' || x.note END", SAKRA_UNIT_OF("x.unit_id"),
     "x.id", "", false},
    {"routine", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Rutiner"), "routine", "x.title",
     "(SELECT u.name FROM routine_unit ru JOIN org_unit u ON u.id = ru.unit_id WHERE ru.routine_id = x.id "
     "AND ru.deleted_at IS NULL ORDER BY u.name LIMIT 1)",
     "x.id", "", false},
    {"alarm", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Larm"), "alarm_equipment",
     "CASE WHEN x.receiver <> '' THEN x.receiver ELSE x.note END",
     "coalesce(" SAKRA_UNIT_OF("x.unit_id") ", (SELECT name FROM site WHERE id = x.site_id))", "x.id", "",
     false},
    {"person", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Personer"), "person", "x.name",
     SAKRA_UNIT_OF("x.unit_id"), "x.id", "", false},
    {"unit", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Enheter"), "org_unit", "x.name",
     SAKRA_UNIT_OF("x.parent_id"), "x.id", "", false},
    {"site", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Lokaler"), "site",
     "x.name || CASE WHEN x.city <> '' THEN ', ' || x.city ELSE '' END", "NULL", "x.id", "", false},
    {"threatAssessment", QT_TRANSLATE_NOOP("sakra::RegisterSearch", "Hotbildsbedömningar"),
     "threat_assessment", "x.subject", SAKRA_UNIT_OF("x.unit_id"), "x.id", "", true},
};

#undef SAKRA_UNIT_OF

const AreaSql* areaSql(const QString& area)
{
    for (const AreaSql& a : kAreas)
        if (area == QLatin1String(a.area))
            return &a;
    return nullptr;
}

// Titles are shown on one line and kept short: a description can be long.
QString oneLine(const QString& text)
{
    constexpr int kMost = 120;
    const QString simple = text.simplified();
    return simple.size() <= kMost ? simple : simple.left(kMost - 1) + QChar(0x2026);
}

} // namespace

std::vector<SearchHit> RegisterSearch::find(const SearchRequest& request) const
{
    if (request.limitPerArea < 1)
        throw Error(tr("Antalet träffar per område måste vara minst 1."));
    std::vector<SearchHit> hits;
    const QString expression = TextSearch::matchExpression(request.text);
    if (expression.isEmpty())
        return hits;
    for (const AreaSql& a : kAreas) {
        if (a.restricted && !request.includeRestricted)
            continue;
        // The index is read from the row added last backwards and stops at the limit.
        const QString sql =
            QStringLiteral("SELECT x.id, x.uuid, %1, %2, %3 FROM (%4 ORDER BY rowid DESC) s "
                           "JOIN %5 x ON x.id = s.rowid WHERE x.deleted_at IS NULL%6 LIMIT ?")
                .arg(QLatin1String(a.title), QLatin1String(a.unit), QLatin1String(a.openId),
                     TextSearch::matchingIds(a.table), QLatin1String(a.table), QLatin1String(a.live));
        Query q(m_db, sql);
        q.bind(expression).bind(request.limitPerArea).exec();
        while (q.next())
            hits.push_back({QLatin1String(a.area), q.value(0).toLongLong(), q.value(1).toString(),
                            oneLine(q.value(2).toString()), q.value(3).toString(), q.value(4).toLongLong()});
    }
    return hits;
}

bool RegisterSearch::hasWords(const QString& text)
{
    return !TextSearch::words(text).isEmpty();
}

QStringList RegisterSearch::areas()
{
    QStringList out;
    for (const AreaSql& a : kAreas)
        out << QLatin1String(a.area);
    return out;
}

QString RegisterSearch::areaLabel(const QString& area)
{
    const AreaSql* a = areaSql(area);
    return a ? QCoreApplication::translate("sakra::RegisterSearch", a->label) : area;
}

bool RegisterSearch::isRestricted(const QString& area)
{
    const AreaSql* a = areaSql(area);
    return a && a->restricted;
}

} // namespace sakra
