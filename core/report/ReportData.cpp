#include "ReportData.h"

#include "ActionSelection.h"
#include "ReportContext.h"

namespace sakra::report {

QString ReportData::statusText(const ReportText& t, Action::Status status)
{
    switch (status) {
    case Action::Status::Planned: return t("Planerad");
    case Action::Status::InProgress: return t("Pågående");
    case Action::Status::Done: return t("Genomförd");
    case Action::Status::Postponed: return t("Uppskjuten");
    case Action::Status::Cancelled: return t("Avbruten");
    case Action::Status::Ongoing: return t("Löpande");
    }
    return QString();
}

void ReportData::addBudgetTable(const ReportContext& c, const ActionSelection& actions, ReportDocument& doc)
{
    const ReportText& t = c.t;
    if (actions.budgetYears().empty()) {
        doc.add(Paragraph{t("Ingen budgetram är registrerad för perioden.")});
        return;
    }
    Table table;
    table.columns = {{t("Nämnd"), 3.0},
                     {t("År"), 0.7, true},
                     {t("Budgetram"), 1.4, true},
                     {t("Beräknad kostnad"), 1.4, true},
                     {t("Varav nya medel"), 1.4, true},
                     {t("Utfall"), 1.3, true},
                     {t("Kvar av ramen"), 1.4, true}};
    BudgetYear sum;
    for (const BudgetYear& b : actions.budgetYears()) {
        table.rows.push_back(
            {{b.boardName.isEmpty() ? t("Utan nämnd") : b.boardName, QString::number(b.year),
              t.money(b.budgetKr), t.money(b.actions.estimatedKr), t.money(b.actions.newMoneyKr),
              t.money(b.actions.actualKr), t.money(b.remainingKr())}});
        sum.budgetKr += b.budgetKr;
        sum.actions.estimatedKr += b.actions.estimatedKr;
        sum.actions.newMoneyKr += b.actions.newMoneyKr;
        sum.actions.actualKr += b.actions.actualKr;
    }
    if (actions.budgetYears().size() > 1)
        table.rows.push_back(
            {{t("Summa"), QString(), t.money(sum.budgetKr), t.money(sum.actions.estimatedKr),
              t.money(sum.actions.newMoneyKr), t.money(sum.actions.actualKr), t.money(sum.remainingKr())},
             TableRow::Kind::Total});
    doc.add(std::move(table));

    QString note = t("Beräknad kostnad, nya medel och utfall avser åtgärderna med slutdatum %1; en åtgärd "
                     "utan slutdatum räknas till det år den startar. Kvar av ramen är budgetramen minus den "
                     "beräknade kostnaden för de åtgärder som ryms inom ramen, det vill säga beräknad "
                     "kostnad minus nya medel. Utfallet räknas inte in. Ett negativt belopp betyder att "
                     "ramen överskrids.",
                     actions.years());
    if (!c.wholeMunicipality && c.scope.kind != UnitKind::Board)
        note +=
            QLatin1Char(' ') +
            t("Budgetramen gäller hela nämnden, medan kostnaderna avser åtgärderna inom %1.", c.scope.name);
    doc.add(Paragraph{note, false, true});
}

} // namespace sakra::report
