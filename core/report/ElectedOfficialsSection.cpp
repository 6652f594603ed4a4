// The section on elected officials that the situation report and the annual compilation share
// (seed 002, section 5: the executive board is to compile and analyse threats, violence and
// harassment against elected officials, and guidance may be meant for them). Declared in
// ReportData.h.

#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "ReportDocument.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <array>

namespace sakra::report {

namespace {

// Labels in the order of the incident kinds in the register's CHECK constraint.
const char* const kKinds[] = {"threat",    "violence",  "harassment", "undue_influence",
                              "vandalism", "near_miss", "other"};
const char* const kKindLabels[] = {"Hot",          "Våld",    "Trakasserier", "Otillåten påverkan",
                                   "Skadegörelse", "Tillbud", "Övrigt"};

struct Counts
{
    std::array<qint64, std::size(kKinds)> perKind{};
    qint64 total = 0;
    qint64 followedUp = 0;
    qint64 policeReported = 0;
    qint64 withSupport = 0;
};

Counts countAgainstElected(const ReportContext& c, const QDate& from, const QDate& to)
{
    Database& db = c.reg.database();
    QString sql =
        QStringLiteral("SELECT i.kind, count(*), sum(CASE WHEN i.follow_up <> 'new' THEN 1 ELSE 0 END), "
                       "sum(i.police_reported), sum(CASE WHEN i.support_manager = 1 OR "
                       "i.support_occupational_health = 1 OR i.support_crisis = 1 THEN 1 ELSE 0 END) "
                       "FROM incident i WHERE i.deleted_at IS NULL AND i.target = 'elected_official' "
                       "AND i.occurred_on >= ? AND i.occurred_on <= ?");
    if (c.scopeId() != 0)
        sql += SqlSnippets::inScope("i.unit_id");
    sql += SqlSnippets::onlyUnitsSeen(db, QStringLiteral("i.unit_id")) + QStringLiteral(" GROUP BY i.kind");
    Query q(db, sql);
    q.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (c.scopeId() != 0)
        q.bind(c.scopeId());
    q.exec();
    Counts out;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        for (std::size_t k = 0; k < std::size(kKinds); ++k)
            if (kind == QLatin1String(kKinds[k]))
                out.perKind[k] = q.value(1).toLongLong();
        out.total += q.value(1).toLongLong();
        out.followedUp += q.value(2).toLongLong();
        out.policeReported += q.value(3).toLongLong();
        out.withSupport += q.value(4).toLongLong();
    }
    return out;
}

} // namespace

void ReportData::addElectedOfficials(const ReportContext& c, ReportDocument& doc)
{
    const ReportText& t = c.t;
    doc.add(Heading{1, t("Förtroendevalda")});
    const QDate to = c.to.isValid() ? c.to : c.documentDate;
    const QDate from = c.from.isValid() ? c.from : to.addYears(-1).addDays(1);
    const Counts now = countAgainstElected(c, from, to);
    const Counts before = countAgainstElected(c, from.addYears(-1), to.addYears(-1));

    QString text =
        t("Under perioden registrerades %1 mot förtroendevalda, mot %2 under samma period året före.",
          t.count("%1 händelse|%1 händelser", now.total), t.number(before.total));
    if (now.total > 0)
        text +=
            QLatin1Char(' ') + t("%1 av dem är utredda, åtgärdade eller avslutade, %2 polisanmälda och %3 "
                                 "har fått stöd.",
                                 t.number(now.followedUp), t.number(now.policeReported))
                                   .arg(t.number(now.withSupport));
    doc.add(Paragraph{text});
    if (now.total + before.total > 0) {
        Table table;
        table.columns = {{t("Slag av händelse"), 3.0},
                         {t("Perioden"), 1.4, true},
                         {t("Samma period året före"), 1.8, true}};
        for (std::size_t k = 0; k < std::size(kKinds); ++k)
            if (now.perKind[k] + before.perKind[k] > 0)
                table.rows.push_back(
                    {{t(kKindLabels[k]), t.number(now.perKind[k]), t.number(before.perKind[k])}});
        table.rows.push_back(
            {{t("Summa"), t.number(now.total), t.number(before.total)}, TableRow::Kind::Total});
        doc.add(std::move(table));
    }

    // Guidance and routines meant for elected officials, as of the document's day.
    Query guidance(
        c.reg.database(),
        QStringLiteral("SELECT title, documented, known_by_staff, staff_briefed_on FROM routine WHERE "
                       "deleted_at IS NULL AND elected_officials = 1 AND (adopted_on IS NULL OR "
                       "adopted_on <= ?) ORDER BY title, id"));
    guidance.bind(c.documentDate.toString(Qt::ISODate)).exec();
    Table routines;
    routines.columns = {{t("Vägledning eller rutin"), 3.2},
                        {t("Dokumenterad"), 1.3},
                        {t("Känd bland de förtroendevalda"), 1.8},
                        {t("Senast genomgången"), 1.5}};
    while (guidance.next()) {
        const QString known = guidance.value(2).toString();
        routines.rows.push_back(
            {{guidance.value(0).toString(), guidance.value(1).toInt() ? t("Ja") : t("Nej"),
              known == QLatin1String("yes")       ? t("Ja")
              : known == QLatin1String("partly")  ? t("Delvis")
              : known == QLatin1String("unknown") ? t("Vet ej")
                                                  : t("Nej"),
              t.isoDate(QDate::fromString(guidance.value(3).toString(), Qt::ISODate))}});
    }
    if (routines.rows.empty())
        doc.add(Paragraph{t("Ingen rutin eller vägledning är markerad som gällande förtroendevalda.")});
    else
        doc.add(std::move(routines));
    doc.add(Paragraph{
        t("Avsnittet är en sammanställning av hot, våld och trakasserier mot förtroendevalda. "
          "Kommunen ansvarar för de förtroendevaldas säkerhet i det kommunala uppdraget, "
          "partierna vid partiarbete och polisen för skyddet av dem. Självskattningens fråga om "
          "förtroendevalda räknar en sparad lägesbild eller årssammanställning som kommunstyrelsens "
          "sammanställning."),
        false, true});
}

} // namespace sakra::report
