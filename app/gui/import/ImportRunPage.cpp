#include "ImportRunPage.h"

#include "BackgroundJob.h"
#include "ImportWizard.h"
#include "Register.h"
#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "commands/ImportCommand.h"
#include "widgets/Named.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_progress(named<QProgressBar>(this, "importProgress")),
      m_cancel(named<QPushButton>(this, "importCancelButton", tr("&Avbryt importen"))),
      m_summary(named<QLabel>(this, "importSummaryLabel")), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Avbryter…"));
    });
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &BackgroundJob::finished, this, &ImportRunPage::onDone);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_result = SpreadsheetImporter::Result();
    setSubTitle(tr("En säkerhetskopia görs först; sedan läses raderna in i en enda transaktion."));
    m_summary->setText(tr("Importerar…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    Q_EMIT completeChanged();
    const std::shared_ptr<const SpreadsheetImporter> importer = m_wizard->sharedImporter();
    const std::vector<SheetMapping> mappings = m_wizard->mappings();
    const RegisterSource source = m_wizard->session().reg().source();
    SpreadsheetImporter::Options options;
    options.cancel = m_job->cancelFlag();
    options.backupFolder = RegisterFileActions::backupFolder();
    auto* result = &m_result; // the job is waited for before the page goes
    m_job->start([importer, mappings, source, options, result](const BackgroundJob::Progress& progress) {
        const std::unique_ptr<Register> reg = Register::open(source);
        SpreadsheetImporter::Options withProgress = options;
        withProgress.progress = progress;
        *result = importer->commit(*reg, mappings, withProgress);
    });
}

void ImportRunPage::onDone(const QString& problem)
{
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    RegisterSession& session = m_wizard->session();
    // The views show what the worker's connection committed.
    session.takeOwnOutsideCommits();
    const QString backup = QDir::toNativeSeparators(m_result.backupPath);
    QString text;
    bool imported = false;
    if (!problem.isEmpty()) {
        text = tr("Importen misslyckades och inget ändrades: %1").arg(problem);
    } else {
        using Outcome = SpreadsheetImporter::Result::Outcome;
        const ImportPreview& p = m_result.preview;
        switch (m_result.outcome) {
        case Outcome::Imported:
            imported = true;
            session.execute(
                new ImportCommand(session, m_result.written,
                                  tr("Import från %1").arg(QFileInfo(m_wizard->filePath()).fileName())));
            text = tr("Importen är klar: %1 nya och %2 ändrade rader; %3 var redan som i filen.")
                       .arg(p.created)
                       .arg(p.updated)
                       .arg(p.unchanged) +
                   QLatin1Char('\n') + tr("Ångra (Ctrl+Z) tar tillbaka hela importen i ett steg.");
            break;
        case Outcome::Cancelled: text = tr("Importen avbröts; inget ändrades."); break;
        case Outcome::Refused:
            text = tr("Inget importerades: %1 rader avvisades (registret har ändrats sedan "
                      "förhandsgranskningen). Gör om importen för att se vilka.")
                       .arg(p.refused);
            break;
        }
    }
    if (!backup.isEmpty())
        text += QLatin1Char('\n') + tr("Säkerhetskopia från före importen: %1").arg(backup);
    setSubTitle(imported ? tr("Importen är klar.") : tr("Inget ändrades."));
    m_summary->setText(text);
    Q_EMIT completeChanged();
    Q_EMIT importDone(imported);
}

QString ImportRunPage::summary() const
{
    return m_summary->text();
}

void ImportRunPage::stop()
{
    const bool running = m_job->isRunning();
    m_job->cancelAndWait();
    // The import may have been committed just before the cancel: it still becomes an undo step.
    if (running && m_result.outcome == SpreadsheetImporter::Result::Outcome::Imported)
        onDone(QString());
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace sakra::gui
