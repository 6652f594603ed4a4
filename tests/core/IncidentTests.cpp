#include "TestRegister.h"

#include <catch2/catch.hpp>

using namespace sakra;

namespace {

struct IncidentFixture : ScopeFixture
{
    Incident incident(QDate on, Incident::Kind kind = Incident::Kind::Threat, qint64 unitId = 0) const
    {
        Incident i;
        i.occurredOn = on;
        i.unitId = unitId ? unitId : unit;
        i.kind = kind;
        i.severity = 2;
        i.description = QStringLiteral("Besökare hotade handläggare vid beslut om avslag.");
        return i;
    }

    qint64 risk()
    {
        Risk r;
        r.unitId = unit;
        r.categoryId = reg->riskCategories().all().front().id;
        r.title = QStringLiteral("Hot vid avslagsbeslut");
        r.likelihood = 3;
        r.consequence = 3;
        r.assessedOn = today.addDays(-30);
        return reg->risks().create(r);
    }

    qint64 action()
    {
        Action a;
        a.title = QStringLiteral("Överfallslarm i mottagningen");
        a.kindId = reg->actionKinds().all().front().id;
        a.unitId = unit;
        return reg->actions().create(a);
    }
};

} // namespace

TEST_CASE("an incident keeps every field it is given", "[incident]")
{
    IncidentFixture f;
    Incident i = f.incident(f.today.addDays(-10), Incident::Kind::UndueInfluence);
    i.occurredTime = QTime(14, 35);
    i.siteId = f.site;
    i.target = Incident::Target::ElectedOfficial;
    i.channel = Incident::Channel::SocialMedia;
    i.severity = 4;
    i.perpetrator = Incident::Perpetrator::Other;
    i.organisedCrime = true;
    i.systemRef = QStringLiteral("KIA-2026-0412");
    i.policeReported = true;
    i.policeReportedOn = f.today.addDays(-9);
    i.serious = true;
    i.authorityReportedOn = f.today.addDays(-9);
    i.supportManager = true;
    i.supportCrisis = true;
    i.followUp = Incident::FollowUp::Closed;
    i.closedOn = f.today.addDays(-2);
    const Incident back = f.reg->incidents().get(f.reg->incidents().create(i));
    CHECK(back.occurredOn == i.occurredOn);
    CHECK(back.occurredTime == QTime(14, 35));
    CHECK(back.siteId == f.site);
    CHECK(back.target == Incident::Target::ElectedOfficial);
    CHECK(back.kind == Incident::Kind::UndueInfluence);
    CHECK(back.channel == Incident::Channel::SocialMedia);
    CHECK(back.severity == 4);
    CHECK(back.perpetrator == Incident::Perpetrator::Other);
    CHECK(back.organisedCrime);
    CHECK(back.systemRef == QStringLiteral("KIA-2026-0412"));
    CHECK(back.policeReported);
    CHECK(back.policeReportedOn == f.today.addDays(-9));
    CHECK(back.serious);
    CHECK(back.authorityReportedOn == f.today.addDays(-9));
    CHECK(back.supportManager);
    CHECK_FALSE(back.supportOccupationalHealth);
    CHECK(back.supportCrisis);
    CHECK(back.supportOffered());
    CHECK(back.followUp == Incident::FollowUp::Closed);
    CHECK(back.closedOn == f.today.addDays(-2));

    // Without time, site or dates the optional columns stay empty.
    const Incident plain = f.reg->incidents().get(f.reg->incidents().create(f.incident(f.today)));
    CHECK_FALSE(plain.occurredTime.isValid());
    CHECK(plain.siteId == 0);
    CHECK_FALSE(plain.policeReportedOn.isValid());
    CHECK_FALSE(plain.closedOn.isValid());
    CHECK_FALSE(plain.supportOffered());
}

TEST_CASE("every incident field refuses bad input with its name and a message", "[incident][validation]")
{
    IncidentFixture f;
    auto create = [&](const Incident& i) { return [&f, i] { f.reg->incidents().create(i); }; };
    const QDate day = f.today.addDays(-20);
    Incident i = f.incident(day);

    i.occurredOn = QDate();
    requireInvalid(f.reg, create(i), "occurred_on", "datum då händelsen inträffade");
    i.occurredOn = f.today.addDays(1);
    requireInvalid(f.reg, create(i), "occurred_on", "framtiden");
    i = f.incident(day);
    i.unitId = 0;
    requireInvalid(f.reg, create(i), "unit_id", "Välj den enhet");
    i.unitId = 999999;
    requireInvalid(f.reg, create(i), "unit_id", "Välj den enhet");
    i = f.incident(day);
    i.siteId = 999999;
    requireInvalid(f.reg, create(i), "site_id", "lokalen finns inte");
    i = f.incident(day);
    i.severity = 0;
    requireInvalid(f.reg, create(i), "severity", "mellan 1 och 4");
    i.severity = 5;
    requireInvalid(f.reg, create(i), "severity", "mellan 1 och 4");
    i = f.incident(day);
    i.description = QString(IncidentRepository::kMaxDescription + 1, QLatin1Char('x'));
    requireInvalid(f.reg, create(i), "description", "för lång");
    i = f.incident(day);
    i.systemRef = QString(IncidentRepository::kMaxSystemRef + 1, QLatin1Char('1'));
    requireInvalid(f.reg, create(i), "system_ref", "för lång");
    i.systemRef = QStringLiteral("KIA\n12");
    requireInvalid(f.reg, create(i), "system_ref", "en rad");

    i = f.incident(day);
    i.policeReportedOn = day;
    requireInvalid(f.reg, create(i), "police_reported_on", "bara anges när händelsen är polisanmäld");
    i = f.incident(day);
    i.authorityReportedOn = day;
    requireInvalid(f.reg, create(i), "authority_reported_on", "Bara en allvarlig händelse");
    i = f.incident(day);
    i.followUp = Incident::FollowUp::Closed;
    requireInvalid(f.reg, create(i), "closed_on", "datum då uppföljningen avslutades");
    i.followUp = Incident::FollowUp::Measures;
    i.closedOn = day;
    requireInvalid(f.reg, create(i), "closed_on", "bara anges när uppföljningen är avslutad");

    // A date that follows the incident (once it applies) may neither come before it nor lie ahead.
    const struct
    {
        const char* column;
        QDate Incident::*date;
        void (*applies)(Incident&);
    } followingDates[] = {
        {"police_reported_on", &Incident::policeReportedOn, [](Incident& x) { x.policeReported = true; }},
        {"authority_reported_on", &Incident::authorityReportedOn, [](Incident& x) { x.serious = true; }},
        {"closed_on", &Incident::closedOn, [](Incident& x) { x.followUp = Incident::FollowUp::Closed; }}};
    for (const auto& d : followingDates) {
        INFO(d.column);
        i = f.incident(day);
        d.applies(i);
        i.*d.date = day.addDays(-1);
        requireInvalid(f.reg, create(i), d.column, "före händelsen");
        i.*d.date = f.today.addDays(1);
        requireInvalid(f.reg, create(i), d.column, "framtiden");
    }

    // The boundaries themselves are accepted: reported and closed on the day itself, today.
    i = f.incident(f.today);
    i.policeReported = true;
    i.policeReportedOn = f.today;
    i.serious = true;
    i.authorityReportedOn = f.today;
    i.followUp = Incident::FollowUp::Closed;
    i.closedOn = f.today;
    i.severity = 4;
    i.description = QString(IncidentRepository::kMaxDescription, QLatin1Char('x'));
    CHECK(f.reg->incidents().create(i) > 0);
    // Police report made but its date not known is allowed.
    i = f.incident(day);
    i.policeReported = true;
    CHECK(f.reg->incidents().create(i) > 0);

    // An update is validated as well and leaves the stored row as it was.
    Incident stored = f.reg->incidents().get(f.reg->incidents().create(f.incident(day)));
    stored.followUp = Incident::FollowUp::Closed;
    requireInvalid(
        f.reg, [&] { f.reg->incidents().update(stored); }, "closed_on", "avslutades");
    CHECK(f.reg->incidents().get(stored.id).followUp == Incident::FollowUp::New);
}

TEST_CASE("a serious incident must reach the Work Environment Authority by the next day",
          "[incident][deadline]")
{
    // The rule itself: the next calendar day, across a leap day and a year end.
    CHECK(Incident::authorityDeadlineFor(QDate(2024, 2, 28)) == QDate(2024, 2, 29));
    CHECK(Incident::authorityDeadlineFor(QDate(2023, 2, 28)) == QDate(2023, 3, 1));
    CHECK(Incident::authorityDeadlineFor(QDate(2025, 12, 31)) == QDate(2026, 1, 1));
    CHECK_FALSE(Incident::authorityDeadlineFor(QDate()).isValid());

    Incident i;
    i.occurredOn = QDate(2026, 3, 10);
    CHECK_FALSE(i.authorityDeadline().isValid()); // not serious: no deadline
    CHECK_FALSE(i.authorityReportMissed(QDate(2026, 4, 1)));
    i.serious = true;
    CHECK(i.authorityDeadline() == QDate(2026, 3, 11));
    CHECK(i.authorityReportPending(QDate(2026, 3, 10)));
    CHECK(i.authorityReportPending(QDate(2026, 3, 11)));
    CHECK_FALSE(i.authorityReportMissed(QDate(2026, 3, 11)));
    CHECK(i.authorityReportMissed(QDate(2026, 3, 12)));
    CHECK_FALSE(i.authorityReportPending(QDate(2026, 3, 12)));
    i.authorityReportedOn = QDate(2026, 3, 11);
    CHECK_FALSE(i.authorityReportMissed(QDate(2026, 6, 1)));
    CHECK_FALSE(i.authorityReportPending(QDate(2026, 3, 10)));
    i.authorityReportedOn = QDate(2026, 3, 12);
    CHECK(i.authorityReportMissed(QDate(2026, 3, 12)));
}

TEST_CASE("removing an incident takes its risk and action links along and restore brings them back",
          "[incident][links]")
{
    IncidentFixture f;
    const qint64 id = f.reg->incidents().create(f.incident(f.today.addDays(-3)));
    const qint64 risk = f.risk();
    const qint64 action1 = f.action();
    const qint64 action2 = f.action();
    f.reg->incidentRisks().link(id, risk);
    f.reg->incidentActions().link(id, action1);
    const qint64 unlinked = f.reg->incidentActions().link(id, action2);

    // Links refuse doubles and missing ends.
    try {
        f.reg->incidentRisks().link(id, risk);
        FAIL("a second link to the same risk should be refused");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("risk_id"));
        CHECK(e.message().contains(QStringLiteral("redan kopplad")));
    }
    CHECK_THROWS_AS(f.reg->incidentActions().create(linkBetween<IncidentAction>(id, 999999)),
                    ValidationError);
    CHECK_THROWS_AS(f.reg->incidentActions().create(linkBetween<IncidentAction>(999999, action1)),
                    ValidationError);

    CHECK(f.reg->incidentRisks().ofRisk(risk).size() == 1);
    CHECK(f.reg->incidentActions().ofAction(action2).size() == 1);
    // One link removed on its own before the incident stays removed after the restore.
    f.reg->incidentActions().remove(unlinked);
    REQUIRE(f.reg->incidentActions().ofIncident(id).size() == 1);

    f.reg->incidents().remove(id);
    CHECK_FALSE(f.reg->incidents().find(id));
    CHECK(f.reg->incidentRisks().ofIncident(id).empty());
    CHECK(f.reg->incidentActions().ofIncident(id).empty());
    CHECK(f.reg->incidentRisks().ofRisk(risk).empty());

    f.reg->incidents().restore(id);
    CHECK(f.reg->incidents().find(id));
    CHECK(f.reg->incidentRisks().ofIncident(id).size() == 1);
    CHECK(onlyOne(f.reg->incidentActions().ofIncident(id)).secondId == action1);
}

TEST_CASE("incident changes land in the history", "[incident][history]")
{
    IncidentFixture f;
    const qint64 id = f.reg->incidents().create(f.incident(f.today.addDays(-5)));
    Incident i = f.reg->incidents().get(id);
    i.followUp = Incident::FollowUp::Closed;
    i.closedOn = f.today;
    f.reg->incidents().update(i);
    const auto entries = f.reg->history().entriesFor(i.uuid);
    QStringList lines;
    for (const ChangeEntry& e : entries)
        lines << e.action + QLatin1Char(' ') + e.field + QLatin1Char(' ') + e.oldValue.toString() +
                     QStringLiteral("→") + e.newValue.toString();
    CHECK(lines.first().startsWith(QStringLiteral("create")));
    CHECK(lines.contains(QStringLiteral("update follow_up new→closed")));
    CHECK(lines.contains(QStringLiteral("update closed_on →") + f.today.toString(Qt::ISODate)));
}

TEST_CASE("incident lists filter, sort and page in SQL against hand counts", "[incident][query]")
{
    IncidentFixture f;
    const QDate t = f.today;
    auto make = [&](int daysAgo, Incident::Kind kind, qint64 unitId, int severity, bool serious = false,
                    const char* text = "") {
        Incident i = f.incident(t.addDays(-daysAgo), kind, unitId);
        i.severity = severity;
        i.serious = serious;
        i.description = QString::fromUtf8(text);
        return f.reg->incidents().create(i);
    };
    const qint64 a =
        make(1, Incident::Kind::Threat, f.unit, 2, true, "hot i telefon"); // deadline today: not overdue
    const qint64 b =
        make(2, Incident::Kind::Threat, f.unit, 3, true, "hot vid disken"); // deadline yesterday: overdue
    const qint64 c = make(40, Incident::Kind::Violence, f.unit, 4, false, "knuffades");
    const qint64 d = make(400, Incident::Kind::Harassment, f.otherUnit, 1, false, "100% ilska");
    const qint64 e = make(10, Incident::Kind::Threat, f.otherUnit, 2, true, "hot per e-post");
    Incident reported = f.reg->incidents().get(e);
    reported.authorityReportedOn = t.addDays(-9);
    f.reg->incidents().update(reported);
    const qint64 removed = make(5, Incident::Kind::Threat, f.unit, 2);
    f.reg->incidents().remove(removed);

    auto ids = [&](const IncidentQuery& q) {
        return listedIds(f.reg->incidents(), q, &IncidentRow::incident);
    };

    IncidentQuery q;
    CHECK(ids(q) == std::vector<qint64>{a, b, e, c, d}); // newest first, the removed one left out
    q.scopeUnitId = f.admin;
    CHECK(ids(q) == std::vector<qint64>{a, b, c});
    q.scopeUnitId = f.otherAdmin;
    CHECK(ids(q) == std::vector<qint64>{e, d});
    q = IncidentQuery();
    q.kind = Incident::Kind::Threat;
    CHECK(ids(q) == std::vector<qint64>{a, b, e});
    q = IncidentQuery();
    q.from = t.addDays(-40);
    q.to = t.addDays(-2);
    CHECK(ids(q) == std::vector<qint64>{b, e, c}); // both ends included
    q = IncidentQuery();
    q.minSeverity = 3;
    CHECK(ids(q) == std::vector<qint64>{b, c});
    q = IncidentQuery();
    q.overdueOnly = true;
    CHECK(ids(q) == std::vector<qint64>{b});
    q.today = t.addDays(1); // a day later a's deadline has passed as well
    CHECK(ids(q) == std::vector<qint64>{a, b});
    q = IncidentQuery();
    q.text = QStringLiteral("HOT");
    CHECK(ids(q) == std::vector<qint64>{a, b, e});
    q.text = QStringLiteral("100%"); // wildcards are taken literally
    CHECK(ids(q) == std::vector<qint64>{d});
    q = IncidentQuery();
    q.seriousOnly = true;
    q.scopeUnitId = f.admin;
    CHECK(ids(q) == std::vector<qint64>{a, b});

    q = IncidentQuery();
    q.sort = IncidentQuery::Sort::Severity;
    q.ascending = true;
    CHECK(ids(q) == std::vector<qint64>{d, a, e, b, c}); // ties by date, newest first
    q.offset = 1;
    q.limit = 2;
    const auto page = f.reg->incidents().list(q);
    REQUIRE(page.size() == 2);
    CHECK(page[0].incident.id == a);
    CHECK(page[1].incident.id == e);
    CHECK(page[0].unitName == QStringLiteral("Mottagningen"));
    CHECK(page[1].unitName == QStringLiteral("Biblioteket"));
    q = IncidentQuery();
    q.sort = IncidentQuery::Sort::Unit;
    q.ascending = true;
    CHECK(ids(q) == std::vector<qint64>{e, d, a, b, c});
}

TEST_CASE("removing a risk or an action takes incidents' links to it along and restore brings them back",
          "[incident][links]")
{
    IncidentFixture f;
    const qint64 id = f.reg->incidents().create(f.incident(f.today.addDays(-3)));
    const qint64 gone = f.reg->incidents().create(f.incident(f.today.addDays(-2)));
    const qint64 risk = f.risk();
    const qint64 action = f.action();
    for (qint64 incident : {id, gone}) {
        f.reg->incidentRisks().link(incident, risk);
        f.reg->incidentActions().link(incident, action);
    }
    REQUIRE(f.reg->incidentRisks().ofRisk(risk).size() == 2);
    REQUIRE(f.reg->incidentActions().ofAction(action).size() == 2);

    f.reg->risks().remove(risk);
    f.reg->actions().remove(action);
    CHECK(f.reg->incidentRisks().ofIncident(id).empty());
    CHECK(f.reg->incidentActions().ofIncident(id).empty());
    CHECK(f.reg->incidentRisks().ofIncident(gone).empty());

    // An incident removed while the risk and action were away does not get its links back.
    f.reg->incidents().remove(gone);
    f.reg->risks().restore(risk);
    f.reg->actions().restore(action);
    CHECK(onlyOne(f.reg->incidentRisks().ofRisk(risk)).firstId == id);
    CHECK(onlyOne(f.reg->incidentActions().ofAction(action)).firstId == id);
}

TEST_CASE("restoring an incident leaves its link to a risk removed meanwhile removed", "[incident][links]")
{
    IncidentFixture f;
    const qint64 id = f.reg->incidents().create(f.incident(f.today.addDays(-3)));
    const qint64 kept = f.risk();
    const qint64 gone = f.risk();
    for (qint64 risk : {kept, gone})
        f.reg->incidentRisks().link(id, risk);
    f.reg->incidents().remove(id);
    f.reg->risks().remove(gone);
    f.reg->incidents().restore(id);
    CHECK(onlyOne(f.reg->incidentRisks().ofIncident(id)).secondId == kept);
}
