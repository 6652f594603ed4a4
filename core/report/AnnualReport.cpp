#include "ActionSelection.h"
#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "Reports.h"

#include <QHash>
#include <map>

namespace sakra::report {

namespace {

// Which focus area of the requirement profiles (seed 003) an action of a kind serves.
const std::pair<const char*, const char*> kFocusOfKind[] = {
    {"Kameraövervakning", "Lokaler – fysisk och teknisk säkerhet"},
    {"Väktare och ordningsvakter", "Lokaler – fysisk och teknisk säkerhet"},
    {"Lås och passersystem", "Lokaler – fysisk och teknisk säkerhet"},
    {"Anpassning av lokaler", "Lokaler – fysisk och teknisk säkerhet"},
    {"Tillstånd (IMY, polisen)", "Lokaler – fysisk och teknisk säkerhet"},
    {"Larm", "Larmhantering"},
    {"Personlarm", "Larmhantering"},
    {"Utbildning", "Hot och våld, personsäkerhet"},
    {"Övning", "Hot och våld, personsäkerhet"},
    {"Rutin eller checklista", "Hot och våld, personsäkerhet"},
    {"Kriskommunikation", "Hot och våld, personsäkerhet"},
    {"Utredning", "Riskhantering – riskanalys"},
};

struct BoardPlan
{
    ActionTally all;
    ActionTally within; // cost in the period's years: what the allocation is weighed against
    qint64 budgetKr = 0;
    // focus area → its actions
    std::map<QString, std::vector<const SelectedAction*>> byFocus;
};

} // namespace

ReportDocument Reports::annual(const ReportContext& c)
{
    const ReportText& t = c.t;
    // The coming year unless the request names a period.
    QDate from = c.request.from, to = c.request.to;
    if (!from.isValid() && !to.isValid()) {
        from = QDate(c.documentDate.year() + 1, 1, 1);
        to = QDate(c.documentDate.year() + 1, 12, 31);
    } else {
        from = c.from;
        to = c.to;
    }
    const QString years = from.year() == to.year() ? QString::number(from.year())
                                                   : QStringLiteral("%1–%2").arg(from.year()).arg(to.year());
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc =
        c.start(t("Sammanställning"), t("Årlig sammanställning av planerade utvecklingsåtgärder %1", years));
    for (auto& [label, value] : doc.title.meta)
        if (label == t("Period"))
            value = t.isoDate(from) + QStringLiteral(" – ") + t.isoDate(to);
    doc.title.subtitle = t("Planerade åtgärder i säkerhetsarbetet per nämnd och sakområde, %1", where);

    // Focus areas known to the register, for the kinds that map to them.
    QHash<QString, QString> focusOfKind;
    QHash<QString, int> focusOrder;
    for (const FocusArea& f : c.reg.focusAreas().all())
        focusOrder.insert(f.name, f.sortOrder);
    for (const auto& [kind, focus] : kFocusOfKind)
        if (focusOrder.contains(QString::fromUtf8(focus)))
            focusOfKind.insert(QString::fromUtf8(kind), QString::fromUtf8(focus));

    const ActionSelection actions = ActionSelection::ahead(c, from, to);
    std::map<QString, BoardPlan> boards;
    for (const SelectedAction& s : actions.rows()) {
        BoardPlan& plan = boards[s.boardName.isEmpty() ? t("Utan nämnd") : s.boardName];
        plan.all.add(s, actions.today());
        if (s.part == PeriodPart::Within)
            plan.within.add(s, actions.today());
        plan.byFocus[focusOfKind.value(s.row.kindName, s.row.kindName)].push_back(&s);
    }
    for (const BudgetYear& b : actions.budgetYears()) {
        const auto plan = boards.find(b.boardName.isEmpty() ? t("Utan nämnd") : b.boardName);
        if (plan != boards.end())
            plan->second.budgetKr += b.budgetKr;
    }

    doc.add(Heading{1, t("Sammanfattning")});
    doc.add(Paragraph{
        t("Sammanställningen redovisar de åtgärder i säkerhetsarbetet som är planerade, pågår eller har "
          "skjutits "
          "upp inom %1 under %2, per nämnd och sakområde, som underlag för nämndernas planering och budget. "
          "Revisionen har rekommenderat en årlig sammanställning av planerade utvecklingsåtgärder.",
          where, years)});
    if (actions.empty()) {
        doc.add(Paragraph{t("Inga planerade åtgärder är registrerade för perioden.")});
        ReportData::addElectedOfficials(c, doc);
        doc.add(Signatures{c.issuerName(), c.signatories()});
        return doc;
    }
    const ActionTally all = actions.tally();
    const ActionTally within = actions.tally(PeriodPart::Within);
    qint64 budget = 0;
    for (const auto& [name, plan] : boards)
        budget += plan.budgetKr;
    doc.add(KeyFigures{
        {{t.number(all.total), t.form("planerad, pågående eller uppskjuten åtgärd|"
                                      "planerade, pågående eller uppskjutna åtgärder",
                                      all.total)},
         {t.money(all.estimatedKr), t("beräknad kostnad")},
         {t.money(all.newMoneyKr), t("kräver nya medel"), all.newMoneyKr > 0},
         {t.number(all.decisions), t.form("kräver beslut i nämnd|kräver beslut i nämnd", all.decisions)}}});

    Table summary;
    summary.columns = {{t("Nämnd"), 3.0},
                       {t("Åtgärder"), 1.1, true},
                       {t("Beräknad kostnad"), 1.5, true},
                       {t("Därav slutdatum %1", years), 1.5, true},
                       {t("Budgetram %1", years), 1.5, true},
                       {t("Kräver nya medel"), 1.5, true}};
    BarChart chart;
    chart.title = t("Beräknad kostnad med slutdatum %1 mot budgetram per nämnd", years);
    chart.series = {{t("Beräknad kostnad"), {}, QColor(0x2f6690)}, {t("Budgetram"), {}, QColor(0xb8c9d9)}};
    for (const auto& [name, plan] : boards) {
        summary.rows.push_back(
            {{name, t.number(plan.all.total), t.money(plan.all.estimatedKr), t.money(plan.within.estimatedKr),
              t.money(plan.budgetKr), t.money(plan.all.newMoneyKr)}});
        chart.categories << name;
        chart.series[0].values << double(plan.within.estimatedKr);
        chart.series[1].values << double(plan.budgetKr);
    }
    summary.rows.push_back({{t("Summa"), t.number(all.total), t.money(all.estimatedKr),
                             t.money(within.estimatedKr), t.money(budget), t.money(all.newMoneyKr)},
                            TableRow::Kind::Total});
    doc.add(std::move(summary));
    QString note = t("Budgetramen är nämndens ram för %1. Den jämförs med den beräknade kostnaden för "
                     "åtgärderna med slutdatum %1; en åtgärd utan slutdatum räknas till det år den startar.",
                     years);
    if (within.total < all.total)
        note += QLatin1Char(' ') + t("Övriga åtgärder i sammanställningen har slutdatum ett annat år eller "
                                     "saknar datum: %1 med en beräknad kostnad av %2.",
                                     t.count("%1 åtgärd|%1 åtgärder", all.total - within.total),
                                     t.money(all.estimatedKr - within.estimatedKr));
    if (!c.wholeMunicipality && c.scope.kind != UnitKind::Board)
        note +=
            QLatin1Char(' ') +
            t("Budgetramen gäller hela nämnden, medan kostnaderna avser åtgärderna inom %1.", c.scope.name);
    doc.add(Paragraph{note, false, true});
    if (boards.size() > 1 && boards.size() <= 16)
        doc.add(std::move(chart));

    for (const auto& [name, plan] : boards) {
        doc.add(Heading{2, name});
        doc.add(Paragraph{t("%1 med en beräknad kostnad av %2, varav %3 för åtgärder med slutdatum %4; "
                            "budgetramen för %4 är %5.",
                            t.count("%1 åtgärd|%1 åtgärder", plan.all.total), t.money(plan.all.estimatedKr))
                              .arg(t.money(plan.within.estimatedKr), years, t.money(plan.budgetKr))});
        Table table;
        table.columns = {{t("Åtgärd"), 3.2}, {t("Förvaltning och enhet"), 2.4}, {t("Status"), 1.2},
                         {t("Start"), 1.3},  {t("Klart senast"), 1.3},          {t("Kostnad"), 1.3, true}};
        std::vector<std::pair<int, QString>> order;
        for (const auto& [focus, list] : plan.byFocus)
            order.emplace_back(focusOrder.value(focus, 1000), focus);
        std::sort(order.begin(), order.end());
        for (const auto& [rank, focus] : order) {
            table.rows.push_back({{t.data(focus)}, TableRow::Kind::Group});
            for (const SelectedAction* s : plan.byFocus.at(focus)) {
                const Action& a = s->action();
                QString title = a.title;
                if (a.needsBoardDecision)
                    title += QLatin1Char('\n') + t("Kräver beslut i nämnden");
                const OrgUnit* admin =
                    c.ancestorOfKind(a.unitId, {UnitKind::Administration, UnitKind::Company});
                const bool showAdmin =
                    admin && admin->name != s->row.unitName && !isAdministrationLike(c.scope.kind);
                table.rows.push_back(
                    {{title, showAdmin ? admin->name + QLatin1Char('\n') + s->row.unitName : s->row.unitName,
                      ReportData::statusText(t, a.status), t.isoDate(a.startDate), t.isoDate(a.dueDate),
                      t.money(s->estimatedKr())}});
            }
        }
        table.rows.push_back(
            {{t("Summa"), QString(), QString(), QString(), QString(), t.money(plan.all.estimatedKr)},
             TableRow::Kind::Total});
        doc.add(std::move(table));
    }
    ReportData::addElectedOfficials(c, doc);
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
