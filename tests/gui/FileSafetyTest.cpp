// The register file beyond doubt in the GUI: two windows on one file, and a register whose import
// was killed half-way.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Register.h"
#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "exchange/Generator.h"
#include "exchange/JsonExporter.h"
#include "risk/RiskTableModel.h"
#include "storage/BackupStore.h"
#include "storage/InterruptedWrite.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "widgets/MessageLabel.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <thread>

using namespace sakra;
using namespace sakra::gui;
using sakra::test::find;

namespace {

// One window on the risk area of path, with the first risk selected.
struct RiskWindow
{
    MainWindow window;
    RiskTableModel* model = nullptr;

    explicit RiskWindow(const QString& path)
    {
        test::openShown(window, path);
        window.showArea(QStringLiteral("risk"));
        auto* table = find<QTableView>(window, "riskTable");
        model = test::modelOf<RiskTableModel>(table);
        table->setCurrentIndex(model->index(0, 0));
    }

    void retitle(const QString& title)
    {
        auto* edit = find<QLineEdit>(window, "riskTitleEdit");
        edit->selectAll();
        test::typeText(edit, title);
        QTest::mouseClick(find<QPushButton>(window, "riskApplyButton"), Qt::LeftButton);
    }
};

// The newest message box of that name.
QMessageBox* shownBox(QWidget& window, const char* name)
{
    const QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>(QLatin1String(name));
    INFO("message box " << name);
    REQUIRE_FALSE(boxes.isEmpty());
    return boxes.last();
}

// Whether the journal at path has its header (the first byte of SQLite's journal magic).
} // namespace

TEST_CASE("Two windows on one file see each other's edits, refuse a stale edit with both values and wait for "
          "a short write",
          "[gui][concurrency]")
{
    test::TempRegisterFile file;
    RiskWindow a(file.path());
    RiskWindow b(file.path());
    // b's opening refreshed the planner statistics, a commit a has not seen yet.
    a.window.session().checkForOutsideChanges();
    const Risk original = a.model->rowAt(0)->risk;
    REQUIRE(b.model->rowAt(0)->risk.id == original.id);

    // Window a renames the risk; b does not know yet.
    a.retitle(QStringLiteral("Hot mot personal i receptionen"));
    REQUIRE(a.window.session().reg().risks().get(original.id).title ==
            QStringLiteral("Hot mot personal i receptionen"));
    CHECK(b.model->rowAt(0)->risk.title == original.title);

    // b edits the risk as it loaded it: refused, with what is stored and what b wrote.
    QSignalSpy conflicts(&b.window.session(), &RegisterSession::conflictReported);
    b.retitle(QStringLiteral("Hot i entrén"));
    REQUIRE(conflicts.count() == 1);
    const QString shown = find<MessageLabel>(b.window, "riskMessage")->text();
    CHECK(shown.contains(QStringLiteral("ändrats någon annanstans")));
    CHECK(shown.contains(QStringLiteral("»Hot mot personal i receptionen«")));
    CHECK(shown.contains(QStringLiteral("»Hot i entrén«")));
    CHECK(b.window.session().reg().risks().get(original.id).title ==
          QStringLiteral("Hot mot personal i receptionen"));
    CHECK(b.window.session().undoStack()->count() == 0);
    // The box offers to load what is stored now.
    QMessageBox* box = shownBox(b.window, "conflictMessage");
    CHECK(box->informativeText() == conflicts.first().first().toString());
    auto* reload = box->findChild<QPushButton*>(QStringLiteral("conflictReloadButton"));
    REQUIRE(reload);
    QSignalSpy changed(&b.window.session(), &RegisterSession::changed);
    reload->click();
    REQUIRE(changed.count() >= 1);
    CHECK(changed.last().first().value<ChangeSet>().isEverything());
    CHECK(b.model->rowAt(0)->risk.title == QStringLiteral("Hot mot personal i receptionen"));
    CHECK(find<QLineEdit>(b.window, "riskTitleEdit")->text() ==
          QStringLiteral("Hot mot personal i receptionen"));

    // Another change in a reaches b when b looks (its timer does this every two seconds).
    a.retitle(QStringLiteral("Hot och våld i receptionen"));
    CHECK(b.model->rowAt(0)->risk.title == QStringLiteral("Hot mot personal i receptionen"));
    CHECK(b.window.session().checkForOutsideChanges());
    CHECK(b.model->rowAt(0)->risk.title == QStringLiteral("Hot och våld i receptionen"));
    CHECK_FALSE(b.window.session().checkForOutsideChanges()); // nothing new since
    // a's own edits are not news to a.
    CHECK_FALSE(a.window.session().checkForOutsideChanges());

    // b saves while another program holds a short write: it waits and succeeds.
    std::atomic<bool> holding{false};
    std::thread other([&] {
        Database db;
        db.openExisting(file.path());
        Transaction tx(db);
        Query(db, QStringLiteral("UPDATE org_unit SET note = 'en annan' WHERE parent_id IS NULL")).exec();
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        tx.commit();
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    b.retitle(QStringLiteral("Hot i receptionen, kvällstid"));
    other.join();
    CHECK(b.window.session().reg().risks().get(original.id).title ==
          QStringLiteral("Hot i receptionen, kvällstid"));
    CHECK(b.window.session().reg().units().root()->note == QStringLiteral("en annan"));

    // Each sees the other in its status bar, a at the latest when it next looks for b's commits.
    CHECK(a.window.session().checkForOutsideChanges());
    CHECK(a.window.session().otherHolders().size() == 1);
    CHECK(b.window.session().otherHolders().size() == 1);
    auto* holders = find<QLabel>(a.window, "holdersLabel");
    CHECK(holders->isVisible());
    CHECK(holders->text().contains(a.window.session().otherHolders().first()));
}

TEST_CASE(
    "A register whose import was killed half-way opens in its last completed state with a plain message",
    "[gui][crash]")
{
    // A synthetic register somewhat larger than the demo, so its import takes a moment.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("data.json"));
    {
        auto reg = Register::create(dir.filePath(QStringLiteral("källa.sakra")));
        Generator::generate(*reg, Generator::Scale::Small);
        QFile out(json);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(JsonExporter::exportRegister(*reg, true));
    }
    const QString path = dir.filePath(QStringLiteral("avbruten.sakra"));
    const QString journal = InterruptedWrite::journalPath(path);
    // The import runs as a separate program, killed as soon as it has begun to write.
    bool interrupted = false;
    for (int attempt = 0; attempt < 40 && !interrupted; ++attempt) {
        QFile::remove(path);
        QFile::remove(journal);
        for (const BackupStore::Entry& e : BackupStore().list(path))
            QFile::remove(e.path);
        Register::create(path).reset();
        QProcess import;
        import.start(QStringLiteral(SAKRA_CLI_PATH),
                     {QStringLiteral("import"), path, QStringLiteral("--in"), json});
        REQUIRE(import.waitForStarted());
        // The import makes its backup first; from then on a journal is the import's own.
        const BackupStore backups;
        while (import.state() == QProcess::Running && backups.list(path).isEmpty())
            QThread::usleep(200);
        // SQLite writes the journal's header last, once the journal is on disk; only then does it
        // write to the register itself. That moment, in the commit, is when the kill comes.
        while (import.state() == QProcess::Running && !test::journalReady(journal))
            QThread::usleep(100);
        import.kill();
        import.waitForFinished();
        interrupted = InterruptedWrite::detect(path);
    }
    REQUIRE(interrupted);

    MainWindow window;
    // A refusal would wait in a modal box; take it down and show its words instead of hanging.
    QStringList refusals;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (auto* modal = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            refusals << modal->text();
            modal->reject();
        }
    });
    watcher.start(50);
    const bool opened = window.openFile(path);
    INFO(refusals.join(QLatin1Char('\n')).toStdString());
    REQUIRE(opened);
    QMessageBox* box = shownBox(window, "recoveredMessage");
    CHECK(box->text().contains(QStringLiteral("avbröts")));
    CHECK(box->text().contains(QStringLiteral("senaste fullständiga ändringen")));
    CHECK_FALSE(box->text().contains(QStringLiteral("skadad")));
    // All or nothing: the import's rows are all gone, the copies kept aside.
    Register& reg = window.session().reg();
    CHECK(reg.holdsNoData());
    CHECK(reg.database().integrityProblem().isEmpty());
    CHECK(QFileInfo::exists(reg.database().interruptedCopy() + QStringLiteral("/avbruten.sakra-journal")));
    CHECK_FALSE(InterruptedWrite::detect(path));
    window.fileActions().waitForBackup();
}

TEST_CASE("The history check in the GUI reports an intact chain and one edited outside", "[gui][history]")
{
    test::TempRegisterFile file;
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    QSignalSpy verified(&window.fileActions(), &RegisterFileActions::verified);
    window.fileActions().verifyAction()->trigger();
    REQUIRE(verified.wait(20000));
    CHECK(verified.first().at(0).toBool());
    CHECK(verified.first().at(1).toString().contains(QStringLiteral("obruten")));

    // A tool changes an entry behind Säkra's back.
    {
        Database raw;
        raw.openExisting(file.path());
        Query(raw, QStringLiteral("UPDATE change_log SET actor = 'någon' WHERE id = 12")).exec();
    }
    window.fileActions().verifyAction()->trigger();
    REQUIRE(verified.wait(20000));
    CHECK_FALSE(verified.last().at(0).toBool());
    CHECK(verified.last().at(1).toString().contains(QStringLiteral("Post 12 (")));
    CHECK(shownBox(window, "verifyResult")->icon() == QMessageBox::Warning);
    window.fileActions().waitForBackup();
}

TEST_CASE("Opening a register makes the day's backup, and restoring brings an earlier state back",
          "[gui][backup]")
{
    test::TempRegisterFile file;
    MainWindow window;
    QSignalSpy made(&window.fileActions(), &RegisterFileActions::dailyBackupDone);
    REQUIRE(window.openFile(file.path()));
    REQUIRE(made.wait(20000));
    const QString copy = made.first().first().toString();
    REQUIRE(QFileInfo::exists(copy));
    const BackupStore store(RegisterFileActions::backupFolder());
    REQUIRE(store.list(file.path()).size() == 1);
    // Opening again the same day makes no second copy.
    REQUIRE(window.openFile(file.path()));
    REQUIRE(made.wait(20000));
    CHECK(made.last().first().toString().isEmpty());

    Register& reg = window.session().reg();
    const QString name = reg.units().root()->name;
    OrgUnit root = *reg.units().root();
    root.name = QStringLiteral("Omdöpt kommun");
    reg.units().update(root);

    // The dialog lists the copy with its contents; choosing it restores the register. What the
    // dialog showed is checked after it closed, so a failure never throws through its event loop.
    QString dialogName;
    QStringList rows;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogName = dialog->objectName();
        if (auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList")))
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                rows << list->topLevelItem(i)->text(1) + QLatin1Char('|') + list->topLevelItem(i)->text(2);
        if (auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")))
            restore->click();
        else
            dialog->reject();
    });
    window.fileActions().restoreAction()->trigger();
    CHECK(dialogName == QStringLiteral("restoreBackupDialog"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().startsWith(QStringLiteral("daglig|")));
    CHECK(rows.first().contains(QStringLiteral("enheter")));
    REQUIRE(window.session().hasRegister());
    CHECK(window.session().reg().units().root()->name == name);
    // What was there before the restore is itself kept.
    const QList<BackupStore::Entry> kept = store.list(file.path());
    REQUIRE(kept.size() >= 2);
    CHECK(kept.first().reason == BackupStore::Reason::Restore);
    window.fileActions().waitForBackup();
}

TEST_CASE(
    "A register the user may not write opens read-only with a note, and an edit is refused in plain words",
    "[gui][readonly]")
{
    test::TempRegisterFile file;
    // Root may write any file whose permission bits say no; the immutable flag stops root too.
    const bool root =
        QFileInfo(file.path()).ownerId() == 0 && QFile::exists(QStringLiteral("/usr/bin/chattr"));
    auto lock = [&](bool on) {
        if (root)
            return QProcess::execute(QStringLiteral("/usr/bin/chattr"),
                                     {on ? QStringLiteral("+i") : QStringLiteral("-i"), file.path()}) == 0;
        return QFile::setPermissions(file.path(),
                                     on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner);
    };
    REQUIRE(lock(true));
    struct Unlock
    {
        std::function<bool(bool)> lock;
        ~Unlock() { lock(false); }
    } unlock{lock};
    REQUIRE_FALSE(QFileInfo(file.path()).isWritable());
    const QByteArray before = [&] {
        QFile f(file.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    RiskWindow w(file.path());
    CHECK(w.window.session().reg().database().isReadOnly());
    CHECK(shownBox(w.window, "readOnlyMessage")->text().contains(QStringLiteral("skrivskyddad")));
    CHECK(find<QLabel>(w.window, "readOnlyLabel")->isVisible());
    CHECK_FALSE(w.window.fileActions().restoreAction()->isEnabled());
    // Reading works; saving is refused with a message, and the file keeps its bytes.
    const Risk risk = w.model->rowAt(0)->risk;
    w.retitle(QStringLiteral("Ny rubrik"));
    CHECK(find<MessageLabel>(w.window, "riskMessage")->text().contains(QStringLiteral("skrivskyddat")));
    CHECK(w.window.session().reg().risks().get(risk.id).title == risk.title);
    // The refused edit is still in the form: closing asks, and it is let go.
    test::UnsavedAnswer answer(QMessageBox::Discard);
    CHECK(w.window.close());
    CHECK(answer.shown);
    QFile f(file.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}
