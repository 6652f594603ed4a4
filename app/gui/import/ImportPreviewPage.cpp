#include "ImportPreviewPage.h"

#include "BackgroundJob.h"
#include "ImportWizard.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Named.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sakra::gui {

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_progress(named<QProgressBar>(this, "importPreviewProgress")),
      m_counts(named<QLabel>(this, "importCountsLabel")),
      m_status(named<QLabel>(this, "importPreviewStatus")),
      m_refusals(named<QTableWidget>(this, "importRefusalTable", 0, 5)), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Förhandsgranskning"));
    setSubTitle(tr("Så här blir importen. Inget är ändrat ännu."));
    setCommitPage(true);
    m_progress->setFormat(tr("Går igenom raderna… %p %"));
    m_counts->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_refusals->setHorizontalHeaderLabels({tr("Blad"), tr("Rad"), tr("Kolumn"), tr("Värde"), tr("Fel")});
    m_refusals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refusals->setWordWrap(true);
    m_refusals->verticalHeader()->hide();
    m_refusals->horizontalHeader()->setStretchLastSection(true);
    m_refusals->setAccessibleName(tr("Avvisade rader"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addWidget(m_refusals, 1);
    layout->addStretch(0); // takes the room while there are no refusals to list
    connect(m_job, &BackgroundJob::finished, this, &ImportPreviewPage::onDone);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
}

void ImportPreviewPage::initializePage()
{
    m_ready = false;
    m_preview = ImportPreview();
    m_refusals->setRowCount(0);
    m_refusals->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretch(box->count() - 1, 1);
    m_counts->clear();
    m_status->setText(tr("Raderna gås igenom mot registret…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    Q_EMIT completeChanged();
    // A connection of its own on the worker thread; the preview is rolled back there.
    const std::shared_ptr<const SpreadsheetImporter> importer = m_wizard->sharedImporter();
    const std::vector<SheetMapping> mappings = m_wizard->mappings();
    const RegisterSource source = m_wizard->session().reg().source();
    auto result = std::make_shared<ImportPreview>();
    m_pending = result;
    const std::atomic_bool* cancel = m_job->cancelFlag();
    m_job->start([importer, mappings, source, result, cancel](const BackgroundJob::Progress& progress) {
        const std::unique_ptr<Register> reg = Register::open(source);
        SpreadsheetImporter::Options options;
        options.progress = progress;
        options.cancel = cancel;
        *result = importer->preview(*reg, mappings, options);
    });
}

void ImportPreviewPage::onDone(const QString& problem)
{
    // Opening a connection may have committed (planner statistics): not another window's change.
    m_wizard->session().takeOwnOutsideCommits();
    m_preview = *m_pending;
    m_progress->hide();
    if (!problem.isEmpty()) {
        m_status->setText(tr("Förhandsgranskningen misslyckades: %1").arg(problem));
        return;
    }
    showPreview();
    m_ready = true;
    Q_EMIT completeChanged();
    Q_EMIT previewReady();
}

QString ImportPreviewPage::countsText() const
{
    return m_counts->text();
}

void ImportPreviewPage::showPreview()
{
    const ImportPreview& p = m_preview;
    m_counts->setText(tr("Nya rader: %1    Ändrade: %2    Oförändrade: %3    Avvisade: %4")
                          .arg(p.created)
                          .arg(p.updated)
                          .arg(p.unchanged)
                          .arg(p.refused));
    QStringList ignored;
    for (const SheetMapping& m : m_wizard->mappings())
        ignored << m.ignored();
    QString status;
    if (!p.accepted())
        status = (p.refused == 1 ? tr("En rad avvisas.") : tr("%1 rader avvisas.").arg(p.refused)) +
                 QLatin1Char(' ') +
                 tr("Rätta raderna i filen eller ändra kolumnerna och försök igen; inget importeras förrän "
                    "alla rader godtas.");
    else if (p.created + p.updated == 0)
        status = tr("Filen innehåller inget som inte redan finns i registret.");
    else
        status = tr("Inget avvisades. Tryck Importera för att importera; en säkerhetskopia görs först.");
    if (!ignored.isEmpty())
        status += QLatin1Char('\n') + tr("Läses inte in: %1.").arg(ignored.join(QStringLiteral(", ")));
    m_status->setText(status);

    m_refusals->setRowCount(int(p.refusals.size()));
    for (int row = 0; row < int(p.refusals.size()); ++row) {
        const ImportRefusal& r = p.refusals[std::size_t(row)];
        const QStringList cells{r.sheet, QString::number(r.row), r.column, r.value, r.message};
        for (int col = 0; col < cells.size(); ++col)
            m_refusals->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_refusals->setVisible(!p.refusals.empty());
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setStretch(box->count() - 1, p.refusals.empty() ? 1 : 0);
    m_refusals->resizeColumnsToContents();
    m_refusals->resizeRowsToContents();
}

void ImportPreviewPage::cleanupPage()
{
    stop();
}

void ImportPreviewPage::stop()
{
    m_job->cancelAndWait();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready && m_preview.accepted() && m_preview.created + m_preview.updated > 0;
}

} // namespace sakra::gui
