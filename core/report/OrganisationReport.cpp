#include "ActionSelection.h"
#include "Register.h"
#include "ReportContext.h"
#include "ReportData.h"
#include "Reports.h"

#include <QHash>
#include <QSet>
#include <map>

namespace sakra::report {

namespace {

QString levelText(const ReportText& t, SecurityLevel level)
{
    switch (level) {
    case SecurityLevel::Strategic: return t("Strategisk nivå");
    case SecurityLevel::Tactical: return t("Taktisk nivå");
    case SecurityLevel::Operational: return t("Operativ nivå");
    case SecurityLevel::Related: return t("Närliggande roller");
    }
    return QString();
}

QString milestoneStatus(const ReportText& t, Milestone::Status s)
{
    switch (s) {
    case Milestone::Status::Planned: return t("Planerad");
    case Milestone::Status::InProgress: return t("Pågående");
    case Milestone::Status::Done: return t("Genomförd");
    case Milestone::Status::Postponed: return t("Uppskjuten");
    }
    return QString();
}

// "1,5" / "1.5" posts from per cent of a post.
QString posts(const ReportText& t, int percent)
{
    const QString whole = QString::number(percent / 100);
    const int rest = std::abs(percent % 100);
    if (rest == 0)
        return (percent < 0 && whole == QLatin1String("0") ? QStringLiteral("-") : QString()) + whole;
    QString frac = QString::number(rest).rightJustified(2, QLatin1Char('0'));
    if (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return (percent < 0 && percent > -100 ? QStringLiteral("-") : QString()) + whole +
           (t.english() ? QLatin1Char('.') : QLatin1Char(',')) + frac;
}

// Each board's allocation for the document's year against what the planned posts it pays for
// cost a year: the boards in scope (a board, or the boards the administrations in scope report to).
void addPostCosts(const ReportContext& c, const std::vector<const OrgUnit*>& admins,
                  const QMultiHash<qint64, qint64>& further, ReportDocument& doc)
{
    const ReportText& t = c.t;
    const int year = c.documentDate.year();
    QSet<qint64> boards;
    if (c.scope.kind == UnitKind::Board)
        boards.insert(c.scope.id);
    for (const OrgUnit* admin : admins) {
        boards.insert(admin->boardId);
        for (const qint64 board : further.values(admin->id))
            boards.insert(board);
    }
    Table table;
    table.columns = {{t("Nämnd"), 3.0},
                     {t("Ram %1", QString::number(year)), 1.5, true},
                     {t("Tjänsternas kostnad"), 1.5, true},
                     {t("Kvar efter tjänsterna"), 1.5, true},
                     {t("Ej kostnadsberäknade"), 1.3, true}};
    BoardPostCost sum;
    sum.allocationKr = 0;
    for (const BoardPostCost& b : c.reg.staffing().costPerBoard(year)) {
        if (!c.wholeMunicipality && !boards.contains(b.boardId))
            continue;
        table.rows.push_back(
            {{b.boardName, b.hasAllocation() ? t.money(b.allocationKr) : t("ingen ram"),
              t.money(b.postsCostKr), b.hasAllocation() ? t.money(b.remainingKr()) : QStringLiteral("–"),
              b.postsNotCosted > 0 ? t.number(b.postsNotCosted) : QStringLiteral("–")}});
        sum.allocationKr += std::max<qint64>(0, b.allocationKr);
        sum.postsCostKr += b.postsCostKr;
        sum.postsNotCosted += b.postsNotCosted;
    }
    if (table.rows.empty()) {
        doc.add(Paragraph{
            t("Inga planerade tjänster med kostnad och ingen budgetram för %1.", QString::number(year))});
        return;
    }
    if (table.rows.size() > 1)
        table.rows.push_back(
            {{t("Summa"), t.money(sum.allocationKr), t.money(sum.postsCostKr), t.money(sum.remainingKr()),
              sum.postsNotCosted > 0 ? t.number(sum.postsNotCosted) : QStringLiteral("–")},
             TableRow::Kind::Total});
    doc.add(std::move(table));
    doc.add(Paragraph{
        t("Tjänsternas kostnad är antalet planerade tjänster gånger kostnaden per tjänst och år, "
          "räknad på den nämnd som betalar tjänsterna (annars förvaltningens egen nämnd). Kvar efter "
          "tjänsterna är ramen minus tjänsternas kostnad; ett negativt belopp betyder att tjänsterna "
          "kostar mer än ramen. Ej kostnadsberäknade tjänster räknas inte in."),
        false, true});
}

} // namespace

ReportDocument Reports::organisation(const ReportContext& c)
{
    const ReportText& t = c.t;
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc = c.start(t("Uppföljning"), t("Säkerhetsorganisationens status inom %1", where));
    doc.title.subtitle =
        t("Årlig uppföljning av den interna säkerhetsorganisationen per %1", t.date(c.documentDate));

    // The three levels; related posts, planned by name outside them, in a table of their own.
    std::vector<StaffingLine> staffing = c.reg.staffing().overview(c.documentDate, c.scopeId());
    std::vector<StaffingLine> related;
    for (const StaffingLine& s : staffing)
        if (s.level == SecurityLevel::Related)
            related.push_back(s);
    std::erase_if(staffing, [](const StaffingLine& s) { return s.level == SecurityLevel::Related; });
    // Every figure below is a sum of the lines of the table per administration.
    int planned = 0, filled = 0, missing = 0, assignments = 0;
    bool overfilled = false;
    std::map<SecurityLevel, std::pair<int, int>> perLevel; // planned per cent, filled per cent
    for (const StaffingLine& s : staffing) {
        planned += s.plannedPosts * 100;
        filled += s.filledPercent;
        missing += std::max(0, s.gapPercent());
        overfilled = overfilled || s.gapPercent() < 0;
        assignments += s.people;
        perLevel[s.level].first += s.plannedPosts * 100;
        perLevel[s.level].second += s.filledPercent;
    }
    // Posts agree with their count as a whole number of posts would: "1 tjänst", "1,5 tjänster".
    auto postsForm = [](int percent) { return percent == 100 ? 1 : 2; };

    doc.add(Heading{1, t("Sammanfattning")});
    doc.add(Paragraph{t("Säkerhetsorganisationen har tre nivåer. Den strategiska nivån (säkerhetschef och "
                        "säkerhetsstrateger) "
                        "äger de kommunövergripande styrdokumenten, leder säkerhetsforum och utvärderar "
                        "organisationen årligen. "
                        "Den taktiska nivån är säkerhetssamordnare i varje förvaltning och bolag, nära "
                        "förvaltningsledningen. "
                        "Den operativa nivån är säkerhetsombud i verksamheterna som stöttar ansvarig chef "
                        "och leder riskanalyser.")});
    if (staffing.empty()) {
        doc.add(Paragraph{
            t("Inga planerade tjänster eller uppdrag i säkerhetsorganisationen är registrerade för %1.",
              where)});
    } else {
        doc.add(
            KeyFigures{{{posts(t, planned), t.form("planerad tjänst|planerade tjänster", postsForm(planned))},
                        {posts(t, filled),
                         t.form("tillsatt tjänst (heltid)|tillsatta tjänster (heltid)", postsForm(filled))},
                        {posts(t, missing), t.form("saknas mot planen|saknas mot planen", postsForm(missing)),
                         missing > 0},
                        {t.number(assignments),
                         t.form("uppdrag i organisationen|uppdrag i organisationen", assignments)}}});
        Table levels;
        levels.columns = {{t("Nivå"), 3.0},
                          {t("Planerade tjänster"), 1.5, true},
                          {t("Tillsatta"), 1.5, true},
                          {t("Andel tillsatt"), 1.5, true}};
        auto share = [&](int p, int f) {
            return p > 0 ? t.percent(int(qint64(f) * 100 / p)) : QStringLiteral("–");
        };
        for (const auto& [level, pf] : perLevel)
            levels.rows.push_back(
                {{levelText(t, level), posts(t, pf.first), posts(t, pf.second), share(pf.first, pf.second)}});
        if (perLevel.size() > 1)
            levels.rows.push_back({{t("Summa"), posts(t, planned), posts(t, filled), share(planned, filled)},
                                   TableRow::Kind::Total});
        doc.add(std::move(levels));
        doc.add(Paragraph{
            t("Tillsatta tjänster räknas i heltid: summan av de aktiva uppdragens andel av heltid.") +
                (overfilled ? QLatin1Char(' ') + t("Det som saknas räknas per förvaltning och nivå: fler "
                                                   "tillsatta än planerat på ett ställe fyller inte det som "
                                                   "saknas på ett annat.")
                            : QString()),
            false, true});
    }

    doc.add(Heading{1, t("Planerade och tillsatta tjänster per förvaltning")});
    if (!staffing.empty()) {
        BarChart chart;
        chart.title = t("Säkerhetssamordnare: planerade och tillsatta tjänster");
        chart.series = {{t("Planerade"), {}, QColor(0xb8c9d9)}, {t("Tillsatta"), {}, QColor(0x2f6690)}};
        // One group per administration or company (with its board), one row per level.
        Table table;
        table.columns = {{t("Förvaltning eller bolag och nivå"), 3.4},
                         {t("Planerade"), 1.1, true},
                         {t("Tillsatta"), 1.1, true},
                         {t("Uppdrag"), 1.0, true},
                         {t("Saknas"), 1.0, true},
                         {t("Kostnad per år"), 1.6, true}};
        QString unit;
        qint64 cost = 0;
        int notCosted = 0;
        for (const StaffingLine& s : staffing) {
            if (s.unitName != unit || table.rows.empty())
                table.rows.push_back(
                    {{s.boardName.isEmpty() ? s.unitName : t("%1 (%2)", s.unitName, s.boardName)},
                     TableRow::Kind::Group});
            QString post = s.title.isEmpty() ? levelText(t, s.level) : t.data(s.title);
            if (!s.payingBoardName.isEmpty())
                post = t("%1, betalas av %2", post, s.payingBoardName);
            cost += s.totalCostKr();
            notCosted += s.isCosted() ? 0 : s.plannedPosts;
            table.rows.push_back(
                {{post, posts(t, s.plannedPosts * 100), posts(t, s.filledPercent), t.number(s.people),
                  s.hasGap() ? posts(t, s.gapPercent()) : QStringLiteral("–"),
                  s.isCosted()     ? t.money(s.totalCostKr())
                  : s.plannedPosts ? t("ej kostnadsberäknad")
                                   : QStringLiteral("–")}});
            unit = s.unitName;
            if (s.level == SecurityLevel::Tactical) {
                chart.categories << s.unitName;
                chart.series[0].values << double(s.plannedPosts);
                chart.series[1].values << s.filledPercent / 100.0;
            }
        }
        if (staffing.size() > 1)
            table.rows.push_back({{t("Summa"), posts(t, planned), posts(t, filled), t.number(assignments),
                                   missing > 0 ? posts(t, missing) : QStringLiteral("–"), t.money(cost)},
                                  TableRow::Kind::Total});
        doc.add(std::move(table));
        if (notCosted > 0)
            doc.add(Paragraph{t("Summan av kostnaderna räknar bara kostnadsberäknade tjänster; %1 planerade "
                                "tjänster är ej kostnadsberäknade.",
                                t.number(notCosted)),
                              false, true});
        if (chart.categories.size() > 1 && chart.categories.size() <= 14)
            doc.add(std::move(chart));
    }
    if (!related.empty()) {
        doc.add(Heading{2, t("Tjänster utanför de tre nivåerna")});
        Table table;
        table.columns = {{t("Förvaltning eller bolag"), 2.4},
                         {t("Tjänst"), 2.6},
                         {t("Planerade"), 1.1, true},
                         {t("Kostnad per år"), 1.6, true}};
        for (const StaffingLine& s : related) {
            QString post = t.data(s.title);
            if (!s.payingBoardName.isEmpty())
                post = t("%1, betalas av %2", post, s.payingBoardName);
            table.rows.push_back({{s.unitName, post, posts(t, s.plannedPosts * 100),
                                   s.isCosted() ? t.money(s.totalCostKr()) : t("ej kostnadsberäknad")}});
        }
        doc.add(std::move(table));
    }

    doc.add(Heading{1, t("Kravprofiler")});
    doc.add(
        Paragraph{t("Sakområden som säkerhetssamordnaren i respektive förvaltning eller bolag ska täcka.")});
    QHash<qint64, QString> focusNames;
    for (const FocusArea& f : c.reg.focusAreas().all())
        focusNames.insert(f.id, f.name);
    Table profiles;
    profiles.columns = {{t("Förvaltning eller bolag"), 1.0}, {t("Sakområden"), 2.6}};
    // The administrations the scope covers: all, a board's, the scope itself, or the one above it.
    const OrgUnit* scopeAdmin = c.ancestorOfKind(c.scope.id, {UnitKind::Administration, UnitKind::Company});
    std::vector<const OrgUnit*> admins;
    const QMultiHash<qint64, qint64> further = c.reg.unitBoards().links();
    for (const OrgUnit& u : c.reg.units().ofKinds({UnitKind::Administration, UnitKind::Company})) {
        const bool covered = c.wholeMunicipality ||
                             (c.scope.kind == UnitKind::Board &&
                              (u.boardId == c.scope.id || further.contains(u.id, c.scope.id))) ||
                             (scopeAdmin && scopeAdmin->id == u.id);
        if (covered && c.unit(u.id))
            admins.push_back(c.unit(u.id));
    }
    for (const OrgUnit* admin : admins) {
        QStringList areas;
        for (const ProfileArea& p : c.reg.profileAreas().ofUnit(admin->id))
            areas << t.data(focusNames.value(p.secondId));
        profiles.rows.push_back({{admin->name, areas.isEmpty() ? t("Ingen kravprofil registrerad")
                                                               : areas.join(QStringLiteral("; "))}});
    }
    if (profiles.rows.empty())
        doc.add(Paragraph{t("Inga förvaltningar eller bolag i urvalet.")});
    else
        doc.add(std::move(profiles));

    doc.add(Heading{1, t("Milstolpar i implementeringsplanen")});
    const std::vector<Milestone> milestones = c.reg.milestones().all();
    if (milestones.empty()) {
        doc.add(Paragraph{t("Inga milstolpar är registrerade.")});
    } else {
        Table table;
        table.columns = {{t("Milstolpe"), 3.4}, {t("Nivå"), 1.5}, {t("Måldatum"), 1.2}, {t("Status"), 1.4}};
        for (const Milestone& m : milestones) {
            QString status = milestoneStatus(t, m.status);
            if (m.status != Milestone::Status::Done && m.targetDate.isValid() &&
                m.targetDate < c.documentDate)
                status += QLatin1Char('\n') + t("försenad");
            table.rows.push_back({{m.title, m.level ? levelText(t, *m.level) : t("Alla nivåer"),
                                   t.isoDate(m.targetDate), status}});
        }
        doc.add(std::move(table));
    }

    doc.add(Heading{1, t("Tjänsternas kostnad mot ramen")});
    addPostCosts(c, admins, further, doc);

    doc.add(Heading{1, t("Budget per nämnd")});
    ReportData::addBudgetTable(c, ActionSelection::budget(c), doc);
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
