#include "CommandLine.h"
#include "assessment/AssessmentEngine.h"
#include "assessment/AssessmentRollUp.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject answerJson(const QuestionAnswer& a, bool group)
{
    QJsonObject o{{QStringLiteral("question"), a.question},
                  {QStringLiteral("applicable"), a.applicable},
                  {QStringLiteral("answer"), a.applicable ? QJsonValue(kAssessmentAnswers.code(a.answer))
                                                          : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("answerLabel"), a.applicable
                                                      ? QJsonValue(kAssessmentAnswers.label(a.answer))
                                                      : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("overridden"), a.overridden}};
    if (a.overridden) {
        o.insert(QStringLiteral("computed"), kAssessmentAnswers.code(a.computed));
        o.insert(QStringLiteral("justification"), a.justification);
        o.insert(QStringLiteral("decidedOn"), dateOrNull(a.decidedOn));
    }
    if (group) {
        QJsonObject counts;
        for (int k = 0; k < kAssessmentAnswerCount; ++k)
            counts.insert(kAssessmentAnswers.code(AssessmentAnswer(k)), a.unitCounts[std::size_t(k)]);
        o.insert(QStringLiteral("unitCounts"), counts);
        o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons));
    } else {
        QJsonArray reasons;
        if (a.overridden)
            reasons.append(QJsonObject{{QStringLiteral("requirement"),
                                        QCoreApplication::translate("sakra::CommandLine", "Ändrat svar")},
                                       {QStringLiteral("met"), QJsonValue(QJsonValue::Null)},
                                       {QStringLiteral("text"), a.reasons.value(0)}});
        for (const AssessmentCheck& c : a.checks) {
            QJsonObject reason{
                {QStringLiteral("requirement"), c.requirement},
                {QStringLiteral("met"), c.applicable ? QJsonValue(c.met) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("text"), c.reason}};
            // Set aside in proportion to a low assessed risk.
            if (c.exempted)
                reason.insert(QStringLiteral("exempted"), true);
            reasons.append(reason);
        }
        o.insert(QStringLiteral("reasons"), reasons);
    }
    o.insert(QStringLiteral("recommendations"), QJsonArray::fromStringList(a.recommendations));
    return o;
}

QJsonArray answersJson(const std::vector<QuestionAnswer>& answers, bool group)
{
    QJsonArray out;
    for (const QuestionAnswer& a : answers)
        out.append(answerJson(a, group));
    return out;
}

QJsonObject groupJson(const GroupAssessment& g)
{
    return QJsonObject{{QStringLiteral("id"), g.unitId},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("kind"), g.kind},
                       {QStringLiteral("units"), g.units},
                       {QStringLiteral("answers"), answersJson(g.answers, true)}};
}

QJsonArray groupsJson(const std::vector<GroupAssessment>& groups)
{
    QJsonArray out;
    for (const GroupAssessment& g : groups)
        out.append(groupJson(g));
    return out;
}

} // namespace

int CommandLine::assess(const QStringList& args)
{
    const QString usageText = tr("assess behöver FIL [--scope ENHET] [--as-of DATUM]");
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(usageText);
    QString scopeArg;
    std::optional<QString> asOfArg;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scope") && i + 1 < args.size() && scopeArg.isNull()) {
            scopeArg = args.at(++i);
            continue;
        }
        if (args.at(i) == QLatin1String("--as-of") && i + 1 < args.size() && !asOfArg) {
            asOfArg = args.at(++i);
            continue;
        }
        return usageError(usageText);
    }
    if (!scopeArg.isNull() && scopeArg.trimmed().isEmpty())
        return usageError(usageText);
    // As of a day: what was recorded as true then. A day to come has nothing recorded yet.
    const QDate today = QDate::currentDate();
    QDate asOf = today;
    if (asOfArg) {
        const QString text = asOfArg->trimmed();
        asOf = QDate::fromString(text, Qt::ISODate);
        if (!asOf.isValid() || text.size() != 10)
            return usageError(tr("--as-of vill ha ett datum som ÅÅÅÅ-MM-DD, inte \"%1\"").arg(text));
        if (asOf > today)
            return failure(tr("--as-of %1 ligger efter i dag; egenkontrollen kan bara göras per en dag som "
                              "har varit")
                               .arg(asOf.toString(Qt::ISODate)));
    }

    // Read-only: assessing never changes the register, and a file in use elsewhere stays as it is.
    Database db;
    db.openReadOnly(args.first());
    if (db.schemaVersion() < Schema::currentVersion())
        return failure(tr("%1 har ett äldre filformat (%2); öppna det en gång med Säkra eller sakra-cli "
                          "stats så uppgraderas det")
                           .arg(QDir::toNativeSeparators(args.first()))
                           .arg(db.schemaVersion()));

    qint64 scope = 0;
    QJsonValue scopeJson(QJsonValue::Null);
    if (!scopeArg.isNull()) {
        const QString wanted = scopeArg.trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        Query q(db, digits.match(wanted).hasMatch()
                        ? QStringLiteral("SELECT id, name FROM org_unit WHERE deleted_at IS NULL AND id = ?")
                        : QStringLiteral("SELECT id, name FROM org_unit WHERE deleted_at IS NULL AND name = "
                                         "? COLLATE NOCASE ORDER BY id"));
        q.bind(wanted).exec();
        QStringList found;
        while (q.next()) {
            scope = q.value(0).toLongLong();
            scopeJson =
                QJsonObject{{QStringLiteral("id"), scope}, {QStringLiteral("name"), q.value(1).toString()}};
            found << QString::number(scope);
        }
        if (found.isEmpty())
            return failure(tr("okänd enhet: %1 (ange enhetens namn eller id)").arg(wanted));
        if (found.size() > 1)
            return failure(tr("flera enheter heter %1; ange id i stället (%2)")
                               .arg(wanted, found.join(QStringLiteral(", "))));
    }

    const Assessment a = AssessmentEngine(db).assess(scope, asOf);
    const std::optional<GroupAssessment> municipality = AssessmentRollUp::municipality(db, a);
    QJsonArray questions;
    for (const AssessmentRules::Question& q : AssessmentRules::questions())
        questions.append(
            QJsonObject{{QStringLiteral("code"), QLatin1String(q.code)},
                        {QStringLiteral("section"), AssessmentRules::sectionText(QLatin1String(q.code))},
                        {QStringLiteral("text"), AssessmentRules::questionText(QLatin1String(q.code))}});
    QJsonArray units;
    for (const UnitAssessment& u : a.units)
        units.append(QJsonObject{
            {QStringLiteral("id"), u.unitId},
            {QStringLiteral("name"), u.unitName},
            {QStringLiteral("administrationId"),
             u.administrationId ? QJsonValue(u.administrationId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("boardId"), u.boardId ? QJsonValue(u.boardId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("answers"), answersJson(u.answers, false)}});
    const QJsonObject out{{QStringLiteral("asOf"), a.asOf.toString(Qt::ISODate)},
                          {QStringLiteral("scope"), scopeJson},
                          {QStringLiteral("questions"), questions},
                          {QStringLiteral("municipality"), municipality ? QJsonValue(groupJson(*municipality))
                                                                        : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("boards"), groupsJson(a.boards)},
                          {QStringLiteral("administrations"), groupsJson(a.administrations)},
                          {QStringLiteral("units"), units}};
    m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace sakra
