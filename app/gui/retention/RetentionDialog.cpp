#include "RetentionDialog.h"

#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "import/BackgroundJob.h"
#include "widgets/Named.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace sakra::gui {

namespace {
using Kind = RetentionRule::Kind;
const char* const kSpinNames[] = {"retentionIncidentMonths", "retentionThreatMonths",
                                  "retentionPersonMonths"};
} // namespace

RetentionDialog::RetentionDialog(RegisterSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_counts(named<QLabel>(this, "retentionCounts")),
      m_table(named<QTableWidget>(this, "retentionTable")), m_saveButton(nullptr), m_runButton(nullptr),
      m_previewTimer(new QTimer(this)), m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Gallring"));
    auto* intro = new QLabel(
        tr("Händelser och hotbildsbedömningar innehåller personuppgifter. Ange hur länge de ska bevaras "
           "enligt kommunens dokumenthanteringsplan. En gallring tömmer fritext och personuppgifter i "
           "de poster som passerat tiden, även i ändringshistoriken; datum, enhet, typ och "
           "allvarlighetsgrad finns kvar, så statistiken blir densamma. En säkerhetskopia görs först."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    const auto months = session.reg().retentionRules().months();
    for (int k = 0; k < RetentionRule::kKindCount; ++k) {
        auto* spin = named<QSpinBox>(this, kSpinNames[k]);
        spin->setRange(0, RetentionRule::kMaxMonths);
        spin->setSpecialValueText(tr("Bevaras för alltid"));
        spin->setSuffix(tr(" månader"));
        spin->setValue(months.at(std::size_t(k)));
        spin->setToolTip(RetentionRule::basisText(Kind(k)));
        spin->setMinimumWidth(170);
        auto* basis = new QLabel(RetentionRule::basisText(Kind(k)), this);
        basis->setStyleSheet(QStringLiteral("color: palette(mid)"));
        auto* row = new QHBoxLayout;
        row->addWidget(spin);
        row->addWidget(basis, 1);
        form->addRow(RetentionRule::kKinds.label(Kind(k)) + QLatin1Char(':'), row);
        m_months.at(std::size_t(k)) = spin;
        connect(spin, &QSpinBox::valueChanged, m_previewTimer, qOverload<>(&QTimer::start));
    }

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Slag"), tr("Datum"), tr("Enhet"), tr("Typ eller hotnivå")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_counts->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveButton = buttons->addButton(tr("&Spara reglerna"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("retentionSaveButton"));
    m_runButton = buttons->addButton(tr("&Gallra…"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("retentionRunButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &RetentionDialog::saveRules);
    connect(m_runButton, &QPushButton::clicked, this, &RetentionDialog::confirmAndRun);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    // The preview follows the typing, once it pauses.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &RetentionDialog::updatePreview);
    updatePreview();
}

std::array<int, RetentionRule::kKindCount> RetentionDialog::months() const
{
    std::array<int, RetentionRule::kKindCount> out{};
    for (int k = 0; k < RetentionRule::kKindCount; ++k)
        out.at(std::size_t(k)) = m_months.at(std::size_t(k))->value();
    return out;
}

void RetentionDialog::updatePreview()
{
    RetentionRun run(m_session.reg());
    run.setMonths(months());
    try {
        m_preview = run.preview();
    } catch (const Error& e) {
        m_counts->setText(e.message());
        return;
    }
    QStringList counts;
    for (int k = 0; k < RetentionRule::kKindCount; ++k)
        counts << QStringLiteral("%1: %2")
                      .arg(RetentionRule::kKinds.label(Kind(k)))
                      .arg(m_preview.count(Kind(k)));
    m_counts->setText(m_preview.isEmpty()
                          ? tr("Inga poster har passerat sin tid med de här reglerna.")
                          : tr("Gallras med de här reglerna: %1.").arg(counts.join(QStringLiteral(", "))));
    m_table->setRowCount(int(m_preview.items.size()));
    int row = 0;
    for (const RetentionRun::Item& i : m_preview.items) {
        const QStringList cells{RetentionRule::kKinds.label(i.kind), i.basis.toString(Qt::ISODate), i.unit,
                                i.what};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_runButton->setEnabled(!m_preview.isEmpty() && !m_job->isRunning());
}

void RetentionDialog::saveRules()
{
    try {
        const auto wanted = months();
        std::vector<std::pair<Kind, int>> rules;
        for (int k = 0; k < RetentionRule::kKindCount; ++k)
            rules.emplace_back(Kind(k), wanted.at(std::size_t(k)));
        m_session.reg().retentionRules().set(rules);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Gallring"), tr("Reglerna sparades inte: %1").arg(e.message()));
    }
}

void RetentionDialog::confirmAndRun()
{
    updatePreview();
    if (m_preview.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Gallra"),
                    tr("%n post(er) töms på fritext och personuppgifter, även i ändringshistoriken. Det går "
                       "inte att ångra annat än genom att återställa säkerhetskopian som görs först.",
                       nullptr, int(m_preview.items.size())),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("retentionConfirm"));
    QPushButton* go = ask.addButton(tr("Gallra"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == go)
        runNow();
}

void RetentionDialog::runNow()
{
    if (m_job->isRunning())
        return;
    saveRules();
    const RegisterSource source = m_session.reg().source();
    const QString actor = m_session.reg().database().actor();
    const QString folder = RegisterFileActions::backupFolder();
    auto* progress = new QProgressDialog(tr("Gallrar…"), tr("Avbryt"), 0, 100, this);
    progress->setObjectName(QStringLiteral("retentionProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progressed, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    m_runButton->setEnabled(false);
    const std::atomic_bool* cancelled = m_job->cancelFlag();
    auto backup = std::make_shared<QString>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_job, &BackgroundJob::finished, this, [=, this](const QString& problem) {
        disconnect(*connection);
        progress->deleteLater();
        m_session.takeOwnOutsideCommits();
        if (problem.isEmpty()) {
            // An undo of an edit made before would bring cleared text back.
            m_session.undoStack()->clear();
            m_session.notifyAllChanged();
            auto* box =
                new QMessageBox(QMessageBox::Information, tr("Gallring klar"),
                                tr("Gallringen är klar. Säkerhetskopian från före gallringen finns i %1; "
                                   "den innehåller det som gallrades, så ta bort den när den inte längre "
                                   "behövs.")
                                    .arg(QDir::toNativeSeparators(*backup)),
                                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("retentionDone"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Gallring"),
                                        tr("Inget gallrades: %1").arg(problem), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("retentionFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        updatePreview();
        Q_EMIT finished(problem, *backup);
    });
    m_job->start([=](const BackgroundJob::Progress& report) {
        const std::unique_ptr<Register> reg = Register::open(source);
        reg->database().setActor(actor);
        *backup =
            RetentionRun(*reg).run(folder, report, [cancelled] { return cancelled->load(); }).backupPath;
    });
}

} // namespace sakra::gui
