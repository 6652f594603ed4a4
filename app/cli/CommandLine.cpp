#include "CommandLine.h"

#include "Register.h"
#include "exchange/DemoMunicipality.h"
#include "exchange/Generator.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "i18n/LanguageScope.h"
#include "i18n/Translation.h"
#include "storage/BackupStore.h"
#include "storage/InterruptedWrite.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <optional>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

// Names in the stats output, per table.
const std::pair<const char*, const char*> kStatNames[] = {
    {"org_unit", "units"},
    {"site", "sites"},
    {"unit_site", "unitSites"},
    {"unit_board", "unitBoards"},
    {"person", "people"},
    {"security_role", "securityRoles"},
    {"assignment", "assignments"},
    {"planned_post", "plannedPosts"},
    {"focus_area", "focusAreas"},
    {"profile_area", "profileAreas"},
    {"milestone", "milestones"},
    {"budget_line", "budgetLines"},
    {"risk_category", "riskCategories"},
    {"risk_matrix", "riskMatrices"},
    {"risk_inventory", "riskInventories"},
    {"risk", "risks"},
    {"security_walk", "securityWalks"},
    {"walk_finding", "walkFindings"},
    {"premises_inventory", "premisesInventories"},
    {"threat_assessment", "threatAssessments"},
    {"action_kind", "actionKinds"},
    {"action", "actions"},
    {"action_risk", "actionRisks"},
    {"action_note", "actionNotes"},
    {"incident", "incidents"},
    {"incident_risk", "incidentRisks"},
    {"incident_action", "incidentActions"},
    {"training", "trainings"},
    {"routine", "routines"},
    {"routine_unit", "routineUnits"},
    {"alarm_equipment", "alarmEquipment"},
    {"assessment_override", "assessmentOverrides"},
    {"report_draft", "reportDrafts"},
    {"retention_rule", "retentionRules"},
    {"change_log", "historyEntries"},
};

} // namespace

QString CommandLine::usage()
{
    return tr(
        "Användning: sakra-cli [--lang sv|en] KOMMANDO [ARGUMENT]\n"
        "\n"
        "Kommandon:\n"
        "  init FIL [--demo]               skapa ett nytt register (med demokommunen)\n"
        "  check FIL                       kontrollera att filen är ett läsbart, helt register\n"
        "  stats FIL                       antal poster per slag, som JSON\n"
        "  export FIL --out DATA.json [--include-restricted]\n"
        "                                  skriv hela registret som JSON; hotbildsbedömningar\n"
        "                                  tas bara med när --include-restricted anges\n"
        "  export FIL --out DATA.xlsx [--table TABELL] [--include-restricted]\n"
        "                                  skriv registret som kalkylark, ett blad per tabell\n"
        "  export FIL --out DATA.csv --table TABELL [--include-restricted]\n"
        "                                  skriv en tabell som CSV (semikolon, för Excel)\n"
        "  template --table TABELL --out MALL.xlsx\n"
        "                                  skriv en tom mall att fylla i för inläsning\n"
        "  import FIL --in DATA.json       läs in en JSON-export i ett nytt register från init\n"
        "  import FIL --in DATA.xlsx|DATA.csv [--table TABELL] [--dry-run]\n"
        "                                  läs in ett kalkylark, helt eller inte alls; skriver antal\n"
        "                                  nya, ändrade, oförändrade och avvisade rader som JSON\n"
        "                                  (slutkod 1 om någon rad avvisas: inget ändras då)\n"
        "  recover FIL                     ångra en ändring som avbröts (krasch, strömavbrott); kopior\n"
        "                                  av filen och journalen läggs i FIL.interrupted-…\n"
        "  backup FIL --out KOPIA.sakra    spara en kopia av registret\n"
        "  restore FIL --from KOPIA.sakra  ersätt registret med en kopia; det nuvarande innehållet\n"
        "                                  sparas först i mappen för säkerhetskopior\n"
        "  verify FIL                      kontrollera att ändringshistoriken inte ändrats utanför Säkra\n"
        "  package FIL --unit ENHET --out DEL.sakra [--to MOTTAGARE]\n"
        "                                  lämna ut enheten (namn eller id) med allt under den för\n"
        "                                  arbete utan nätverk; DEL.sakra öppnas i Säkra som vanligt\n"
        "  merge FIL --package DEL.sakra [--dry-run] [--json] [--prefer central|site]\n"
        "                                  ta emot en utlämnad del: ändringar på bara ena sidan tas\n"
        "                                  med; finns konflikter ändras inget (slutkod 1) utom med\n"
        "                                  --prefer, som avgör alla åt ett håll\n"
        "  server init URL                 gör ett gemensamt register i en tom PostgreSQL-databas;\n"
        "                                  URL är en libpq-adress (postgresql://värd/databas eller\n"
        "                                  host=… dbname=…) för en superanvändare\n"
        "  server import URL --from FIL    för över ett helt register från en fil till ett tomt\n"
        "                                  gemensamt register\n"
        "  server grant URL --user INLOGGNING --unit ENHET --role manager|coordinator|head\n"
        "         [--restricted] [--password LÖSENORD]\n"
        "                                  ge en inloggning enheten (chef: enheten och under den;\n"
        "                                  samordnare: förvaltningen; head: allt); --restricted även\n"
        "                                  hotbildsbedömningar; inloggningen skapas om den saknas\n"
        "  server revoke URL --user INLOGGNING [--unit ENHET]\n"
        "                                  ta bort behörigheter (alla, eller den på enheten)\n"
        "  server users URL                vilka som har behörighet till vad, som JSON\n"
        "  search FIL TEXT [--limit N] [--include-restricted]\n"
        "                                  sök i alla områden; varje ord i TEXT ska inleda ett ord\n"
        "                                  i posten (stora och små bokstäver lika, å, ä och ö egna\n"
        "                                  bokstäver); högst N träffar per område (20), de senast\n"
        "                                  registrerade först, som JSON med area, uuid, title och\n"
        "                                  unit; hotbildsbedömningar bara med --include-restricted\n"
        "  generate FIL --scale small|municipality|stockholm\n"
        "                                  skapa ett syntetiskt register för test och mätning\n"
        "  assess FIL [--scope ENHET] [--as-of DATUM]\n"
        "                                  självskattningen (ja, i huvudsak, delvis, nej) per enhet,\n"
        "                                  förvaltning och nämnd som JSON, med skäl och\n"
        "                                  rekommendationer; ENHET är namn eller id; utan ENHET även\n"
        "                                  kommunen som helhet; per DATUM (ÅÅÅÅ-MM-DD, i dag om det\n"
        "                                  inte anges) med det som var registrerat som sant då\n"
        "  report FIL --kind measures|annual|organisation|situation|assessment --out UT.pdf\n"
        "         [--scope ENHET] [--from DATUM] [--to DATUM] [--date DATUM]\n"
        "         [--dnr DIARIENUMMER] [--classification TEXT]\n"
        "                                  skriv en nämndhandling som PDF/A för enheten (namn eller\n"
        "                                  id; hela kommunen om den inte anges) och perioden\n"
        "                                  (ÅÅÅÅ-MM-DD); --classification skrivs överst på varje sida\n"
        "  report FIL --draft NAMN --out UT.pdf\n"
        "                                  skriv ett sparat utkast (namn eller id) med dess egen\n"
        "                                  rubrik, slag, omfattning, period, språk, texter och\n"
        "                                  undertecknare\n"
        "  retention FIL [--dry-run]       gallra: töm fritext och personuppgifter i händelser,\n"
        "                                  hotbildsbedömningar och personer som passerat tiden i\n"
        "                                  registrets gallringsregler; statistiken består; en\n"
        "                                  säkerhetskopia görs först; skriver vad som gallrades\n"
        "                                  (med --dry-run: vad som skulle gallras) som JSON\n"
        "  retention FIL --set SLAG=MÅNADER[,SLAG=MÅNADER]\n"
        "                                  spara gallringsregler (SLAG: incident,\n"
        "                                  threat_assessment, person_left; 0 = bevara för alltid)\n"
        "                                  och visa vad en gallring skulle tömma; inget gallras\n"
        "\n"
        "Flaggor:\n"
        "  --lang sv|en                    svenska eller engelska: hjälpen, meddelandena, texterna\n"
        "                                  i JSON och handlingarna (annars systemets språk)\n"
        "  --help                          visa den här hjälpen\n"
        "  --version                       visa versionen\n"
        "\n"
        "Säkerhetskopior läggs i mappen backups bredvid standardregistret, eller i\n"
        "$SAKRA_BACKUP_DIR om den är satt.\n"
        "\n"
        "Slutkod: 0 klart, 1 fel (en rad på standard error), 2 felaktig användning,\n"
        "3 den senaste ändringen avbröts: kör sakra-cli recover FIL.\n");
}

int CommandLine::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    // --lang sv|en, before or after the command: the language of the help, the messages, the
    // labels in JSON and the documents written, for this run.
    std::optional<LanguageScope> language;
    for (qsizetype at = args.indexOf(QStringLiteral("--lang")); at >= 0;
         at = args.indexOf(QStringLiteral("--lang"))) {
        const QString code = args.value(at + 1);
        if (code != QLatin1String("sv") && code != QLatin1String("en")) {
            // As the commands refused a wrong value before: report as a failed run in one line,
            // the others as wrong usage.
            const QString message = tr("okänt språk: %1 (välj sv eller en)").arg(code);
            return args.contains(QStringLiteral("report")) ? failure(message) : usageError(message);
        }
        language.emplace(*Translation::fromCode(code));
        args.remove(at, 2);
    }
    if (args.isEmpty())
        return usageError(tr("inget kommando angavs"));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return 0;
    }
    if (command == QLatin1String("--version")) {
        m_out << "sakra-cli " << SAKRA_VERSION << '\n';
        return 0;
    }
    try {
        if (command == QLatin1String("init"))
            return init(rest);
        if (command == QLatin1String("check"))
            return check(rest);
        if (command == QLatin1String("stats"))
            return stats(rest);
        if (command == QLatin1String("export"))
            return exportJson(rest);
        if (command == QLatin1String("template"))
            return writeTemplate(rest);
        if (command == QLatin1String("import"))
            return importJson(rest);
        if (command == QLatin1String("generate"))
            return generate(rest);
        if (command == QLatin1String("assess"))
            return assess(rest);
        if (command == QLatin1String("report"))
            return report(rest);
        if (command == QLatin1String("recover"))
            return recover(rest);
        if (command == QLatin1String("backup"))
            return backup(rest);
        if (command == QLatin1String("restore"))
            return restore(rest);
        if (command == QLatin1String("verify"))
            return verify(rest);
        if (command == QLatin1String("package"))
            return package(rest);
        if (command == QLatin1String("merge"))
            return merge(rest);
        if (command == QLatin1String("server"))
            return server(rest);
        if (command == QLatin1String("search"))
            return search(rest);
        if (command == QLatin1String("retention"))
            return retention(rest);
    } catch (const InterruptedWriteError& e) {
        m_err << "sakra-cli: " << e.message() << '\n';
        return 3;
    } catch (const Error& e) {
        return failure(e.message());
    }
    return usageError(tr("okänt kommando: %1").arg(command));
}

int CommandLine::usageError(const QString& message)
{
    m_err << "sakra-cli: " << message << '\n' << tr("Skriv sakra-cli --help för hjälp.") << '\n';
    return 2;
}

int CommandLine::failure(const QString& message)
{
    m_err << "sakra-cli: " << message << '\n';
    return 1;
}

QString CommandLine::option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

int CommandLine::init(const QStringList& args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("init behöver ett filnamn"));
    for (const QString& a : args.mid(1))
        if (a != QLatin1String("--demo"))
            return usageError(tr("okänd flagga till init: %1").arg(a));
    const QString path = args.first();
    auto reg = Register::create(path);
    if (args.contains(QStringLiteral("--demo"))) {
        try {
            DemoMunicipality::populate(*reg);
        } catch (...) {
            reg.reset();
            QFile::remove(path);
            throw;
        }
    }
    m_out << tr("Skapade %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

int CommandLine::check(const QStringList& args)
{
    if (args.size() != 1)
        return usageError(tr("check behöver exakt ett filnamn"));
    // Read-only: a register of an older version is readable (it is upgraded when opened for
    // work), and check never changes the file it looks at.
    Database db;
    db.openReadOnly(args.first());
    const QString problem = db.integrityProblem();
    if (!problem.isEmpty())
        return failure(tr("%1 är skadad: %2").arg(QDir::toNativeSeparators(args.first()), problem));
    const int version = db.schemaVersion();
    QString line =
        tr("%1: ett helt register, filformat %2").arg(QDir::toNativeSeparators(args.first())).arg(version);
    if (version < Schema::currentVersion())
        line += tr(" (uppgraderas till %1 när det öppnas)").arg(Schema::currentVersion());
    m_out << line << '\n';
    return 0;
}

int CommandLine::stats(const QStringList& args)
{
    if (args.size() != 1)
        return usageError(tr("stats behöver exakt ett filnamn"));
    refuseInterrupted(args.first());
    // Reading only: a register the user may not write is read as it is.
    auto reg = Register::open(args.first(), Database::WhenNotWritable::OpenReadOnly);
    QJsonObject counts;
    for (const auto& [table, count] : reg->stats()) {
        QString name = table;
        for (const auto& [t, n] : kStatNames)
            if (table == QLatin1String(t))
                name = QLatin1String(n);
        counts.insert(name, count);
    }
    m_out << QJsonDocument(counts).toJson(QJsonDocument::Indented);
    return 0;
}

int CommandLine::exportJson(const QStringList& args)
{
    const QString out = option(args, QStringLiteral("--out"));
    if (!out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !out.isEmpty())
        return exportSpreadsheet(args);
    const bool restricted = args.contains(QStringLiteral("--include-restricted"));
    if (args.size() != (restricted ? 4 : 3) || out.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("export behöver FIL --out DATA.json [--include-restricted]"));
    refuseInterrupted(args.first());
    // Reading only: a register the user may not write is read as it is.
    auto reg = Register::open(args.first(), Database::WhenNotWritable::OpenReadOnly);
    const QByteArray json = JsonExporter::exportRegister(*reg, restricted);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("kan inte skriva %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    // The export holds the same sensitive data as the register: owner-only.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(json);
    if (!file.commit())
        return failure(tr("kan inte skriva %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    return 0;
}

int CommandLine::importJson(const QStringList& args)
{
    const QString in = option(args, QStringLiteral("--in"));
    if (!in.isEmpty() && !in.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return importSpreadsheet(args);
    if (args.size() != 3 || in.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("import behöver FIL --in DATA.json"));
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("kan inte läsa %1: %2").arg(QDir::toNativeSeparators(in), file.errorString()));
    const QByteArray json = file.readAll();
    auto reg = Register::open(args.first());
    reportRecovery(reg->database());
    // A copy first: an import rewrites much, and the file is the user's work.
    BackupStore().make(reg->database(), BackupStore::Reason::Import);
    try {
        JsonImporter::importRegister(*reg, json);
    } catch (const ImportError& e) {
        return failure(tr("%1 lästes inte in: %2").arg(QDir::toNativeSeparators(in), e.message()));
    }
    return 0;
}

int CommandLine::generate(const QStringList& args)
{
    const QString scaleName = option(args, QStringLiteral("--scale"));
    if (args.size() != 3 || scaleName.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("generate behöver FIL --scale small|municipality|stockholm"));
    const auto scale = Generator::scaleFromName(scaleName);
    if (!scale)
        return usageError(tr("okänd skala: %1 (välj small, municipality eller stockholm)").arg(scaleName));
    const QString path = args.first();
    const bool existed = QFileInfo::exists(path);
    auto reg = existed ? Register::open(path) : Register::create(path);
    reportRecovery(reg->database());
    if (existed && !reg->holdsNoData())
        return failure(tr("%1 innehåller redan uppgifter; generate skriver bara till ett nytt register")
                           .arg(QDir::toNativeSeparators(path)));
    QElapsedTimer timer;
    timer.start();
    try {
        Generator::generate(*reg, *scale, 20221, [this](int done, int total) {
            m_err << QLatin1Char('\r') << tr("%1 av %2 enheter").arg(done).arg(total);
            m_err.flush();
        });
    } catch (...) {
        if (!existed) {
            reg.reset();
            QFile::remove(path);
        }
        throw;
    }
    m_err << '\n';
    m_out << tr("Skapade %1 på %2 s")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n';
    return 0;
}

} // namespace sakra
