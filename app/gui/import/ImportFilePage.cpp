#include "ImportFilePage.h"

#include "BackgroundJob.h"
#include "ImportWizard.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
const QString kFolderKey = QStringLiteral("import/folder");
}

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(named<QLineEdit>(this, "importFileEdit")),
      m_browse(named<QPushButton>(this, "importBrowseButton", tr("&Välj fil…"))),
      m_progress(named<QProgressBar>(this, "importReadProgress")),
      m_message(named<MessageLabel>(this, "importFileMessage")), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Välj fil"));
    setSubTitle(tr("Ett kalkylark i XLSX-format (Excel, LibreOffice) eller en CSV-fil. Filens innehåll "
                   "avgör hur den läses, inte dess namn."));
    auto* intro = new QLabel(tr("&Fil:"), this);
    intro->setBuddy(m_path);
    m_path->setPlaceholderText(tr("Sökväg till filen"));
    m_path->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Läser filen…"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(intro);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* note = new QLabel(tr("Inget ändras i registret förrän du har sett en förhandsgranskning och "
                               "tryckt Importera. Före importen görs en säkerhetskopia."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(note);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_message->clearMessage();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Importera från kalkylark"),
                                                      settings.value(kFolderKey, QDir::homePath()).toString(),
                                                      tr("Kalkylark (*.xlsx *.csv *.txt);;Alla filer (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::readFile(const QString& path)
{
    m_message->clearMessage();
    m_reading = path;
    m_progress->show();
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    Q_EMIT completeChanged();
    auto result = std::make_shared<std::shared_ptr<const SpreadsheetImporter>>();
    m_job->disconnect(this);
    connect(m_job, &BackgroundJob::finished, this, [this, result, path](const QString& problem) {
        if (problem.isEmpty())
            m_wizard->setImporter(*result, path);
        onRead(problem);
    });
    m_job->start([result, path](const BackgroundJob::Progress&) {
        *result = std::make_shared<const SpreadsheetImporter>(SpreadsheetImporter::open(path));
    });
}

void ImportFilePage::onRead(const QString& problem)
{
    m_progress->hide();
    m_path->setEnabled(true);
    m_browse->setEnabled(true);
    const bool ok = problem.isEmpty();
    if (ok) {
        m_readPath = m_reading;
    } else {
        m_readPath.clear();
        m_wizard->setImporter(nullptr, QString());
        m_message->showPlain(tr("Filen kan inte importeras: %1").arg(problem));
        m_path->setFocus();
    }
    m_reading.clear();
    Q_EMIT completeChanged();
    Q_EMIT fileRead(ok);
    if (ok && m_goOn && m_wizard->currentPage() == this)
        m_wizard->next();
    m_goOn = false;
}

QString ImportFilePage::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void ImportFilePage::stop()
{
    m_job->cancelAndWait();
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && m_reading.isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && path == m_readPath && m_wizard->importer())
        return true;
    // Read first; the page goes on by itself when the file could be read.
    m_goOn = true;
    readFile(path);
    return false;
}

} // namespace sakra::gui
