#include "CommandLine.h"
#include "Register.h"
#include "i18n/Translation.h"
#include "report/ReportDraft.h"
#include "report/ReportWriter.h"
#include "storage/Errors.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

const QStringList kValueOptions = {QStringLiteral("--kind"),
                                   QStringLiteral("--scope"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("--lang"),
                                   QStringLiteral("--out"),
                                   QStringLiteral("--classification"),
                                   QStringLiteral("--date"),
                                   QStringLiteral("--dnr"),
                                   QStringLiteral("--draft")};

// What a draft decides for itself: given together with --draft they would contradict it.
const QStringList kDraftDecides = {QStringLiteral("--kind"),          QStringLiteral("--scope"),
                                   QStringLiteral("--from"),          QStringLiteral("--to"),
                                   QStringLiteral("--date"),          QStringLiteral("--dnr"),
                                   QStringLiteral("--classification")};

QDate parseDate(const QString& option, const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        throw Error(QCoreApplication::translate("sakra::CommandLine",
                                                "ogiltigt datum till %1: ”%2” (skriv ÅÅÅÅ-MM-DD)")
                        .arg(option, text));
    return date;
}

// The saved draft named on the command line: an id, or the name of exactly one draft (letter case
// aside).
ReportDraft findDraft(Register& reg, const QString& wanted)
{
    const QString name = wanted.trimmed();
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    std::vector<ReportDraft> found;
    for (ReportDraft& d : reg.reportDrafts().all())
        if ((isId && d.id == id) || d.name.compare(name, Qt::CaseInsensitive) == 0)
            found.push_back(std::move(d));
    if (found.empty())
        throw Error(tr("inget utkast heter ”%1” (ange utkastets namn eller id)").arg(name));
    if (found.size() > 1) {
        QStringList ids;
        for (const ReportDraft& d : found)
            ids << QString::number(d.id);
        throw Error(tr("%1 utkast heter ”%2”; ange utkastets id i stället (%3)")
                        .arg(found.size())
                        .arg(name, ids.join(QStringLiteral(", "))));
    }
    return found.front();
}

} // namespace

// The scope named on the command line: an id, or the name of exactly one unit.
qint64 CommandLine::resolveUnit(Register& reg, const QString& scope)
{
    bool isId = false;
    const qint64 id = scope.toLongLong(&isId);
    if (isId) {
        if (!reg.units().find(id))
            throw Error(tr("ingen enhet har id %1").arg(id));
        return id;
    }
    const QList<qint64> matches = reg.units().idsNamed(scope);
    if (matches.isEmpty())
        throw Error(tr("ingen enhet heter ”%1”").arg(scope));
    if (matches.size() > 1)
        throw Error(tr("%1 enheter heter ”%2”; ange enhetens id i stället").arg(matches.size()).arg(scope));
    return matches.first();
}

int CommandLine::report(const QStringList& args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("report behöver ett filnamn"));
    QHash<QString, QString> values;
    for (qsizetype i = 1; i < args.size(); i += 2) {
        if (!kValueOptions.contains(args.at(i)))
            return usageError(tr("okänd flagga till report: %1").arg(args.at(i)));
        if (i + 1 >= args.size())
            return usageError(tr("%1 behöver ett värde").arg(args.at(i)));
        values.insert(args.at(i), args.at(i + 1));
    }
    const QString out = values.value(QStringLiteral("--out"));
    if (values.contains(QStringLiteral("--draft"))) {
        if (out.isEmpty() || values.value(QStringLiteral("--draft")).trimmed().isEmpty())
            return usageError(tr("report behöver FIL --draft NAMN --out UT.pdf"));
        for (const QString& option : kDraftDecides)
            if (values.contains(option))
                return usageError(
                    tr("%1 går inte ihop med --draft: utkastet bestämmer det självt").arg(option));
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return failure(tr("report kan bara köras från sakra-cli"));
        auto reg = Register::openReadOnly(args.first());
        // The draft's own kind, scope, period, language, title, texts and signatories.
        const ReportDraft draft = findDraft(*reg, values.value(QStringLiteral("--draft")));
        const auto result = report::ReportWriter::writePdf(*reg, draft.toRequest(), out);
        m_out << tr("Skrev %1 (%2 sidor) från utkastet %3")
                     .arg(QDir::toNativeSeparators(out))
                     .arg(result.pages)
                     .arg(draft.name)
              << '\n';
        return 0;
    }
    if (out.isEmpty() || !values.contains(QStringLiteral("--kind")))
        return usageError(tr("report behöver FIL --kind SLAG --out UT.pdf"));

    const QString kindCode = values.value(QStringLiteral("--kind"));
    const auto kind = report::kReportKinds.fromCode(kindCode);
    if (!kind)
        return failure(tr("okänt rapportslag: ”%1” (välj %2)")
                           .arg(kindCode, report::reportKindCodes().join(QLatin1Char('|'))));
    report::ReportRequest request;
    request.kind = *kind;
    const QString lang = values.value(QStringLiteral("--lang"), Translation::code(Translation::current()));
    if (lang != QLatin1String("sv") && lang != QLatin1String("en"))
        return failure(tr("okänt språk: ”%1” (välj sv|en)").arg(lang));
    request.language = lang == QLatin1String("en") ? report::Language::English : report::Language::Swedish;
    if (values.contains(QStringLiteral("--from")))
        request.from = parseDate(QStringLiteral("--from"), values.value(QStringLiteral("--from")));
    if (values.contains(QStringLiteral("--to")))
        request.to = parseDate(QStringLiteral("--to"), values.value(QStringLiteral("--to")));
    if (values.contains(QStringLiteral("--date")))
        request.documentDate = parseDate(QStringLiteral("--date"), values.value(QStringLiteral("--date")));
    if (request.from.isValid() && request.to.isValid() && request.to < request.from)
        return failure(tr("--to ligger före --from"));
    request.classification = values.value(QStringLiteral("--classification"));
    request.registrationNumber = values.value(QStringLiteral("--dnr"));

    // Fonts and PDF painting need the GUI application object (main makes one for report).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return failure(tr("report kan bara köras från sakra-cli"));

    auto reg = Register::openReadOnly(args.first());
    if (values.contains(QStringLiteral("--scope")))
        request.scopeUnitId = resolveUnit(*reg, values.value(QStringLiteral("--scope")));
    const auto result = report::ReportWriter::writePdf(*reg, request, out);
    m_out << tr("Skrev %1 (%2 sidor)").arg(QDir::toNativeSeparators(out)).arg(result.pages) << '\n';
    return 0;
}

} // namespace sakra
