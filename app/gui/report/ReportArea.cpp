#include "ReportArea.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ReportDraftEditor.h"
#include "ReportDraftTableModel.h"
#include "ReportPreviewDialog.h"
#include "ReportTask.h"
#include "widgets/Named.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
QString pagesText(int pages)
{
    return pages == 1 ? ReportArea::tr("1 sida") : ReportArea::tr("%1 sidor").arg(QLocale().toString(pages));
}
} // namespace

ReportArea::ReportArea(RegisterSession& session, QWidget* parent)
    : ListFrame(session, names(), parent), m_model(new ReportDraftTableModel(this)),
      m_editor(new ReportDraftEditor(session, this)), m_status(named<QLabel>(this, "reportStatusLabel")),
      m_previewButton(named<QPushButton>(this, "reportPreviewButton", tr("&Förhandsgranska…"))),
      m_exportButton(named<QPushButton>(this, "reportExportButton", tr("E&xportera PDF…")))
{
    watch<ReportDraft, OrgUnit, Person>();
    m_previewButton->setToolTip(
        tr("Visa handlingen som den blir på papper, med registrets uppgifter som de är nu"));
    m_exportButton->setToolTip(tr("Spara handlingen som PDF/A för diariet och arkivet"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* heading =
        new QLabel(tr("Nämndhandlingar skrivs från registret: texterna sparas i utkastet, siffrorna "
                      "hämtas när handlingen görs."),
                   this);
    heading->setWordWrap(true);
    auto* output = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    outputLayout->addLayout(buttons);
    outputLayout->addWidget(m_status);

    setUp(m_model, m_editor,
          {.addText = tr("&Nytt utkast"),
           .removeText = tr("Ta &bort utkast"),
           .addTip = tr("Börja ett nytt utkast till en nämndhandling (Insert i listan)"),
           .removeTip = tr("Ta bort det valda utkastet (Delete i listan); kan ångras"),
           .listName = tr("Rapportutkast"),
           .aboveList = heading,
           .belowList = output,
           // The list gets the room: the editor's fields read well at its minimum width.
           .editorMinWidth = 480,
           .stretchLastColumn = true});
    // Narrow enough that all five columns fit beside the editor in a window of 1440 pixels.

    connect(m_previewButton, &QPushButton::clicked, this, &ReportArea::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportArea::chooseFileAndExport);
    updateButtons();
}

ListFrame::Names ReportArea::names()
{
    Names names = Names::entity(QStringLiteral("reportDraft"));
    names.tab = QStringLiteral("reportArea");
    names.splitter = QStringLiteral("reportSplitter");
    names.editorScroll = QStringLiteral("reportEditorScroll");
    return names;
}

ReportArea::~ReportArea()
{
    // A running worker is cancelled and waited for before the area goes.
    delete m_task.data();
}

ReportTask* ReportArea::runningTask() const
{
    return m_task;
}

ReportPreviewDialog* ReportArea::previewDialog() const
{
    return m_previewDialog;
}

void ReportArea::reload()
{
    m_model->load(session().hasRegister() ? &session().reg() : nullptr);
    m_editor->choicesChanged();
    countLabel()->setText(session().hasRegister() ? tr("%1 utkast").arg(m_model->rowCount()) : QString());
    selectId(session().hasRegister() && m_model->rowOf(shownId()) >= 0 ? shownId() : 0);
    updateButtons();
}

void ReportArea::refresh(const ChangeSet& changes)
{
    if (touchesOnly(changes, ReportDraft::spec())) {
        m_model->load(&session().reg());
        countLabel()->setText(tr("%1 utkast").arg(m_model->rowCount()));
        selectId(shownId());
    } else {
        reload();
    }
}

void ReportArea::showItem(qint64 id)
{
    ListFrame::showItem(id);
    updateButtons();
}

void ReportArea::showDraft(qint64 id)
{
    selectId(id);
}

void ReportArea::startNewDraft()
{
    beginNew();
}

void ReportArea::startNew()
{
    ListFrame::startNew();
    updateButtons();
}

void ReportArea::updateButtons()
{
    const bool idle = !m_task;
    const bool form = session().hasRegister() && m_editor->hasDraft();
    m_previewButton->setEnabled(form && idle);
    m_exportButton->setEnabled(form && idle);
}

bool ReportArea::canStartTask()
{
    if (m_task || !session().hasRegister())
        return false;
    m_status->clear();
    return true;
}

ReportTask* ReportArea::preview()
{
    if (!canStartTask())
        return nullptr;
    const auto request = m_editor->request();
    if (!request)
        return nullptr;
    m_previewTitle = m_editor->draftName();
    m_task = ReportTask::prepare(session().reg().source(), *request, this);
    connect(m_task, &ReportTask::finished, this, &ReportArea::onPreviewFinished);
    updateButtons();
    return m_task;
}

ReportTask* ReportArea::exportPdf(const QString& path)
{
    if (!canStartTask())
        return nullptr;
    const auto request = m_editor->request();
    if (!request)
        return nullptr;
    m_task = ReportTask::exportPdf(session().reg().source(), *request, path, this);
    connect(m_task, &ReportTask::finished, this, &ReportArea::onExportFinished);
    updateButtons();
    return m_task;
}

QString ReportArea::defaultFileName(const QString& draftName)
{
    // Letters (å, ä and ö too), digits, spaces, dots and dashes; anything else becomes a dash.
    QString name = draftName.trimmed();
    name.replace(
        QRegularExpression(QStringLiteral("[^\\w .\\-]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Rapport");
    return name.left(120) + QStringLiteral(".pdf");
}

void ReportArea::chooseFileAndExport()
{
    if (m_task || !session().hasRegister() || !m_editor->hasDraft())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Exportera PDF"),
                                                QDir(folder).filePath(defaultFileName(m_editor->draftName())),
                                                tr("PDF-filer (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    exportPdf(path);
}

ReportTask* ReportArea::takeFinishedTask()
{
    ReportTask* task = m_task;
    if (!task)
        return nullptr;
    m_task = nullptr;
    task->deleteLater();
    updateButtons();
    return task;
}

void ReportArea::onPreviewFinished()
{
    ReportTask* task = takeFinishedTask();
    if (!task)
        return;
    switch (task->status()) {
    case ReportTask::Status::Done: {
        delete m_previewDialog.data();
        auto* dialog = new ReportPreviewDialog(task->prepared(), m_previewTitle, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportPreviewDialog::exportRequested, this, &ReportArea::chooseFileAndExport);
        m_previewDialog = dialog;
        m_status->setText(tr("Förhandsgranskningen har %1.").arg(pagesText(task->pages())));
        dialog->open();
        break;
    }
    case ReportTask::Status::Cancelled: m_status->setText(tr("Förhandsgranskningen avbröts.")); break;
    case ReportTask::Status::Failed:
        m_status->setText(tr("Förhandsgranskningen gick inte att göra: %1").arg(task->errorMessage()));
        m_editor->showRefusal(task->errorMessage(), task->errorField());
        break;
    case ReportTask::Status::Running: break;
    }
}

void ReportArea::onExportFinished()
{
    ReportTask* task = takeFinishedTask();
    if (!task)
        return;
    const QString file = QDir::toNativeSeparators(task->pdfPath());
    switch (task->status()) {
    case ReportTask::Status::Done:
        m_status->setText(tr("Sparade %1 (%2).").arg(file, pagesText(task->pages())));
        break;
    case ReportTask::Status::Cancelled:
        m_status->setText(tr("Exporten avbröts; ingen ny fil skrevs."));
        break;
    case ReportTask::Status::Failed:
        m_status->setText(tr("Handlingen kunde inte sparas: %1").arg(task->errorMessage()));
        if (!task->errorField().isEmpty())
            m_editor->showRefusal(task->errorMessage(), task->errorField());
        break;
    case ReportTask::Status::Running: break;
    }
}

void ReportArea::announceSelection()
{
    if (isVisible())
        ListFrame::announceSelection();
}

} // namespace sakra::gui
