// sakra-cli's commands on the register file itself: recover, backup, restore and verify.
#include "CommandLine.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/HashChain.h"
#include "storage/InterruptedWrite.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

} // namespace

void CommandLine::refuseInterrupted(const QString& path)
{
    if (InterruptedWrite::detect(path))
        throw InterruptedWriteError(InterruptedWrite::readOnlyMessage(path));
}

void CommandLine::reportRecovery(const Database& db)
{
    if (!db.interruptedCopy().isEmpty())
        m_err << InterruptedWrite::recoveredMessage(db.path(), db.interruptedCopy()) << '\n';
}

int CommandLine::recover(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("recover behöver exakt ett filnamn"));
    const QString path = args.first();
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return failure(tr("Filen %1 finns inte.").arg(shown));
    if (!InterruptedWrite::detect(path)) {
        m_out << tr("%1: ingen avbruten ändring att ångra.").arg(shown) << '\n';
        return 0;
    }
    // Opening for work copies the file and journal aside, rolls back and runs the usual checks.
    Database db;
    db.openExisting(path);
    const QString problem = db.integrityProblem();
    m_out << InterruptedWrite::recoveredMessage(path, db.interruptedCopy()) << '\n';
    if (!problem.isEmpty())
        return failure(tr("%1 är skadad: %2").arg(shown, problem));
    return 0;
}

int CommandLine::backup(const QStringList& args)
{
    const QString out = option(args, QStringLiteral("--out"));
    if (args.size() != 3 || out.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("backup behöver FIL --out KOPIA.sakra"));
    if (QFileInfo::exists(out))
        return failure(tr("%1 finns redan; välj ett nytt filnamn.").arg(QDir::toNativeSeparators(out)));
    Database db;
    db.openReadOnly(args.first());
    db.backupTo(out);
    m_out << tr("Sparade en kopia av %1 i %2")
                 .arg(QDir::toNativeSeparators(args.first()), QDir::toNativeSeparators(out))
          << '\n';
    return 0;
}

int CommandLine::restore(const QStringList& args)
{
    const QString from = option(args, QStringLiteral("--from"));
    if (args.size() != 3 || from.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("restore behöver FIL --from KOPIA.sakra"));
    const BackupStore store;
    const QString before = store.restore(args.first(), from);
    m_out << tr("Återställde %1 från %2.")
                 .arg(QDir::toNativeSeparators(args.first()), QDir::toNativeSeparators(from));
    if (!before.isEmpty())
        m_out << ' ' << tr("Det tidigare innehållet finns i %1.").arg(QDir::toNativeSeparators(before));
    m_out << '\n';
    return 0;
}

int CommandLine::verify(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usageError(tr("verify behöver exakt ett filnamn"));
    Database db;
    db.openReadOnly(args.first());
    if (db.schemaVersion() < Schema::currentVersion())
        return failure(
            tr("%1 har ett äldre filformat (%2) utan kedjad ändringshistorik; öppna det en gång med Säkra "
               "så byggs kedjan")
                .arg(QDir::toNativeSeparators(args.first()))
                .arg(db.schemaVersion()));
    const HashChain::Verification result = HashChain::verify(db);
    if (!result.intact())
        return failure(
            tr("ändringshistoriken har ändrats utanför Säkra: post %1 (%2) stämmer inte; den eller "
               "posten före den har ändrats, tagits bort eller lagts till")
                .arg(result.firstBrokenId)
                .arg(result.firstBrokenAt));
    m_out << tr("%1 poster, kedjan är obruten").arg(result.entries) << '\n';
    return 0;
}

} // namespace sakra
