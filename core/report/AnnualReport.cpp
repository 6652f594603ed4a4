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
    QString name;
    int actions = 0;
    int decisions = 0;
    qint64 estimatedKr = 0;
    qint64 newMoneyKr = 0;
    qint64 budgetKr = 0;
    // focus area → its actions
    std::map<QString, std::vector<const ActionRow*>> byFocus;
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

    std::vector<ActionRow> rows;
    ActionQuery query;
    query.scopeUnitId = c.scopeId();
    for (ActionRow& r : c.reg.actions().list(query)) {
        const Action& a = r.action;
        const bool ahead = a.isOpen() || a.status == Action::Status::Postponed;
        if (ahead && (!a.startDate.isValid() || a.startDate <= to) &&
            (!a.dueDate.isValid() || a.dueDate >= from || a.isOpen()))
            rows.push_back(std::move(r));
    }
    std::map<QString, BoardPlan> boards;
    for (const ActionRow& r : rows) {
        const OrgUnit* admin =
            c.ancestorOfKind(r.action.unitId, {UnitKind::Administration, UnitKind::Company});
        const OrgUnit* board =
            admin ? c.unit(admin->boardId) : c.ancestorOfKind(r.action.unitId, {UnitKind::Board});
        BoardPlan& plan = boards[board ? board->name : t("Utan nämnd")];
        plan.name = board ? board->name : t("Utan nämnd");
        ++plan.actions;
        plan.decisions += r.action.needsBoardDecision ? 1 : 0;
        plan.estimatedKr += r.action.estimatedCostKr;
        plan.newMoneyKr += r.action.fitsBudget ? 0 : r.action.estimatedCostKr;
        plan.byFocus[focusOfKind.value(r.kindName, r.kindName)].push_back(&r);
    }
    for (const BoardYearCost& cost : c.reg.actionOverview().costPerBoardAndYear(c.scopeId()))
        if (cost.year >= from.year() && cost.year <= to.year() && boards.count(cost.boardName))
            boards[cost.boardName].budgetKr += cost.budgetKr;

    doc.add(Heading{1, t("Sammanfattning")});
    doc.add(Paragraph{
        t("Sammanställningen redovisar de åtgärder i säkerhetsarbetet som är planerade eller pågår inom %1 "
          "under %2, per nämnd och sakområde, som underlag för nämndernas planering och budget. "
          "Revisionen har rekommenderat en årlig sammanställning av planerade utvecklingsåtgärder.",
          where, years)});
    if (rows.empty()) {
        doc.add(Paragraph{t("Inga planerade åtgärder är registrerade för perioden.")});
        doc.add(Signatures{c.issuerName(), c.signatories()});
        return doc;
    }
    int decisions = 0;
    qint64 estimated = 0, newMoney = 0;
    for (const auto& [name, plan] : boards) {
        decisions += plan.decisions;
        estimated += plan.estimatedKr;
        newMoney += plan.newMoneyKr;
    }
    doc.add(KeyFigures{{{t.number(qint64(rows.size())), t("planerade eller pågående åtgärder")},
                        {t.money(estimated), t("beräknad kostnad")},
                        {t.money(newMoney), t("kräver nya medel"), newMoney > 0},
                        {t.number(decisions), t("kräver beslut i nämnd")}}});

    Table summary;
    summary.columns = {{t("Nämnd"), 3.0},
                       {t("Åtgärder"), 1.0, true},
                       {t("Beräknad kostnad"), 1.5, true},
                       {t("Budgetram"), 1.5, true},
                       {t("Kräver nya medel"), 1.5, true}};
    BarChart chart;
    chart.title = t("Beräknad kostnad och budgetram per nämnd, %1", years);
    chart.series = {{t("Beräknad kostnad"), {}, QColor(0x2f6690)}, {t("Budgetram"), {}, QColor(0xb8c9d9)}};
    for (const auto& [name, plan] : boards) {
        summary.rows.push_back({{name, t.number(plan.actions), t.money(plan.estimatedKr),
                                 t.money(plan.budgetKr), t.money(plan.newMoneyKr)}});
        chart.categories << name;
        chart.series[0].values << double(plan.estimatedKr);
        chart.series[1].values << double(plan.budgetKr);
    }
    summary.rows.push_back(
        {{t("Summa"), t.number(qint64(rows.size())), t.money(estimated), QString(), t.money(newMoney)},
         TableRow::Kind::Total});
    doc.add(std::move(summary));
    if (boards.size() > 1 && boards.size() <= 16)
        doc.add(std::move(chart));

    for (const auto& [name, plan] : boards) {
        doc.add(Heading{2, name});
        doc.add(Paragraph{
            t("%1 planerade åtgärder med en beräknad kostnad av %2; budgetramen för perioden är %3.",
              t.number(plan.actions), t.money(plan.estimatedKr))
                .arg(t.money(plan.budgetKr))});
        Table table;
        table.columns = {{t("Åtgärd"), 3.2}, {t("Förvaltning och enhet"), 2.4}, {t("Status"), 1.2},
                         {t("Start"), 1.3},  {t("Klart senast"), 1.3},          {t("Kostnad"), 1.3, true}};
        std::vector<std::pair<int, QString>> order;
        for (const auto& [focus, actions] : plan.byFocus)
            order.emplace_back(focusOrder.value(focus, 1000), focus);
        std::sort(order.begin(), order.end());
        for (const auto& [rank, focus] : order) {
            table.rows.push_back({{t.data(focus)}, TableRow::Kind::Group});
            for (const ActionRow* r : plan.byFocus.at(focus)) {
                const Action& a = r->action;
                QString title = a.title;
                if (a.needsBoardDecision)
                    title += QLatin1Char('\n') + t("Kräver beslut i nämnden");
                const OrgUnit* admin =
                    c.ancestorOfKind(a.unitId, {UnitKind::Administration, UnitKind::Company});
                const bool showAdmin =
                    admin && admin->name != r->unitName && !isAdministrationLike(c.scope.kind);
                table.rows.push_back(
                    {{title, showAdmin ? admin->name + QLatin1Char('\n') + r->unitName : r->unitName,
                      ReportData::statusText(t, a.status), t.isoDate(a.startDate), t.isoDate(a.dueDate),
                      t.money(a.estimatedCostKr)}});
            }
        }
        doc.add(std::move(table));
    }
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
