#include "SiteWorkActions.h"

#include "HandoutDialog.h"
#include "MergeDialog.h"
#include "RegisterSession.h"
#include "import/BackgroundJob.h"
#include "sync/Handout.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace sakra::gui {

SiteWorkActions::SiteWorkActions(QMainWindow& window, RegisterSession& session)
    : QObject(&window), m_window(window), m_session(session),
      m_handOutAction(new QAction(tr("&Lämna ut del för arbete utan nätverk…"), this)),
      m_takeBackAction(new QAction(tr("&Ta emot del…"), this)), m_label(new QLabel(&window)),
      m_job(new BackgroundJob(this))
{
    m_handOutAction->setObjectName(QStringLiteral("handOutAction"));
    m_handOutAction->setStatusTip(
        tr("Skriv en enhet med allt under den till en egen fil för arbete på en plats utan "
           "nätverk"));
    m_takeBackAction->setObjectName(QStringLiteral("takeBackAction"));
    m_takeBackAction->setStatusTip(tr("Jämför en utlämnad del med registret och sammanfoga den"));
    m_label->setObjectName(QStringLiteral("siteWorkLabel"));
    m_window.statusBar()->addPermanentWidget(m_label);
    connect(m_handOutAction, &QAction::triggered, this, &SiteWorkActions::chooseHandOut);
    connect(m_takeBackAction, &QAction::triggered, this, &SiteWorkActions::chooseTakeBack);
    connect(&m_session, &RegisterSession::registerOpened, this, &SiteWorkActions::updateState);
    connect(&m_session, &RegisterSession::changed, this, [this](const ChangeSet& changes) {
        if (changes.isEverything() || changes.touches(Tables::orgUnit()))
            updateState();
    });
    updateState();
}

void SiteWorkActions::updateState()
{
    const bool open = m_session.hasRegister();
    const bool writable = open && !m_session.reg().database().isReadOnly();
    const auto manifest = open ? m_session.reg().packageManifest() : std::nullopt;
    m_handOutAction->setEnabled(writable && !manifest);
    m_takeBackAction->setEnabled(writable && !manifest);
    m_label->clear();
    m_label->setToolTip(QString());
    if (manifest) {
        m_label->setText(tr("Utlämnad del: %1").arg(manifest->rootUnitName));
        m_label->setToolTip(
            tr("Den här filen är en del av ett centralt register, utlämnad %1 av %2 till %3. Det "
               "som hör till delen ändras här som vanligt; poster utanför den (kataloger, "
               "riskmatrisen, enheter och personer utanför) kan bara ändras centralt.")
                .arg(manifest->handedOutAt.left(10), manifest->handedOutBy, manifest->handedTo));
        return;
    }
    if (!open)
        return;
    QStringList parts;
    QStringList details;
    for (const PackageStore::Record& r : m_session.reg().handedOut()) {
        parts << r.rootUnitName;
        details << tr("%1: till %2 sedan %3%4")
                       .arg(r.rootUnitName, r.handedTo, r.handedOutAt.left(10),
                            r.merges > 0 ? tr(", senast mottagen %1").arg(r.mergedAt.left(10)) : QString());
    }
    if (parts.isEmpty())
        return;
    m_label->setText(tr("Utlämnat: %1").arg(parts.join(QStringLiteral(", "))));
    m_label->setToolTip(
        tr("Utlämnat för arbete utan nätverk. Ändringar här går bra men kan ge konflikter när delen "
           "tas emot.\n%1")
            .arg(details.join(QLatin1Char('\n'))));
}

void SiteWorkActions::chooseHandOut()
{
    HandoutDialog dialog(m_session, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    handOut(dialog.unitId(), dialog.handedTo(), dialog.path());
}

void SiteWorkActions::handOut(qint64 unitId, const QString& handedTo, const QString& path)
{
    if (m_job->isRunning())
        return;
    const RegisterSource central = m_session.reg().source();
    const QString actor = m_session.reg().database().actor();
    auto* progress = new QProgressDialog(tr("Lämnar ut…"), tr("Avbryt"), 0, 100, &m_window);
    progress->setObjectName(QStringLiteral("handoutProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progressed, progress,
            [progress](qint64 done, qint64) { progress->setValue(int(done)); });
    const std::atomic_bool* cancelled = m_job->cancelFlag();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_job, &BackgroundJob::finished, this, [=, this](const QString& problem) {
        disconnect(*connection);
        progress->deleteLater();
        m_session.takeOwnOutsideCommits();
        updateState();
        const QString shown = QDir::toNativeSeparators(path);
        if (problem.isEmpty())
            m_window.statusBar()->showMessage(tr("Delen är utlämnad till %1: %2. Öppna filen i Säkra på "
                                                 "platsen; ta emot den med Arkiv › Ta "
                                                 "emot del… när den kommer tillbaka.")
                                                  .arg(handedTo, shown),
                                              15000);
        else
            QMessageBox::warning(&m_window, tr("Lämna ut del"),
                                 tr("Delen lämnades inte ut: %1").arg(problem));
        Q_EMIT handedOut(path, problem);
    });
    m_job->start([=](const BackgroundJob::Progress& report) {
        const std::unique_ptr<Register> reg = Register::open(central);
        reg->database().setActor(actor);
        Handout::make(reg->database(), {unitId, handedTo, path}, [&](int percent) {
            report(percent, 100);
            return !cancelled->load();
        });
    });
}

void SiteWorkActions::chooseTakeBack()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Ta emot del"), folder, tr("Säkra-register (*.sakra)"));
    if (!path.isEmpty())
        takeBack(path);
}

MergeDialog* SiteWorkActions::mergeDialog() const
{
    return m_mergeDialog;
}

MergeDialog* SiteWorkActions::takeBack(const QString& packagePath)
{
    if (m_mergeDialog)
        m_mergeDialog->close();
    m_mergeDialog = new MergeDialog(m_session, packagePath, &m_window);
    m_mergeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mergeDialog, &MergeDialog::merged, this, &SiteWorkActions::updateState);
    m_mergeDialog->show();
    return m_mergeDialog;
}

} // namespace sakra::gui
