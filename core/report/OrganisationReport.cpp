#include "Register.h"
#include "ReportContext.h"
#include "Reports.h"

#include <QHash>
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

} // namespace

ReportDocument Reports::organisation(const ReportContext& c)
{
    const ReportText& t = c.t;
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc = c.start(t("Uppföljning"), t("Säkerhetsorganisationens status inom %1", where));
    doc.title.subtitle =
        t("Årlig uppföljning av den interna säkerhetsorganisationen per %1", t.date(c.documentDate));

    const std::vector<StaffingLine> staffing = c.reg.staffing().overview(c.documentDate, c.scopeId());
    int planned = 0, filled = 0, people = 0;
    std::map<SecurityLevel, std::pair<int, int>> perLevel; // planned per cent, filled per cent
    for (const StaffingLine& s : staffing) {
        planned += s.plannedPosts * 100;
        filled += std::min(s.filledPercent, s.plannedPosts * 100);
        people += s.people;
        perLevel[s.level].first += s.plannedPosts * 100;
        perLevel[s.level].second += s.filledPercent;
    }

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
        const int gap = planned - filled;
        doc.add(KeyFigures{{{posts(t, planned), t("planerade tjänster")},
                            {posts(t, filled), t("tillsatta tjänster (heltid)")},
                            {posts(t, gap), t("saknas mot planen"), gap > 0},
                            {t.number(people), t("personer med uppdrag")}}});
        Table levels;
        levels.columns = {{t("Nivå"), 3.0},
                          {t("Planerade tjänster"), 1.5, true},
                          {t("Tillsatta"), 1.5, true},
                          {t("Andel tillsatt"), 1.5, true}};
        for (const auto& [level, pf] : perLevel)
            levels.rows.push_back(
                {{levelText(t, level), posts(t, pf.first), posts(t, pf.second),
                  pf.first > 0 ? t.percent(int(qint64(pf.second) * 100 / pf.first)) : QStringLiteral("–")}});
        doc.add(std::move(levels));
    }

    doc.add(Heading{1, t("Planerade och tillsatta tjänster per förvaltning")});
    if (!staffing.empty()) {
        BarChart chart;
        chart.title = t("Säkerhetssamordnare: planerade och tillsatta tjänster");
        chart.series = {{t("Planerade"), {}, QColor(0xb8c9d9)}, {t("Tillsatta"), {}, QColor(0x2f6690)}};
        Table table;
        table.columns = {{t("Förvaltning eller bolag"), 3.0},
                         {t("Nämnd"), 2.1},
                         {t("Nivå"), 1.4},
                         {t("Planerade"), 1.4, true},
                         {t("Tillsatta"), 1.4, true},
                         {t("Personer"), 1.3, true},
                         {t("Saknas"), 1.2, true}};
        QString unit;
        for (const StaffingLine& s : staffing) {
            table.rows.push_back(
                {{s.unitName == unit ? QString() : s.unitName, s.unitName == unit ? QString() : s.boardName,
                  levelText(t, s.level), t.number(s.plannedPosts), posts(t, s.filledPercent),
                  t.number(s.people), s.hasGap() ? posts(t, s.gapPercent()) : QStringLiteral("–")}});
            unit = s.unitName;
            if (s.level == SecurityLevel::Tactical) {
                chart.categories << s.unitName;
                chart.series[0].values << double(s.plannedPosts);
                chart.series[1].values << s.filledPercent / 100.0;
            }
        }
        doc.add(std::move(table));
        if (chart.categories.size() > 1 && chart.categories.size() <= 14)
            doc.add(std::move(chart));
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
    for (const OrgUnit& u : c.reg.units().ofKinds({UnitKind::Administration, UnitKind::Company})) {
        const bool covered = c.wholeMunicipality ||
                             (c.scope.kind == UnitKind::Board && u.boardId == c.scope.id) ||
                             (scopeAdmin && scopeAdmin->id == u.id);
        if (covered && c.unit(u.id))
            admins.push_back(c.unit(u.id));
    }
    for (const OrgUnit* admin : admins) {
        QStringList areas;
        for (const ProfileArea& p : c.reg.profileAreas().ofUnit(admin->id))
            areas << t.data(focusNames.value(p.focusAreaId));
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

    doc.add(Heading{1, t("Budget per nämnd")});
    Table budget;
    budget.columns = {{t("Nämnd"), 3.0},
                      {t("År"), 0.8, true},
                      {t("Budgetram"), 1.5, true},
                      {t("Beräknad kostnad"), 1.5, true},
                      {t("Kvar av ramen"), 1.5, true}};
    qint64 total = 0;
    for (const BoardYearCost& r : c.reg.actionOverview().costPerBoardAndYear(c.scopeId())) {
        if (r.year < c.from.year() || r.year > c.to.year() || r.budgetKr == 0)
            continue;
        total += r.budgetKr;
        budget.rows.push_back({{r.boardName, QString::number(r.year), t.money(r.budgetKr),
                                t.money(r.estimatedKr), t.money(r.remainingKr())}});
    }
    if (budget.rows.empty()) {
        doc.add(Paragraph{t("Ingen budgetram är registrerad för perioden.")});
    } else {
        budget.rows.push_back(
            {{t("Summa"), QString(), t.money(total), QString(), QString()}, TableRow::Kind::Total});
        doc.add(std::move(budget));
    }
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
