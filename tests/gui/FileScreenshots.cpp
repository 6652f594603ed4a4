// Renders what the register file shows a person: the message after an interrupted write, two
// windows on one file with a refused stale edit, the restore dialog and a read-only register.
// Usage: sakra-file-screenshots OUTDIR (under xvfb-run -a; scripts/screenshots.sh runs it).
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "SampleMunicipality.h"
#include "ScreenshotSupport.h"
#include "retention/RetentionActions.h"
#include "storage/Query.h"
#include "widgets/RestoreBackupDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sakra;
using namespace sakra::gui;

namespace {

// The boxes here open on a worker's answer: more rounds than the other tools need.
void settle()
{
    sakra::test::shots::settle(10);
}

// 1 when the file could not be written, for counting failures.
int save(QWidget& widget, const QString& folder, const QString& name)
{
    settle();
    return sakra::test::shots::save(widget, folder, QStringLiteral("file-") + name) ? 0 : 1;
}

QMessageBox* newest(QWidget& window, const char* name)
{
    const QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>(QLatin1String(name));
    return boxes.isEmpty() ? nullptr : boxes.last();
}

void selectFirstRisk(MainWindow& window)
{
    window.showArea(QStringLiteral("risk"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("riskTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    settle();
}

void retitle(MainWindow& window, const QString& title)
{
    window.findChild<QLineEdit*>(QStringLiteral("riskTitleEdit"))->setText(title);
    window.findChild<QPushButton*>(QStringLiteral("riskApplyButton"))->click();
}

// What a crash in the middle of a large write leaves (see the interrupted-write tests).
void interruptedCopy(const QString& source, const QString& copy)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        db.setDatabaseName(source);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA cache_size = 2"));
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.exec(QStringLiteral("UPDATE org_unit SET note = hex(randomblob(1500))"));
        QFile::copy(source, copy);
        QFile::copy(source + QStringLiteral("-journal"), copy + QStringLiteral("-journal"));
        q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto args =
        test::shots::setUpTool(app, QStringLiteral("SakraScreenshots"),
                               QStringLiteral("sakra-file-screenshots"), QStringLiteral("OUTDIR"));
    if (!args)
        return 2;
    const QString out = args->at(1);
    QDir().mkpath(out);
    QTemporaryDir work;
    qputenv("SAKRA_BACKUP_DIR", QFile::encodeName(work.filePath(QStringLiteral("backups"))));
    const QString path = work.filePath(QStringLiteral("lindvalla.sakra"));
    {
        auto reg = Register::create(path);
        test::SampleMunicipality::populateDemo(*reg);
    }
    int failures = 0;

    {
        const QString cut = work.filePath(QStringLiteral("avbruten.sakra"));
        interruptedCopy(path, cut);
        MainWindow window;
        window.resize(test::shots::windowSize());
        window.show();
        window.openFile(cut);
        if (QMessageBox* box = newest(window, "recoveredMessage"))
            failures += save(*box, out, QStringLiteral("01-avbruten-andring"));
        else
            ++failures;
        window.fileActions().waitForBackup();
    }
    {
        MainWindow a;
        MainWindow b;
        for (MainWindow* w : {&a, &b}) {
            w->resize(test::shots::windowSize());
            w->show();
            w->openFile(path);
        }
        // b has the risk in its editor before a changes it.
        selectFirstRisk(a);
        selectFirstRisk(b);
        retitle(a, QStringLiteral("Hot mot personal i receptionen"));
        retitle(b, QStringLiteral("Hot i entrén"));
        failures += save(b, out, QStringLiteral("02-andrad-annanstans"));
        if (QMessageBox* box = newest(b, "conflictMessage"))
            failures += save(*box, out, QStringLiteral("03-andrad-annanstans-fraga"));
        else
            ++failures;
        RestoreBackupDialog dialog(path, RegisterFileActions::backupFolder(), &b);
        dialog.show();
        failures += save(dialog, out, QStringLiteral("04-aterstall"));
        a.fileActions().waitForBackup();
        b.fileActions().waitForBackup();
    }
    {
        // Arkiv > Gallring...: the demo's rules and what they would clear.
        MainWindow window;
        window.resize(test::shots::windowSize());
        window.show();
        window.openFile(path);
        window.retention().retentionAction()->trigger();
        if (auto* dialog = window.findChild<QDialog*>(QStringLiteral("retentionDialog")))
            failures += save(*dialog, out, QStringLiteral("06-gallring"));
        else
            ++failures;
        window.fileActions().waitForBackup();
    }
    {
        QFile::setPermissions(path, QFile::ReadOwner);
        const bool root = QFileInfo(path).isWritable();
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path});
        MainWindow window;
        window.resize(test::shots::windowSize());
        window.show();
        window.openFile(path);
        window.showArea(QStringLiteral("risk"));
        failures += save(window, out, QStringLiteral("05-skrivskyddat"));
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    return failures == 0 ? 0 : 1;
}
