// sakra-cli retention: the register's retention rules, a preview of what has passed its time, and
// the run that clears it (core/retention, docs/retention.md).
#include "Arguments.h"
#include "CommandLine.h"
#include "Register.h"
#include "retention/RetentionRun.h"
#include "storage/BackupStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>
#include <vector>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

using Kind = RetentionRule::Kind;

QJsonObject rulesJson(const std::array<int, RetentionRule::kKindCount>& months)
{
    QJsonObject out;
    for (int k = 0; k < RetentionRule::kKindCount; ++k)
        out.insert(RetentionRule::kKinds.code(Kind(k)), months.at(std::size_t(k)));
    return out;
}

QJsonObject previewJson(const RetentionRun::Preview& p)
{
    QJsonObject counts;
    QJsonArray records;
    for (int k = 0; k < RetentionRule::kKindCount; ++k)
        counts.insert(RetentionRule::kKinds.code(Kind(k)), p.count(Kind(k)));
    // What people may see in a preview: no free text, no names.
    for (const RetentionRun::Item& i : p.items)
        records.append(QJsonObject{{QStringLiteral("kind"), RetentionRule::kKinds.code(i.kind)},
                                   {QStringLiteral("uuid"), i.uuid},
                                   {QStringLiteral("date"), i.basis.toString(Qt::ISODate)},
                                   {QStringLiteral("unit"), i.unit},
                                   {QStringLiteral("what"), i.what}});
    return {{QStringLiteral("asOf"), p.asOf.toString(Qt::ISODate)},
            {QStringLiteral("rules"), rulesJson(p.months)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("records"), records}};
}

} // namespace

int CommandLine::retention(const QStringList& arguments)
{
    const QString usageText = tr("retention behöver FIL [--dry-run] eller FIL --set SLAG=MÅNADER");
    // --set may come more than once: taken out before the other options are read.
    QStringList args = arguments;
    std::vector<std::pair<Kind, int>> rules;
    for (qsizetype at = args.indexOf(QStringLiteral("--set")); at >= 0;
         at = args.indexOf(QStringLiteral("--set"))) {
        const QString rule = args.value(at + 1);
        args.remove(at, std::min<qsizetype>(2, args.size() - at));
        for (const QString& one : rule.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString kind = one.section(QLatin1Char('='), 0, 0).trimmed();
            const QString monthsText = one.section(QLatin1Char('='), 1).trimmed();
            const auto k = RetentionRule::kKinds.fromCode(kind);
            if (!k)
                return usageError(
                    tr("okänt slag av post: %1 (välj incident, threat_assessment eller person_left)")
                        .arg(kind));
            bool ok = false;
            const int months = monthsText.toInt(&ok);
            if (!ok || months < 0 || months > RetentionRule::kMaxMonths)
                return usageError(tr("%1: antalet månader ska vara ett heltal från 0 (för alltid) till %2")
                                      .arg(one)
                                      .arg(RetentionRule::kMaxMonths));
            rules.emplace_back(*k, months);
        }
        if (rule.isEmpty())
            return usageError(usageText);
    }
    const Arguments a = Arguments::parse(args, {}, {QStringLiteral("--dry-run")});
    if (!a.problem.isEmpty())
        return usageError(a.problem);
    if (a.positional.size() != 1)
        return usageError(usageText);
    const QString path = a.positional.first();
    if (!QFileInfo::exists(path))
        return failure(tr("Filen %1 finns inte.").arg(QDir::toNativeSeparators(path)));
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));

    auto reg = Register::open(path);
    reportRecovery(reg->database());
    if (!rules.empty()) {
        // Setting rules clears nothing: the output is what a run would clear with them.
        reg->retentionRules().set(rules);
    }
    RetentionRun run(*reg);
    if (dryRun || !rules.empty()) {
        QJsonObject out = previewJson(run.preview());
        out.insert(QStringLiteral("dryRun"), true);
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    const RetentionRun::Result result = run.run(BackupStore::defaultFolder());
    QJsonObject out = previewJson(result.cleared);
    out.insert(QStringLiteral("dryRun"), false);
    out.insert(QStringLiteral("backup"), result.backupPath.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QDir::toNativeSeparators(result.backupPath)));
    out.insert(QStringLiteral("historyValuesCleared"), result.historyEntriesCleared);
    m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace sakra
