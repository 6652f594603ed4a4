#include "ActionSelection.h"
#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "Reports.h"

namespace sakra::report {

namespace {

constexpr PeriodPart kParts[] = {PeriodPart::Within, PeriodPart::Earlier, PeriodPart::Later,
                                 PeriodPart::Undated};

// "7 med slutdatum 2026": how many of the appendix's actions are in a part.
QString partCount(const ReportText& t, PeriodPart part, int n, const QString& years)
{
    switch (part) {
    case PeriodPart::Within: return t("%1 med slutdatum %2", t.number(n), years);
    case PeriodPart::Earlier:
        return t.count("%1 från tidigare år som inte var avslutad när perioden började|"
                       "%1 från tidigare år som inte var avslutade när perioden började",
                       n);
    case PeriodPart::Later: return t("%1 med slutdatum efter %2", t.number(n), years);
    case PeriodPart::Undated:
        return t.count("%1 utan start- eller slutdatum|%1 utan start- eller slutdatum", n);
    }
    return QString();
}

// "åtgärder med slutdatum 2026": the part as a set of actions, in a sentence.
QString partName(const ReportText& t, PeriodPart part, const QString& years)
{
    switch (part) {
    case PeriodPart::Within: return t("åtgärder med slutdatum %1", years);
    case PeriodPart::Earlier:
        return t("åtgärder från tidigare år som inte var avslutade när perioden började");
    case PeriodPart::Later: return t("åtgärder med slutdatum efter %1", years);
    case PeriodPart::Undated: return t("åtgärder utan start- eller slutdatum");
    }
    return QString();
}

// The same as a heading: in Swedish and in English alike it only begins with a capital.
QString partHeading(const ReportText& t, PeriodPart part, const QString& years)
{
    QString heading = partName(t, part, years);
    if (!heading.isEmpty())
        heading[0] = heading[0].toUpper();
    return heading;
}

void presentation(const ReportContext& c, const ActionSelection& actions, ReportDocument& doc)
{
    const ReportText& t = c.t;
    const ActionTally all = actions.tally();
    doc.add(KeyFigures{
        {{t.number(all.total), t.form("åtgärd i bilaga 1|åtgärder i bilaga 1", all.total)},
         {t.number(all.done), t.form("genomförd|genomförda", all.done)},
         {t.number(all.inProgress + all.planned),
          t.form("pågående eller planerad|pågående eller planerade", all.inProgress + all.planned)},
         {t.number(all.overdue),
          t.form("försenad (slutdatum passerat)|försenade (slutdatum passerat)", all.overdue),
          all.overdue > 0}}});

    QString text;
    QStringList parts;
    for (const PeriodPart part : kParts)
        if (const int n = actions.tally(part).total)
            parts << partCount(t, part, n, actions.years());
    if (parts.size() > 1)
        text = t("Bilaga 1 tar upp %1: %2.", t.count("%1 åtgärd|%1 åtgärder", all.total), t.join(parts)) +
               QLatin1Char(' ');
    text += t("Av %1 är %2, %3 och %4.", t.count("%1 åtgärd|%1 åtgärder", all.total),
              t.count("%1 genomförd|%1 genomförda", all.done))
                .arg(t.count("%1 pågår|%1 pågår", all.inProgress),
                     t.count("%1 är planerad|%1 är planerade", all.planned));
    if (all.ongoing > 0)
        text += QLatin1Char(' ') + t.count("En åtgärd är löpande arbete utan slutdatum.|"
                                           "%1 är löpande arbete utan slutdatum.",
                                           all.ongoing);
    const int other = all.postponed + all.cancelled;
    if (other > 0)
        text += QLatin1Char(' ') + t.count("En åtgärd är uppskjuten eller avbruten.|"
                                           "%1 är uppskjutna eller avbrutna.",
                                           other);
    if (all.overdue > 0)
        text += QLatin1Char(' ') + t.count("En åtgärd har passerat sitt slutdatum utan att vara genomförd.|"
                                           "%1 har passerat sitt slutdatum utan att vara genomförda.",
                                           all.overdue);
    doc.add(Paragraph{text});

    // Per group, in the appendix's order (the selection is ordered by group).
    std::vector<std::pair<QString, ActionTally>> groups;
    for (const SelectedAction& s : actions.rows()) {
        if (groups.empty() || groups.back().first != s.group)
            groups.emplace_back(s.group, ActionTally());
        if (groups.size() > 40)
            return;
        groups.back().second.add(s, actions.today());
    }
    if (groups.size() < 2)
        return;
    BulletList list;
    for (const auto& [group, n] : groups) {
        if (n.total == 1)
            list.items << t("%1: %2, %3.", group, t.count("%1 åtgärd|%1 åtgärder", 1))
                              .arg(n.done         ? t("genomförd")
                                   : n.inProgress ? t("pågående")
                                   : n.planned    ? t("planerad")
                                   : n.ongoing    ? t("löpande")
                                                  : t("uppskjuten eller avbruten"));
        else
            list.items << t("%1: %2, varav %3 och %4.", group, t.count("%1 åtgärd|%1 åtgärder", n.total))
                              .arg(t.count("%1 genomförd|%1 genomförda", n.done),
                                   t.count("%1 pågående|%1 pågående", n.inProgress));
    }
    doc.add(std::move(list));
}

void economicConsequences(const ReportContext& c, const ActionSelection& actions, ReportDocument& doc)
{
    const ReportText& t = c.t;
    doc.add(Heading{1, t("Ekonomiska konsekvenser")});
    if (actions.empty()) {
        doc.add(Paragraph{t("Ärendet har inga ekonomiska konsekvenser.")});
        return;
    }
    const QString years = actions.years();
    const ActionTally all = actions.tally();
    const ActionTally within = actions.tally(PeriodPart::Within);

    // What the appendix costs, part by part, so that its totals can be found in the text.
    BulletList split;
    for (const PeriodPart part : kParts) {
        const ActionTally n = actions.tally(part);
        if (n.total > 0)
            split.items << t("%1: %2", partName(t, part, years), t.money(n.estimatedKr));
    }
    if (split.items.size() > 1) {
        doc.add(Paragraph{t("Den beräknade kostnaden för åtgärderna i bilaga 1 är %1, fördelad så här:",
                            t.money(all.estimatedKr))});
        doc.add(std::move(split));
    } else {
        PeriodPart only = PeriodPart::Within;
        for (const PeriodPart part : kParts)
            if (actions.tally(part).total > 0)
                only = part;
        doc.add(Paragraph{t.form("Den beräknade kostnaden för åtgärden i bilaga 1 (%2) är %1.|"
                                 "Den beräknade kostnaden för åtgärderna i bilaga 1 (%2) är %1.",
                                 all.total)
                              .arg(t.money(all.estimatedKr), partName(t, only, years))});
    }
    // An action nobody has put a figure on is not "0 kr": the sums leave it out and say so.
    if (all.notEstimated > 0)
        doc.add(Paragraph{t.count("En av åtgärderna är inte kostnadsberäknad och ingår inte i beloppen.|"
                                  "%1 av åtgärderna är inte kostnadsberäknade och ingår inte i beloppen.",
                                  all.notEstimated)});

    qint64 budget = 0;
    QStringList over;
    for (const BudgetYear& b : actions.budgetYears()) {
        budget += b.budgetKr;
        if (b.remainingKr() < 0)
            over << t("%1 år %2 med %3", b.boardName.isEmpty() ? t("Utan nämnd") : b.boardName,
                      QString::number(b.year))
                        .arg(t.money(-b.remainingKr()));
    }
    doc.add(Paragraph{t("Mot budgetramen för %1 räknas %2: de beräknas kosta %3 mot en budgeterad ram på %4.",
                        years, partName(t, PeriodPart::Within, years))
                          .arg(t.money(within.estimatedKr), t.money(budget))});
    if (within.notEstimated > 0)
        doc.add(Paragraph{t.count("Av dem är en inte kostnadsberäknad; dess kostnad är okänd.|"
                                  "Av dem är %1 inte kostnadsberäknade; deras kostnad är okänd.",
                                  within.notEstimated)});
    if (within.total > 0 && over.isEmpty() && within.newMoneyKr == 0) {
        doc.add(Paragraph{within.notEstimated > 0 ? t("De kostnadsberäknade åtgärderna bedöms rymmas inom "
                                                      "budgeterad ram.")
                                                  : t("De bedöms rymmas inom budgeterad ram.")});
    } else {
        if (within.newMoneyKr > 0)
            doc.add(Paragraph{t("Av dem ryms åtgärder med en beräknad kostnad av %1 inte inom budgeterad ram "
                                "och kräver nya medel.",
                                t.money(within.newMoneyKr))});
        if (!over.isEmpty())
            doc.add(
                Paragraph{t("Kostnaderna överskrider budgetramen för %1.", over.join(QStringLiteral("; ")))});
    }
    ReportData::addBudgetTable(c, actions, doc);
}

void appendixPart(const ReportContext& c, const ActionSelection& actions, PeriodPart part,
                  ReportDocument& doc)
{
    const ReportText& t = c.t;
    const QString years = actions.years();
    const ActionTally all = actions.tally(part);
    if (all.total == 0)
        return;
    doc.add(Heading{3, partHeading(t, part, years)});
    Table table;
    // The latest follow-up goes under its action across the table, so that neither is squeezed.
    table.columns = {{t("Åtgärd"), 3.6},
                     {t("Typ"), 1.7},
                     {t("Status"), 1.3},
                     {t("Klart senast"), 1.3},
                     {t("Beräknad kostnad"), 1.4, true},
                     {t("Utfall"), 1.3, true}};
    auto money = [&](qint64 kr) { return kr > 0 ? t.money(kr) : QStringLiteral("–"); };
    auto total = [&](const QString& label, const ActionTally& n) {
        table.rows.push_back(
            {{label, QString(), QString(), QString(), t.money(n.estimatedKr), t.money(n.actualKr)},
             TableRow::Kind::Total});
    };
    // The selection is ordered by group: one pass, a group row where the group changes and its
    // sum (for more than one action) where it ends.
    QString group;
    ActionTally sum;
    int groups = 0;
    auto closeGroup = [&] {
        if (sum.total > 1 && sum.total < all.total)
            total(t("Summa"), sum);
        sum = ActionTally();
    };
    for (const SelectedAction& s : actions.rows()) {
        if (s.part != part)
            continue;
        if (groups == 0 || s.group != group) {
            closeGroup();
            group = s.group;
            ++groups;
            table.rows.push_back({{group}, TableRow::Kind::Group});
        }
        const Action& a = s.action();
        sum.add(s, actions.today());
        QString title = a.title;
        if (s.row.unitName != group && !group.endsWith(s.row.unitName))
            title += QLatin1Char('\n') + s.row.unitName;
        if (!s.row.siteName.isEmpty())
            title += QLatin1Char('\n') + t("Plats: %1", s.row.siteName);
        QString status = ReportData::statusText(t, a.status);
        if (a.isOverdue(actions.today()))
            status += QLatin1Char('\n') + t("försenad");
        const bool unestimated = !a.costEstimated && a.status != Action::Status::Cancelled;
        table.rows.push_back(
            {{title, t.data(s.row.kindName), status, t.isoDate(a.dueDate),
              unestimated ? t("ej kostnadsberäknad") : money(s.estimatedKr()), money(a.actualCostKr)}});
        if (!s.row.latestNote.isEmpty())
            table.rows.push_back(
                {{t("Senaste uppföljning %1: %2", t.isoDate(s.row.latestNoteOn), s.row.latestNote)},
                 TableRow::Kind::Note});
    }
    closeGroup();
    total(t("Summa, %1", partName(t, part, years)), all);
    doc.add(std::move(table));
}

void appendix(const ReportContext& c, const ActionSelection& actions, ReportDocument& doc,
              const QString& where)
{
    const ReportText& t = c.t;
    doc.add(Heading{1, t("Bilaga 1")});
    doc.add(Heading{2, t("Redovisning av åtgärder i säkerhetsarbetet inom %1", where)});
    if (actions.empty()) {
        doc.add(Paragraph{t("Inga åtgärder att redovisa för perioden.")});
        return;
    }
    doc.add(Paragraph{t("Åtgärder per avdelning, i samma delar som tjänsteskrivelsen räknar dem. Beräknad "
                        "kostnad räknas inte för avbrutna åtgärder; utfallet är den redovisade kostnaden.") +
                          (actions.tally().notEstimated > 0
                               ? QLatin1Char(' ') + t("Åtgärder som inte är kostnadsberäknade ingår inte i "
                                                      "summorna.")
                               : QString()),
                      false, true});
    int parts = 0;
    for (const PeriodPart part : kParts) {
        appendixPart(c, actions, part, doc);
        parts += actions.tally(part).total > 0 ? 1 : 0;
    }
    if (parts < 2)
        return;
    doc.add(Heading{3, t("Summa för bilagan")});
    Table table;
    table.columns = {{t("Del"), 5.0},
                     {t("Antal"), 1.0, true},
                     {t("Beräknad kostnad"), 1.5, true},
                     {t("Utfall"), 1.4, true}};
    for (const PeriodPart part : kParts) {
        const ActionTally n = actions.tally(part);
        if (n.total > 0)
            table.rows.push_back({{partHeading(t, part, actions.years()), t.number(n.total),
                                   t.money(n.estimatedKr), t.money(n.actualKr)}});
    }
    const ActionTally all = actions.tally();
    table.rows.push_back({{t("Summa, alla åtgärder i bilagan"), t.number(all.total), t.money(all.estimatedKr),
                           t.money(all.actualKr)},
                          TableRow::Kind::Total});
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

    const ActionSelection actions = ActionSelection::measures(c);

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
    if (!actions.empty())
        presentation(c, actions, doc);

    economicConsequences(c, actions, doc);

    doc.add(Heading{1, t("Beslutsunderlag")});
    doc.add(BulletList{{t("Tjänsteskrivelse daterad %1", t.date(c.documentDate)),
                        t("Bilaga 1 Redovisning av åtgärder i säkerhetsarbetet inom %1", where)}});
    doc.add(Signatures{c.issuerName(), c.signatories()});

    doc.add(PageBreak{});
    appendix(c, actions, doc, where);
    return doc;
}

} // namespace sakra::report
