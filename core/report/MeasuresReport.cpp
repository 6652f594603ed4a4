#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "Reports.h"

#include <algorithm>
#include <map>

namespace sakra::report {

namespace {

struct Counts
{
    int total = 0, done = 0, inProgress = 0, planned = 0, other = 0, overdue = 0;
    qint64 estimatedKr = 0, actualKr = 0;

    void add(const Action& a, const QDate& today)
    {
        ++total;
        switch (a.status) {
        case Action::Status::Done: ++done; break;
        case Action::Status::InProgress: ++inProgress; break;
        case Action::Status::Planned: ++planned; break;
        default: ++other; break;
        }
        if (a.isOverdue(today))
            ++overdue;
        if (a.status != Action::Status::Cancelled)
            estimatedKr += a.estimatedCostKr;
        actualKr += a.actualCostKr;
    }
};

void economicConsequences(const ReportContext& c, ReportDocument& doc)
{
    const ReportText& t = c.t;
    doc.add(Heading{1, t("Ekonomiska konsekvenser")});
    std::vector<BoardYearCost> rows;
    for (const BoardYearCost& r : c.reg.actionOverview().costPerBoardAndYear(c.scopeId()))
        if (r.year >= c.from.year() && r.year <= c.to.year() && (r.actions > 0 || r.budgetKr > 0))
            rows.push_back(r);
    qint64 budget = 0, estimated = 0, newMoney = 0;
    int actions = 0;
    QStringList over;
    for (const BoardYearCost& r : rows) {
        budget += r.budgetKr;
        estimated += r.estimatedKr;
        newMoney += r.newMoneyKr;
        actions += r.actions;
        if (r.overBudget())
            over << t("%1 år %2 med %3", r.boardName, QString::number(r.year)).arg(t.money(-r.remainingKr()));
    }
    if (actions == 0) {
        doc.add(Paragraph{t("Ärendet har inga ekonomiska konsekvenser.")});
        return;
    }
    if (over.isEmpty() && newMoney == 0) {
        doc.add(Paragraph{t("De åtgärder som redovisas bedöms rymmas inom budgeterad ram.")});
    } else {
        if (newMoney > 0)
            doc.add(Paragraph{t(
                "Åtgärder med en beräknad kostnad av %1 ryms inte inom budgeterad ram och kräver nya medel.",
                t.money(newMoney))});
        if (!over.isEmpty())
            doc.add(
                Paragraph{t("Kostnaderna överskrider budgetramen för %1.", over.join(QStringLiteral("; ")))});
    }
    doc.add(Paragraph{t("Åtgärderna under perioden beräknas kosta %1 mot en budgeterad ram på %2.",
                        t.money(estimated), t.money(budget))});
    Table table;
    table.columns = {{t("Nämnd"), 3.0},
                     {t("År"), 0.7, true},
                     {t("Budgetram"), 1.4, true},
                     {t("Beräknad kostnad"), 1.4, true},
                     {t("Varav nya medel"), 1.4, true},
                     {t("Utfall"), 1.3, true},
                     {t("Kvar av ramen"), 1.4, true}};
    for (const BoardYearCost& r : rows)
        table.rows.push_back(
            {{r.boardName, QString::number(r.year), t.money(r.budgetKr), t.money(r.estimatedKr),
              t.money(r.newMoneyKr), t.money(r.actualKr), t.money(r.remainingKr())}});
    doc.add(std::move(table));
}

} // namespace

ReportDocument Reports::measures(const ReportContext& c)
{
    const ReportText& t = c.t;
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc =
        c.start(t("Tjänsteskrivelse"), t("Redovisning av åtgärder i säkerhetsarbetet inom %1", where));
    doc.title.subtitle = t("Åtgärder som genomförts och planeras, %1", c.periodText());

    const std::vector<ActionRow> actions = ReportData::actionsInPeriod(c);
    const QDate today = c.documentDate;
    Counts all;
    std::map<QString, Counts> perGroup;
    for (const ActionRow& r : actions) {
        all.add(r.action, today);
        perGroup[c.groupName(r.action.unitId)].add(r.action, today);
    }

    const QString board = c.board() ? c.board()->name : t("Nämnden");
    doc.add(Heading{1, t("Förslag till beslut")});
    if (c.request.proposedDecision.trimmed().isEmpty()) {
        doc.add(Paragraph{t("%1 beslutar", board)});
        doc.add(Paragraph{t("1. att lägga informationen till handlingarna.")});
    } else {
        doc.add(Paragraph{c.request.proposedDecision.trimmed()});
    }

    doc.add(Heading{1, t("Ärendet")});
    if (!c.request.matter.trimmed().isEmpty())
        doc.add(Paragraph{c.request.matter.trimmed()});
    if (actions.empty()) {
        doc.add(Paragraph{t("Inga åtgärder i säkerhetsarbetet är registrerade för %1 under perioden %2.",
                            where, c.periodText())});
    } else {
        doc.add(Paragraph{
            t("I bilaga 1 redovisas de åtgärder inom säkerhetsarbetet som genomförts och planeras inom %1 "
              "under perioden %2, per avdelning med status, senaste uppföljning och kostnad.",
              where, c.periodText())});
    }

    doc.add(Heading{1, t("Beredning")});
    doc.add(Paragraph{c.request.preparation.trimmed().isEmpty()
                          ? t("Ärendet har beretts inom %1.", c.issuerName())
                          : c.request.preparation.trimmed()});

    doc.add(Heading{1, t("Föredragning")});
    if (!c.request.presentation.trimmed().isEmpty())
        doc.add(Paragraph{c.request.presentation.trimmed()});
    if (!actions.empty()) {
        doc.add(KeyFigures{{{t.number(all.total), t("åtgärder under perioden")},
                            {t.number(all.done), t("genomförda")},
                            {t.number(all.inProgress + all.planned), t("pågående eller planerade")},
                            {t.number(all.overdue), t("försenade (slutdatum passerat)"), all.overdue > 0}}});
        doc.add(Paragraph{
            t("Av %1 åtgärder är %2 genomförda, %3 pågår och %4 är planerade.", t.number(all.total),
              t.number(all.done))
                .arg(t.number(all.inProgress), t.number(all.planned)) +
            (all.other == 1  ? QLatin1Char(' ') + t("En åtgärd är uppskjuten eller avbruten.")
             : all.other > 1 ? QLatin1Char(' ') + t("%1 är uppskjutna eller avbrutna.", t.number(all.other))
                             : QString()) +
            (all.overdue == 1
                 ? QLatin1Char(' ') + t("En åtgärd har passerat sitt slutdatum utan att vara genomförd.")
             : all.overdue > 1
                 ? QLatin1Char(' ') +
                       t("%1 har passerat sitt slutdatum utan att vara genomförda.", t.number(all.overdue))
                 : QString())});
        if (perGroup.size() > 1 && perGroup.size() <= 40) {
            BulletList list;
            for (const auto& [group, n] : perGroup)
                list.items << (n.total == 1 ? t("%1: en åtgärd, %2.", group,
                                                (n.done         ? t("genomförd")
                                                 : n.inProgress ? t("pågående")
                                                 : n.planned    ? t("planerad")
                                                                : t("uppskjuten eller avbruten")))
                                            : t("%1: %2 åtgärder, varav %3 genomförda och %4 pågående.",
                                                group, t.number(n.total))
                                                  .arg(t.number(n.done), t.number(n.inProgress)));
            doc.add(std::move(list));
        }
    }

    economicConsequences(c, doc);

    doc.add(Heading{1, t("Beslutsunderlag")});
    doc.add(BulletList{{t("Tjänsteskrivelse daterad %1", t.date(c.documentDate)),
                        t("Bilaga 1 Redovisning av åtgärder i säkerhetsarbetet inom %1", where)}});
    doc.add(Signatures{c.issuerName(), c.signatories()});

    doc.add(PageBreak{});
    doc.add(Heading{1, t("Bilaga 1")});
    doc.add(Heading{2, t("Redovisning av åtgärder i säkerhetsarbetet inom %1", where)});
    if (actions.empty()) {
        doc.add(Paragraph{t("Inga åtgärder att redovisa för perioden.")});
        return doc;
    }
    doc.add(Paragraph{
        t("Åtgärder per avdelning. Kostnaden är den beräknade; för genomförda åtgärder med redovisat utfall "
          "anges utfallet."),
        false, true});
    Table table;
    table.columns = {{t("Åtgärd"), 2.9},
                     {t("Typ"), 1.45},
                     {t("Status"), 1.3},
                     {t("Klart senast"), 1.4},
                     {t("Senaste uppföljning"), 3.0},
                     {t("Kostnad"), 1.25, true}};
    QString group;
    qint64 groupSum = 0;
    auto closeGroup = [&] {
        if (!group.isNull())
            table.rows.push_back({{t("Summa"), QString(), QString(), QString(), QString(), t.money(groupSum)},
                                  TableRow::Kind::Total});
    };
    qint64 totalSum = 0;
    for (const ActionRow& r : actions) {
        const Action& a = r.action;
        const QString g = c.groupName(a.unitId);
        if (g != group) {
            closeGroup();
            group = g;
            groupSum = 0;
            table.rows.push_back({{g}, TableRow::Kind::Group});
        }
        QString title = a.title;
        if (r.unitName != g && !g.endsWith(r.unitName))
            title += QLatin1Char('\n') + r.unitName;
        QString status = ReportData::statusText(t, a.status);
        if (a.isOverdue(today))
            status += QLatin1Char('\n') + t("försenad");
        const QString note = r.latestNote.isEmpty()
                                 ? QString()
                                 : t.isoDate(r.latestNoteOn) + QStringLiteral(": ") + r.latestNote;
        const qint64 cost = a.status == Action::Status::Done && a.actualCostKr > 0 ? a.actualCostKr
                            : a.status == Action::Status::Cancelled                ? 0
                                                                                   : a.estimatedCostKr;
        groupSum += cost;
        totalSum += cost;
        table.rows.push_back(
            {{title, t.data(r.kindName), status, t.isoDate(a.dueDate), note, t.money(cost)}});
    }
    closeGroup();
    table.rows.push_back(
        {{t("Summa, alla avdelningar"), QString(), QString(), QString(), QString(), t.money(totalSum)},
         TableRow::Kind::Total});
    doc.add(std::move(table));
    return doc;
}

} // namespace sakra::report
