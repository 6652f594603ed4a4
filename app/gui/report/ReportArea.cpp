#include "ReportArea.h"

#include "Register.h"
#include "RegisterSession.h"
#include "ReportDraftEditor.h"
#include "ReportDraftTableModel.h"
#include "ReportPreviewDialog.h"
#include "ReportTask.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Confirm.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
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
    : SessionTab(session, parent), m_model(new ReportDraftTableModel(this)), m_editor(new ReportDraftEditor(session, this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_status(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Nytt utkast"), this)), m_removeButton(new QPushButton(tr("Ta &bort utkast"), this)),
      m_previewButton(new QPushButton(tr("&Förhandsgranska…"), this)),
      m_exportButton(new QPushButton(tr("E&xportera PDF…"), this))
{
    watch<ReportDraft, OrgUnit, Person>();
    setObjectName(QStringLiteral("reportArea"));
    m_table->setObjectName(QStringLiteral("reportDraftTable"));
    m_count->setObjectName(QStringLiteral("reportDraftCountLabel"));
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_addButton->setObjectName(QStringLiteral("addReportDraftButton"));
    m_removeButton->setObjectName(QStringLiteral("removeReportDraftButton"));
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_exportButton->setObjectName(QStringLiteral("reportExportButton"));
    m_addButton->setToolTip(tr("Börja ett nytt utkast till en nämndhandling (Insert i listan)"));
    m_removeButton->setToolTip(tr("Ta bort det valda utkastet (Delete i listan); kan ångras"));
    m_previewButton->setToolTip(tr("Visa handlingen som den blir på papper, med registrets uppgifter som de är nu"));
    m_exportButton->setToolTip(tr("Spara handlingen som PDF/A för diariet och arkivet"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Rapportutkast"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Narrow enough that all five columns fit beside the editor in a window of 1440 pixels.
    m_table->setColumnWidth(ReportDraftTableModel::NameColumn, 190);
    m_table->setColumnWidth(ReportDraftTableModel::KindColumn, 150);
    m_table->setColumnWidth(ReportDraftTableModel::ScopeColumn, 120);
    m_table->setColumnWidth(ReportDraftTableModel::PeriodColumn, 160);

    auto* heading = new QLabel(tr("Nämndhandlingar skrivs från registret: texterna sparas i utkastet, siffrorna "
                                  "hämtas när handlingen görs."),
                               this);
    heading->setWordWrap(true);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count);
    tools->addStretch();
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    auto* output = new QHBoxLayout;
    output->addStretch();
    output->addWidget(m_previewButton);
    output->addWidget(m_exportButton);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(output);
    leftLayout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportEditorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(480);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    // The list gets the room: the editor's fields read well at its minimum width.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Keys on the table itself, so Delete in a text field never removes a draft.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(addAction);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportArea::onCurrentChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ReportArea::startNewDraft);
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, &ReportArea::removeCurrent);
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportArea::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportArea::chooseFileAndExport);
    connect(m_editor, &ReportDraftEditor::draftCreated, this, &ReportArea::selectId);
    updateButtons();
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
    m_count->setText(session().hasRegister() ? tr("%1 utkast").arg(m_model->rowCount()) : QString());
    if (!session().hasRegister()) {
        m_shownId = 0;
        m_editor->showDraft(0);
    } else {
        selectId(m_model->rowOf(m_shownId) >= 0 ? m_shownId : 0);
    }
    updateButtons();
}

void ReportArea::refresh(const ChangeSet& changes)
{
    if (touchesOnly(changes, ReportDraft::spec())) {
        m_model->load(&session().reg());
        m_count->setText(tr("%1 utkast").arg(m_model->rowCount()));
        selectId(m_shownId);
    } else {
        reload();
    }
}

qint64 ReportArea::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    const ReportDraft* draft = current.isValid() ? m_model->draftAt(current.row()) : nullptr;
    return draft ? draft->id : 0;
}

void ReportArea::selectId(qint64 id)
{
    m_shownId = id;
    reselect();
    if (!(id == 0 && m_editor->isCreating()))
        m_editor->showDraft(id);
    updateButtons();
    announceSelection();
}

void ReportArea::reselect()
{
    const int row = m_shownId ? m_model->rowOf(m_shownId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
}

void ReportArea::showDraft(qint64 id)
{
    selectId(id);
}

void ReportArea::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == 0 || id == m_shownId)
        return;
    m_shownId = id;
    m_editor->showDraft(id);
    updateButtons();
    announceSelection();
}

void ReportArea::startNewDraft()
{
    m_shownId = 0;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_editor->startNew(session().scopeUnitId());
    updateButtons();
    announceSelection();
}

void ReportArea::removeCurrent()
{
    const qint64 id = m_shownId;
    if (id == 0 || !session().hasRegister())
        return;
    const auto draft = session().reg().reportDrafts().find(id);
    if (!draft)
        return;
    const QString title = tr("Ta bort utkast");
    if (!Confirm::removal(this, title, tr("Ta bort utkastet %1? Det går att ångra.").arg(draft->name)))
        return;
    CommandFailure failure;
    if (!session().execute(new RemoveEntityCommand<ReportDraft>(session(), id,
                                                                      tr("Ta bort rapportutkastet %1").arg(draft->name)),
                           &failure))
        QMessageBox::information(this, title, failure.message);
}

void ReportArea::updateButtons()
{
    const bool idle = !m_task;
    const bool form = session().hasRegister() && m_editor->hasDraft();
    m_removeButton->setEnabled(m_shownId != 0 && !m_editor->isCreating());
    m_addButton->setEnabled(session().hasRegister());
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
    m_task = ReportTask::prepare(session().reg().path(), *request, this);
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
    m_task = ReportTask::exportPdf(session().reg().path(), *request, path, this);
    connect(m_task, &ReportTask::finished, this, &ReportArea::onExportFinished);
    updateButtons();
    return m_task;
}

QString ReportArea::defaultFileName(const QString& draftName)
{
    // Letters (å, ä and ö too), digits, spaces, dots and dashes; anything else becomes a dash.
    QString name = draftName.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^\\w .\\-]+"), QRegularExpression::UseUnicodePropertiesOption),
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

void ReportArea::onPreviewFinished()
{
    ReportTask* task = m_task;
    if (!task)
        return;
    m_task = nullptr;
    task->deleteLater();
    updateButtons();
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
    case ReportTask::Status::Cancelled:
        m_status->setText(tr("Förhandsgranskningen avbröts."));
        break;
    case ReportTask::Status::Failed:
        m_status->setText(tr("Förhandsgranskningen gick inte att göra: %1").arg(task->errorMessage()));
        m_editor->showRefusal(task->errorMessage(), task->errorField());
        break;
    case ReportTask::Status::Running: break;
    }
}

void ReportArea::onExportFinished()
{
    ReportTask* task = m_task;
    if (!task)
        return;
    m_task = nullptr;
    task->deleteLater();
    updateButtons();
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
    if (!isVisible())
        return;
    if (!session().hasRegister() || m_editor->draftId() == 0) {
        session().setHistorySubject(nullptr, QString(), QString());
        return;
    }
    if (const auto draft = session().reg().reportDrafts().find(m_editor->draftId()))
        session().setHistorySubject(&ReportDraft::spec(), draft->uuid, draft->name);
}

} // namespace sakra::gui
