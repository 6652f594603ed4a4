#include "Register.h"
#include "ReportContext.h"
#include "Reports.h"
#include "assessment/AssessmentRollUp.h"

#include <array>

namespace sakra::report {

namespace {

QString answerText(const ReportText& t, AssessmentAnswer a)
{
    switch (a) {
    case AssessmentAnswer::Yes: return t("Ja");
    case AssessmentAnswer::Mostly: return t("I huvudsak");
    case AssessmentAnswer::Partly: return t("Delvis");
    case AssessmentAnswer::No: return t("Nej");
    }
    return QString();
}

struct Answered
{
    QString name;
    const std::vector<QuestionAnswer>* answers;
    int units;
};

} // namespace

ReportDocument Reports::assessment(const ReportContext& c)
{
    const ReportText& t = c.t;
    const QString where = c.scope.name.isEmpty() ? t("kommunen") : c.scope.name;
    ReportDocument doc = c.start(t("Egenkontroll"),
                                 t("Egenkontroll av arbetet mot hot, våld och trakasserier inom %1", where));
    // As of the period's end, or the document's date when the period runs on past it: what was
    // recorded as true then.
    const QDate asOf = c.to.isValid() && c.to < c.documentDate ? c.to : c.documentDate;
    doc.title.subtitle = t("Revisionens frågor besvarade utifrån registret per %1", t.date(asOf));
    for (auto& [label, value] : doc.title.meta)
        if (label == t("Period"))
            value = t.isoDate(asOf);

    const Assessment assessment = c.reg.assessment().assess(c.scopeId(), asOf);
    const std::optional<GroupAssessment> municipality =
        c.wholeMunicipality ? AssessmentRollUp::municipality(c.reg.database(), assessment) : std::nullopt;
    // One table per board; for an administration's scope per administration, below that per unit.
    std::vector<Answered> groups;
    QString groupWord;
    if (c.wholeMunicipality || c.scope.kind == UnitKind::Board) {
        for (const GroupAssessment& g : assessment.boards)
            groups.push_back({g.name, &g.answers, g.units});
        groupWord = t("nämnd");
    } else if (isAdministrationLike(c.scope.kind)) {
        for (const GroupAssessment& g : assessment.administrations)
            groups.push_back({g.name, &g.answers, g.units});
        groupWord = t("förvaltning");
    } else {
        for (const UnitAssessment& u : assessment.units)
            groups.push_back({u.unitName, &u.answers, 1});
        groupWord = t("enhet");
    }

    doc.add(Heading{1, t("Sammanfattning")});
    doc.add(Paragraph{t(
        "Egenkontrollen besvarar revisionens frågor om arbetet mot hot, våld och trakasserier utifrån "
        "registrets uppgifter om riskinventeringar, rutiner, larm, utbildningar, övningar och händelser. "
        "Svaren ges i fyra steg: ja, i huvudsak, delvis och nej. För en nämnd eller förvaltning vägs "
        "arbetsplatsernas svar samman; ett svar som säkerhetssamordnaren har ändrat anges med motivering.")});
    std::array<int, kAssessmentAnswerCount> counts{};
    for (const Answered& g : groups)
        for (const QuestionAnswer& a : *g.answers)
            if (a.applicable)
                ++counts[std::size_t(a.answer)];
    if (groups.empty()) {
        doc.add(Paragraph{t("Det finns inga arbetsplatser att bedöma inom %1.", where)});
        doc.add(Signatures{c.issuerName(), c.signatories()});
        return doc;
    }
    doc.add(KeyFigures{{{t.number(counts[0]), t.form("svar ja|svar ja", counts[0])},
                        {t.number(counts[1]), t.form("svar i huvudsak|svar i huvudsak", counts[1])},
                        {t.number(counts[2]), t.form("svar delvis|svar delvis", counts[2]), counts[2] > 0},
                        {t.number(counts[3]), t.form("svar nej|svar nej", counts[3]), counts[3] > 0}}});
    doc.add(
        Paragraph{t.count("%1 arbetsplats är bedömd, sammanvägd per %2.|"
                          "%1 arbetsplatser är bedömda, sammanvägda per %2.",
                          qint64(assessment.units.size()))
                          .arg(groupWord) +
                      QLatin1Char(' ') +
                      t("Nyckeltalen räknar svaren i tabellerna nedan, ett per fråga och %1; frågor som inte "
                        "är aktuella räknas inte.",
                        groupWord),
                  false, true});

    // Overview: every group's answer to every question, as the auditors' summary table.
    Table overview;
    overview.columns = {{t("Fråga"), 4.0}};
    for (const Answered& g : groups)
        if (groups.size() <= 6)
            overview.columns.push_back({g.name, 1.4});
    if (groups.size() <= 6) {
        const auto& questions = AssessmentRules::questions();
        for (std::size_t q = 0; q < questions.size(); ++q) {
            QStringList row{t.data(AssessmentRules::questionText(QLatin1String(questions[q].code)))};
            for (const Answered& g : groups)
                row << (q < g.answers->size() && (*g.answers)[q].applicable
                            ? answerText(t, (*g.answers)[q].answer)
                            : QStringLiteral("–"));
            overview.rows.push_back({row});
        }
        doc.add(std::move(overview));
    }

    auto answerTable = [&](const std::vector<QuestionAnswer>& answers, const QString& reasonsHeader) {
        Table table;
        table.columns = {
            {t("Fråga"), 2.6}, {t("Svar"), 1.1}, {reasonsHeader, 3.0}, {t("Rekommendation"), 2.6}};
        table.maxLinesPerCell = 10;
        for (const QuestionAnswer& a : answers) {
            QString answer = a.applicable ? answerText(t, a.answer) : t("Inte aktuell");
            QString reasons = a.reasons.join(QLatin1Char('\n'));
            if (a.overridden) {
                answer += QLatin1Char('\n') + t("(ändrat)");
                reasons = t("Ändrat %1 från %2: %3", t.isoDate(a.decidedOn), answerText(t, a.computed))
                              .arg(a.justification) +
                          (reasons.isEmpty() ? QString() : QLatin1Char('\n') + reasons);
            }
            table.rows.push_back({{t.data(AssessmentRules::questionText(a.question)), answer, reasons,
                                   a.recommendations.join(QLatin1Char('\n'))}});
        }
        doc.add(std::move(table));
    };
    for (const Answered& g : groups) {
        doc.add(Heading{2, g.name});
        answerTable(*g.answers, t("Motivering"));
    }
    // The municipality as a whole: every workplace weighed together, as the executive board sees it.
    if (municipality && groups.size() > 1) {
        doc.add(Heading{2, t("%1 som helhet", municipality->name)});
        doc.add(Paragraph{t.count("Den enda arbetsplatsen vägs in.|Alla %1 arbetsplatser vägs samman.",
                                  qint64(municipality->units)) +
                              QLatin1Char(' ') + t("Svaren här räknas inte i nyckeltalen."),
                          false, true});
        answerTable(municipality->answers, t("Sammanvägning"));
    }
    doc.add(Signatures{c.issuerName(), c.signatories()});
    return doc;
}

} // namespace sakra::report
