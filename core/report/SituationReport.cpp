#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "Reports.h"

namespace sakra::report {

namespace {

// Labels in the order of IncidentStatistics::kindCodes().
const char* const kKindLabels[] = {"Hot",          "Våld",    "Trakasserier", "Otillåten påverkan",
                                   "Skadegörelse", "Tillbud", "Övrigt"};

QString trainingKind(const ReportText& t, Training::Kind kind)
{
    static const char* const labels[] = {
        "Hot och våld",     "Pågående dödligt våld", "Bemötande",   "Larmövning",
        "Utrymningsövning", "Inrymningsövning",      "Brandövning", "Krisövning"};
    return t(labels[int(kind)]);
}

QString change(const ReportText& t, qint64 now, qint64 before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("–") : t("ny");
    const qint64 pct = (now - before) * 100 / before;
    return (pct > 0 ? QStringLiteral("+") : QString()) + t.percent(int(pct));
}

QDate yearEarlier(const QDate& d)
{
    return d.addYears(-1);
}

} // namespace

ReportDocument Reports::situation(const ReportContext& c)
{
    const ReportText& t = c.t;
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc = c.start(t("Lägesbild"), t("Lägesbild över säkerhetsarbetet inom %1", where));
    doc.title.subtitle = t("Händelser, risker, åtgärder och övningar, %1", c.periodText());

    const IncidentStatistics& stats = c.reg.incidentStatistics();
    const KindCounts now = stats.perKind(c.scopeId(), c.from, c.to);
    const KindCounts before = stats.perKind(c.scopeId(), yearEarlier(c.from), yearEarlier(c.to));

    const RiskMatrix matrix = c.reg.riskMatrix().current();
    const int levels = int(matrix.levels().size());
    const int highLevel = std::max(0, levels - 2); // the two highest levels count as high
    std::vector<RiskRow> high;
    {
        RiskQuery q;
        q.scopeUnitId = c.scopeId();
        q.sort = RiskQuery::Sort::Level;
        q.ascending = false;
        for (RiskRow& r : c.reg.risks().list(q))
            if (r.risk.level >= highLevel && r.risk.status != Risk::Status::Closed)
                high.push_back(std::move(r));
    }
    ActionQuery overdueQuery;
    overdueQuery.scopeUnitId = c.scopeId();
    overdueQuery.overdueOnly = true;
    overdueQuery.today = c.documentDate;
    const qint64 overdueActions = c.reg.actions().count(overdueQuery);
    TrainingQuery drillQuery;
    drillQuery.scopeUnitId = c.scopeId();
    drillQuery.overdueOnly = true;
    drillQuery.today = c.documentDate;
    drillQuery.sort = TrainingQuery::Sort::NextDue;
    drillQuery.ascending = true;
    const std::vector<TrainingRow> drills = c.reg.trainings().list(drillQuery);

    doc.add(Heading{1, t("Sammanfattning")});
    const qint64 overdueAll = overdueActions + qint64(drills.size());
    doc.add(KeyFigures{
        {{t.number(now.total()), t.form("händelse under perioden|händelser under perioden", now.total())},
         {change(t, now.total(), before.total()), t("jämfört med samma period året före"),
          now.total() > before.total()},
         {t.number(qint64(high.size())), t.form("öppen hög risk|öppna höga risker", qint64(high.size())),
          !high.empty()},
         {t.number(overdueAll),
          t.form("försenad åtgärd eller övning|försenade åtgärder och övningar", overdueAll),
          overdueAll > 0}}});
    doc.add(Paragraph{
        t("Under perioden %1 registrerades %2 inom %3, mot %4 under samma period året före.", c.periodText(),
          t.count("%1 händelse|%1 händelser", now.total()))
            .arg(where, t.number(before.total())) +
        QLatin1Char(' ') +
        t("%1; %2 och %3.",
          t.count(
              "%1 risk bedöms som hög och är inte avslutad|%1 risker bedöms som höga och är inte avslutade",
              qint64(high.size())),
          t.count("%1 åtgärd har passerat sitt slutdatum|%1 åtgärder har passerat sitt slutdatum",
                  overdueActions))
            .arg(t.count("%1 utbildning eller övning skulle ha upprepats|"
                         "%1 utbildningar eller övningar skulle ha upprepats",
                         qint64(drills.size())))});

    doc.add(Heading{1, t("Händelser")});
    Table kinds;
    kinds.columns = {{t("Slag av händelse"), 3.0},
                     {t("Perioden"), 1.4, true},
                     {t("Samma period året före"), 1.8, true},
                     {t("Förändring"), 1.4, true}};
    BarChart bars;
    bars.title = t("Händelser per slag");
    bars.series = {{t("Perioden"), {}, QColor(0x2f6690)}, {t("Året före"), {}, QColor(0xb8c9d9)}};
    for (std::size_t k = 0; k < std::size(kKindLabels); ++k) {
        kinds.rows.push_back(
            {{t(kKindLabels[k]), t.number(now[k]), t.number(before[k]), change(t, now[k], before[k])}});
        bars.categories << t(kKindLabels[k]);
        bars.series[0].values << double(now[k]);
        bars.series[1].values << double(before[k]);
    }
    kinds.rows.push_back({{t("Summa"), t.number(now.total()), t.number(before.total()),
                           change(t, now.total(), before.total())},
                          TableRow::Kind::Total});
    doc.add(std::move(kinds));
    if (now.total() + before.total() > 0)
        doc.add(std::move(bars));

    const std::vector<QuarterIncidents> trend = stats.trend(c.scopeId(), c.to, 8);
    LineChart line;
    line.title = t("Händelser per kvartal, de senaste åtta kvartalen");
    line.series = {{t("Alla händelser"), {}, QColor(0x2f6690)},
                   {t("Hot"), {}, QColor(0xc77c02)},
                   {t("Våld"), {}, QColor(0xa61b1b)}};
    qint64 trendTotal = 0;
    for (const QuarterIncidents& q : trend) {
        line.points << (t.english() ? QStringLiteral("Q%1 %2").arg(q.quarter.quarter).arg(q.quarter.year)
                                    : QStringLiteral("%1 kv%2").arg(q.quarter.year).arg(q.quarter.quarter));
        line.series[0].values << double(q.counts.total());
        line.series[1].values << double(q.counts[0]);
        line.series[2].values << double(q.counts[1]);
        trendTotal += q.counts.total();
    }
    if (trendTotal > 0)
        doc.add(std::move(line));

    const std::vector<UnitIncidents> units = stats.perUnit(c.scopeId(), c.from, c.to);
    if (!units.empty()) {
        doc.add(Heading{2, t("Händelser per enhet")});
        Table table;
        table.columns = {{t("Enhet"), 3.0}};
        for (const char* k : {"Hot", "Våld", "Trakasserier", "Otillåten påverkan"})
            table.columns.push_back({t(k), 1.6, true});
        table.columns.push_back({t("Övriga"), 1.2, true});
        table.columns.push_back({t("Summa"), 1.2, true});
        KindCounts sum;
        for (const UnitIncidents& u : units) {
            const qint64 other = u.counts.total() - u.counts[0] - u.counts[1] - u.counts[2] - u.counts[3];
            table.rows.push_back({{u.own ? t("%1 (egna)", u.unitName) : u.unitName, t.number(u.counts[0]),
                                   t.number(u.counts[1]), t.number(u.counts[2]), t.number(u.counts[3]),
                                   t.number(other), t.number(u.counts.total())}});
            sum += u.counts;
        }
        const qint64 other = sum.total() - sum[0] - sum[1] - sum[2] - sum[3];
        if (units.size() > 1)
            table.rows.push_back({{t("Summa"), t.number(sum[0]), t.number(sum[1]), t.number(sum[2]),
                                   t.number(sum[3]), t.number(other), t.number(sum.total())},
                                  TableRow::Kind::Total});
        doc.add(std::move(table));
    }
    if (now.total() == 0)
        doc.add(Paragraph{t("Inga händelser är registrerade för perioden.")});

    doc.add(Heading{1, t("Risker")});
    HeatMapChart heat;
    // Every risk in scope, closed ones too: the title says so, as the high risks below are the open ones.
    heat.title = t("Riskkarta: alla risker, också avslutade, per sannolikhet och konsekvens (före åtgärder)");
    heat.likelihoodLabel = t("Sannolikhet");
    heat.consequenceLabel = t("Konsekvens");
    heat.likelihoodSteps = matrix.likelihoodSize();
    heat.consequenceSteps = matrix.consequenceSize();
    RiskQuery all;
    all.scopeUnitId = c.scopeId();
    const HeatMap map = c.reg.risks().heatMap(all, false);
    for (int l = 1; l <= heat.likelihoodSteps; ++l)
        for (int k = 1; k <= heat.consequenceSteps; ++k) {
            heat.counts.push_back(map.at(l, k));
            const int level = matrix.levelOf(l, k);
            heat.colours.push_back(level >= 0 ? matrix.levels()[std::size_t(level)].colour.lighter(115)
                                              : QColor(0xeeeeee));
        }
    if (map.total() > 0)
        doc.add(std::move(heat));
    if (high.empty()) {
        doc.add(Paragraph{t("Inga öppna risker på de två högsta nivåerna.")});
    } else {
        doc.add(Heading{2, t("Öppna höga risker")});
        Table table;
        table.columns = {{t("Risk"), 3.4},
                         {t("Enhet"), 2.2},
                         {t("Nivå"), 1.2},
                         {t("Efter åtgärder"), 1.3},
                         {t("Nästa översyn"), 1.3}};
        const std::size_t shown = std::min<std::size_t>(high.size(), 60);
        for (std::size_t i = 0; i < shown; ++i) {
            const Risk& r = high[i].risk;
            auto levelName = [&](int level) {
                return level >= 0 && level < levels
                           ? (t.english() ? matrix.levels()[std::size_t(level)].name.en
                                          : matrix.levels()[std::size_t(level)].name.sv)
                           : QStringLiteral("–");
            };
            table.rows.push_back({{r.title, high[i].unitName, levelName(r.level), levelName(r.residualLevel),
                                   t.isoDate(r.nextReview)}});
        }
        doc.add(std::move(table));
        if (high.size() > shown)
            doc.add(Paragraph{t.count("Ytterligare %1 hög risk finns i registret.|"
                                      "Ytterligare %1 höga risker finns i registret.",
                                      qint64(high.size() - shown)),
                              false, true});
    }

    doc.add(Heading{1, t("Försenade åtgärder")});
    if (overdueActions == 0) {
        doc.add(Paragraph{t("Inga åtgärder har passerat sitt slutdatum.")});
    } else {
        overdueQuery.limit = 60;
        Table table;
        table.columns = {{t("Åtgärd"), 3.4},
                         {t("Enhet"), 2.4},
                         {t("Status"), 1.2},
                         {t("Klart senast"), 1.3},
                         {t("Dagar över"), 1.1, true}};
        for (const ActionRow& r : c.reg.actions().list(overdueQuery))
            table.rows.push_back(
                {{r.action.title, r.unitName, ReportData::statusText(t, r.action.status),
                  t.isoDate(r.action.dueDate), t.number(r.action.dueDate.daysTo(c.documentDate))}});
        doc.add(std::move(table));
        if (overdueActions > 60)
            doc.add(
                Paragraph{t("Listan visar de 60 äldsta av %1 försenade åtgärder.", t.number(overdueActions)),
                          false, true});
    }

    doc.add(Heading{1, t("Utbildningar och övningar som skulle ha upprepats")});
    if (drills.empty()) {
        doc.add(Paragraph{t("Inga utbildningar eller övningar är försenade.")});
    } else {
        Table table;
        table.columns = {{t("Utbildning eller övning"), 2.6},
                         {t("Enhet"), 2.6},
                         {t("Senast hållen"), 1.3},
                         {t("Skulle upprepas"), 1.3}};
        const std::size_t shown = std::min<std::size_t>(drills.size(), 60);
        for (std::size_t i = 0; i < shown; ++i) {
            const Training& d = drills[i].training;
            const QString kind = trainingKind(t, d.kind);
            table.rows.push_back(
                {{d.title.isEmpty() || d.title == kind ? kind : kind + QLatin1Char('\n') + d.title,
                  drills[i].unitName, t.isoDate(d.heldOn), t.isoDate(d.nextDue)}});
        }
        doc.add(std::move(table));
        if (drills.size() > shown)
            doc.add(
                Paragraph{t("Listan visar de 60 som skulle ha upprepats först av %1 försenade utbildningar "
                            "och övningar.",
                            t.number(qint64(drills.size()))),
                          false, true});
    }
    ReportData::addElectedOfficials(c, doc);
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
