#include "RegisterFileActions.h"

#include "Register.h"
#include "RegisterFiles.h"
#include "RegisterSession.h"
#include "widgets/ListFrame.h"
#include "widgets/Palette.h"
#include "widgets/RestoreBackupDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

namespace sakra::gui {

namespace {

// A message box that does not block: tests and other windows go on while it is shown.
void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
            const QString& name)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

RegisterFileActions::RegisterFileActions(QMainWindow& window, RegisterSession& session)
    : QObject(&window), m_window(window), m_session(session),
      m_restoreAction(new QAction(tr("Åte&rställ från säkerhetskopia…"), this)),
      m_verifyAction(new QAction(tr("&Kontrollera ändringshistoriken"), this)),
      m_backupFolderAction(new QAction(tr("&Mapp för säkerhetskopior…"), this)), m_readOnlyLabel(new QLabel),
      m_sharedLabel(new QLabel), m_holdersLabel(new QLabel)
{
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(
        tr("Ersätt registret med en säkerhetskopia; det nuvarande innehållet sparas först"));
    connect(m_restoreAction, &QAction::triggered, this, &RegisterFileActions::restoreFromBackup);
    m_verifyAction->setObjectName(QStringLiteral("verifyHistoryAction"));
    m_verifyAction->setStatusTip(tr("Kontrollera att ingen har ändrat ändringshistoriken utanför Säkra"));
    connect(m_verifyAction, &QAction::triggered, this, &RegisterFileActions::verifyHistory);
    m_backupFolderAction->setObjectName(QStringLiteral("backupFolderAction"));
    m_backupFolderAction->setStatusTip(tr("Välj var de dagliga säkerhetskopiorna sparas"));
    connect(m_backupFolderAction, &QAction::triggered, this, &RegisterFileActions::chooseBackupFolder);

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setText(tr("Skrivskyddat: ändringar kan inte sparas"));
    m_readOnlyLabel->setStyleSheet(palette::warningStyle);
    m_sharedLabel->setObjectName(QStringLiteral("sharedFolderLabel"));
    m_sharedLabel->setText(tr("Registret ligger i en delad mapp"));
    m_sharedLabel->setToolTip(
        tr("Flera datorer kan ha registret öppet. Varje ändring sparas genast, och andras "
           "ändringar visas inom några sekunder."));
    m_holdersLabel->setObjectName(QStringLiteral("holdersLabel"));
    for (QLabel* label : {m_holdersLabel, m_sharedLabel, m_readOnlyLabel}) {
        label->setVisible(false);
        window.statusBar()->addPermanentWidget(label);
    }

    connect(&m_session, &RegisterSession::registerOpened, this, &RegisterFileActions::onRegisterOpened);
    connect(&m_session, &RegisterSession::holdersChanged, this, &RegisterFileActions::updateHolders);
    connect(&m_session, &RegisterSession::conflictReported, this, &RegisterFileActions::showConflict);
    connect(&m_session, &RegisterSession::changedElsewhere, this, [this] {
        m_window.statusBar()->showMessage(
            tr("Registret har ändrats i ett annat fönster eller på en annan dator; "
               "vyerna visar nu det som gäller."),
            5000);
    });
    onRegisterOpened();
}

RegisterFileActions::~RegisterFileActions()
{
    if (m_verifyCancelled)
        *m_verifyCancelled = true;
    waitForVerify();
    waitForBackup();
}

QString RegisterFileActions::backupFolder()
{
    const QString chosen = QSettings().value(QStringLiteral("backups/folder")).toString();
    return chosen.isEmpty() ? BackupStore::defaultFolder() : chosen;
}

void RegisterFileActions::waitForBackup()
{
    if (m_backupThread)
        m_backupThread->wait();
}

void RegisterFileActions::onRegisterOpened()
{
    const bool open = m_session.hasRegister();
    const Database* db = open ? &m_session.reg().database() : nullptr;
    const bool readOnly = db && db->isReadOnly();
    // A shared register's backups are the server's (pg_dump); its history can be checked whole by
    // one who sees the whole of it.
    const bool server = db && db->onServer();
    m_restoreAction->setEnabled(open && !readOnly && !server);
    m_verifyAction->setEnabled(open && (!server || db->seesEverything()));
    m_verifyAction->setToolTip(m_verifyAction->isEnabled()
                                   ? QString()
                                   : tr("Kedjan kan bara kontrolleras av den som ser hela registret."));
    m_readOnlyLabel->setVisible(readOnly);
    m_sharedLabel->setVisible(db && db->onNetworkFolder());
    updateHolders();
    if (!db)
        return;
    if (!db->interruptedCopy().isEmpty())
        inform(&m_window, QMessageBox::Information, tr("Den senaste ändringen avbröts"),
               InterruptedWrite::recoveredMessage(db->path(), db->interruptedCopy()),
               QStringLiteral("recoveredMessage"));
    else if (readOnly)
        inform(&m_window, QMessageBox::Information, tr("Skrivskyddat register"),
               tr("Du får inte ändra i %1 (filen eller mappen är skrivskyddad). Registret visas, men "
                  "ändringar kan "
                  "inte sparas.")
                   .arg(QDir::toNativeSeparators(db->path())),
               QStringLiteral("readOnlyMessage"));
    if (!readOnly && !server)
        startDailyBackup();
}

void RegisterFileActions::updateHolders()
{
    const QStringList holders = m_session.otherHolders();
    m_holdersLabel->setText(tr("Öppet även av %1").arg(holders.join(QStringLiteral(", "))));
    m_holdersLabel->setVisible(!holders.isEmpty());
}

void RegisterFileActions::startDailyBackup()
{
    waitForBackup();
    delete m_backupThread;
    m_backupThread = nullptr;
    const QString path = m_session.reg().path();
    const QString folder = backupFolder();
    // A copy of a large register takes seconds: a connection of its own on a worker thread.
    QPointer<RegisterFileActions> self(this);
    m_backupThread = QThread::create([self, path, folder] {
        QString made;
        QString problem;
        try {
            made = BackupStore(folder).makeDailyOf(path);
        } catch (const Error& e) {
            problem = e.message();
        }
        QMetaObject::invokeMethod(
            self,
            [self, made, problem] {
                if (!self)
                    return;
                if (!problem.isEmpty())
                    self->m_window.statusBar()->showMessage(
                        tr("Den dagliga säkerhetskopian kunde inte göras: %1").arg(problem), 10000);
                Q_EMIT self->dailyBackupDone(made);
            },
            Qt::QueuedConnection);
    });
    m_backupThread->start(QThread::LowPriority);
}

void RegisterFileActions::restoreFromBackup()
{
    if (!m_session.hasRegister())
        return;
    const QString path = m_session.reg().path();
    const QString folder = backupFolder();
    // The file is replaced: unsaved changes in a form are asked about first.
    if (!ListFrame::leaveEditors(m_window))
        return;
    RestoreBackupDialog dialog(path, folder, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    waitForBackup();
    // The file is rewritten under this window: let go of it first, then open it again.
    m_session.setRegister(nullptr);
    // Backing up and copying a large register takes a while: on a worker thread, with the window
    // painted and a note of what it is doing meanwhile. Nothing may be cancelled half-way.
    QProgressDialog progress(tr("Återställer registret från säkerhetskopian…"), QString(), 0, 0, &m_window);
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QString chosen = dialog.chosenPath();
    QString before;
    QString problem;
    QThread* worker = QThread::create([&] {
        try {
            before = BackupStore(folder).restore(path, chosen);
        } catch (const Error& e) {
            problem = e.message();
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    Q_EMIT reopenRequested(path);
    if (!problem.isEmpty())
        QMessageBox::warning(&m_window, tr("Kan inte återställa"), problem);
    else
        m_window.statusBar()->showMessage(tr("Registret är återställt; det tidigare innehållet finns i %1.")
                                              .arg(QDir::toNativeSeparators(before)),
                                          15000);
}

void RegisterFileActions::chooseBackupFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(&m_window, tr("Mapp för säkerhetskopior"), backupFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
    m_window.statusBar()->showMessage(
        tr("Säkerhetskopiorna sparas nu i %1.").arg(QDir::toNativeSeparators(folder)), 8000);
}

void RegisterFileActions::showConflict(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Ändrad någon annanstans"),
                                tr("Ändringen sparades inte."), QMessageBox::NoButton, &m_window);
    box->setObjectName(QStringLiteral("conflictMessage"));
    box->setInformativeText(message);
    // Wide enough that both values of a field stand on one line.
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 460px; }"));
    QPushButton* reload = box->addButton(tr("&Läs in på nytt"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("conflictReloadButton"));
    box->addButton(tr("&Fortsätt redigera"), QMessageBox::RejectRole);
    box->setDefaultButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Reloading shows what is stored now; keeping on lets the user copy what they typed first.
    connect(reload, &QPushButton::clicked, &m_session, &RegisterSession::notifyAllChanged);
    box->open();
}

void RegisterFileActions::verifyHistory()
{
    if (!m_session.hasRegister())
        return;
    const RegisterSource source = m_session.reg().source();
    auto* progress =
        new QProgressDialog(tr("Kontrollerar ändringshistoriken…"), tr("Avbryt"), 0, 0, &m_window);
    progress->setObjectName(QStringLiteral("verifyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    // One check at a time; the window waits for it when it closes (see the destructor).
    waitForVerify();
    m_verifyCancelled = cancelled;
    QPointer<RegisterFileActions> self(this);
    QPointer<QProgressDialog> shown(progress);
    m_verifyThread = QThread::create([self, source, cancelled, shown] {
        HashChain::Verification result;
        QString problem;
        try {
            const std::unique_ptr<Register> reg = Register::openForReading(source);
            result = HashChain::verify(reg->database(), [cancelled] { return cancelled->load(); });
        } catch (const Error& e) {
            problem = e.message();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result, problem, cancelled, shown] {
                if (shown)
                    shown->deleteLater();
                if (!self || *cancelled)
                    return;
                const bool intact = problem.isEmpty() && result.intact();
                QString text;
                if (!problem.isEmpty())
                    text = tr("Ändringshistoriken kunde inte kontrolleras: %1").arg(problem);
                else if (intact)
                    text = tr("Ändringshistoriken är obruten: alla %1 poster hänger ihop med posten före, så "
                              "ingen av dem "
                              "har ändrats utanför Säkra.")
                               .arg(result.entries);
                else
                    text = tr("Ändringshistoriken har ändrats utanför Säkra. Post %1 (%2) stämmer inte: den "
                              "eller posten "
                              "före den har ändrats, tagits bort eller lagts till med ett annat program.")
                               .arg(result.firstBrokenId)
                               .arg(result.firstBrokenAt);
                inform(&self->m_window, intact ? QMessageBox::Information : QMessageBox::Warning,
                       tr("Kontroll av ändringshistoriken"), text, QStringLiteral("verifyResult"));
                Q_EMIT self->verified(intact, text);
            },
            Qt::QueuedConnection);
    });
    m_verifyThread->start();
}

void RegisterFileActions::waitForVerify()
{
    if (!m_verifyThread)
        return;
    m_verifyThread->wait();
    delete m_verifyThread;
    m_verifyThread = nullptr;
}

} // namespace sakra::gui
