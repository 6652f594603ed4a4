#include "Arguments.h"
#include "CommandLine.h"
#include "search/RegisterSearch.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

} // namespace

int CommandLine::search(const QStringList& args)
{
    const QString usageText = tr("search behöver FIL TEXT [--limit N] [--include-restricted]");
    const Arguments a =
        Arguments::parse(args, {QStringLiteral("--limit")}, {QStringLiteral("--include-restricted")});
    if (!a.problem.isEmpty())
        return usageError(a.problem);
    if (a.positional.size() != 2 || a.flags.size() > 1)
        return usageError(usageText);
    SearchRequest request;
    request.text = a.positional.at(1);
    request.includeRestricted = a.flags.contains(QStringLiteral("--include-restricted"));
    if (a.values.contains(QStringLiteral("--limit"))) {
        bool ok = false;
        request.limitPerArea = a.values.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || request.limitPerArea < 1 || request.limitPerArea > 100000)
            return usageError(tr("--limit behöver ett heltal från 1 till 100000"));
    }
    if (!RegisterSearch::hasWords(request.text))
        return usageError(tr("search behöver en TEXT med minst en bokstav eller siffra"));

    const QString path = a.positional.first();
    refuseInterrupted(path);
    // Read-only: searching never changes the register, and a file in use elsewhere stays as it is.
    Database db;
    db.openReadOnly(path);
    if (db.schemaVersion() < Schema::currentVersion())
        return failure(tr("%1 har ett äldre filformat (%2); öppna det en gång med Säkra eller sakra-cli "
                          "stats så uppgraderas det")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(db.schemaVersion()));
    QJsonArray hits;
    for (const SearchHit& hit : RegisterSearch(db).find(request))
        hits.append(QJsonObject{{QStringLiteral("area"), hit.area},
                                {QStringLiteral("uuid"), hit.uuid},
                                {QStringLiteral("title"), hit.title},
                                {QStringLiteral("unit"),
                                 hit.unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hit.unit)}});
    m_out << QJsonDocument(hits).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace sakra
