#include "MergeDialog.h"

#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "import/BackgroundJob.h"
#include "sync/Merger.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {

enum Column
{
    Row,
    Field,
    Base,
    Central,
    Site,
    Choice,
};

QString whoWhen(const QString& text, const QString& by, const QString& at)
{
    if (by.isEmpty())
        return text;
    return QStringLiteral("%1\n(%2, %3)").arg(text, by, at.left(10));
}

} // namespace

MergeDialog::MergeDialog(RegisterSession& session, const QString& packagePath, QWidget* parent)
    : QDialog(parent), m_session(session), m_packagePath(packagePath), m_central(session.reg().source()),
      m_job(new BackgroundJob(this)), m_summary(named<QLabel>(this, "mergeSummary")),
      m_conflicts(named<QTreeWidget>(this, "mergeConflictList")),
      m_bulkTable(named<QComboBox>(this, "mergeBulkTableCombo")),
      m_bulkCentral(named<QPushButton>(this, "mergeBulkCentralButton", tr("Behåll &centralt för alla"))),
      m_bulkSite(named<QPushButton>(this, "mergeBulkSiteButton", tr("Ta &platsens för alla"))),
      m_automatic(named<QTreeWidget>(this, "mergeAutomaticList")),
      m_refused(named<QLabel>(this, "mergeRefused")), m_progress(named<QProgressBar>(this, "mergeProgress"))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Ta emot del: %1").arg(QFileInfo(packagePath).fileName()));
    m_summary->setWordWrap(true);
    m_refused->setWordWrap(true);
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels(
        {tr("Post"), tr("Fält"), tr("Utgångsläge"), tr("Centralt"), tr("Platsen"), tr("Val")});
    m_conflicts->setAccessibleName(tr("Konflikter"));
    m_conflicts->setWordWrap(true);
    m_automatic->setRootIsDecorated(false);
    m_automatic->setHeaderLabels({tr("Post"), tr("Ändring"), tr("Värde")});
    m_automatic->setAccessibleName(tr("Sammanfogas utan konflikt"));
    m_progress->setRange(0, 0);
    m_progress->hide();

    auto* bulk = new QHBoxLayout;
    bulk->addWidget(new QLabel(tr("Alla konflikter i:"), this));
    bulk->addWidget(m_bulkTable, 1);
    bulk->addWidget(m_bulkCentral);
    bulk->addWidget(m_bulkSite);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* again = buttons->addButton(tr("&Jämför igen"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("mergeCompareButton"));
    m_mergeButton = buttons->addButton(tr("&Sammanfoga"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeApplyButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("mergeCloseButton"));
    connect(again, &QPushButton::clicked, this, &MergeDialog::startPreview);
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::startMerge);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_conflicts->header(), &QHeaderView::sectionResized, m_conflicts,
            [list = m_conflicts] { QTimer::singleShot(0, list, [list] { list->doItemsLayout(); }); });
    connect(m_bulkCentral, &QPushButton::clicked, this,
            [this] { chooseForTable(MergeDecision::Choice::Central); });
    connect(m_bulkSite, &QPushButton::clicked, this, [this] { chooseForTable(MergeDecision::Choice::Site); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Konflikter att avgöra:"), this));
    layout->addWidget(m_conflicts, 3);
    layout->addLayout(bulk);
    layout->addWidget(new QLabel(tr("Sammanfogas utan att fråga:"), this));
    layout->addWidget(m_automatic, 2);
    layout->addWidget(m_refused);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1040, 680);

    connect(m_job, &BackgroundJob::finished, this, [this](const QString& problem) {
        setBusy(false);
        if (m_previewResult) {
            auto result = std::move(m_previewResult);
            if (problem.isEmpty()) {
                m_plan = *result;
                m_decisions = Merger(m_session.reg().database()).savedDecisions(m_plan.packageId);
                showPlan();
            } else {
                m_summary->setText(tr("Delen kan inte tas emot: %1").arg(problem));
            }
            updateButtons();
            Q_EMIT previewReady(problem);
            return;
        }
        auto result = std::move(m_mergeResult);
        const bool stale = m_stale && *m_stale;
        m_stale.reset();
        m_session.takeOwnOutsideCommits();
        if (stale) {
            m_summary->setText(
                tr("Registret eller delen ändrades medan du granskade. Jämförelsen görs om; dina "
                   "val finns kvar där de fortfarande gäller."));
            Q_EMIT merged(problem);
            startPreview();
            return;
        }
        if (problem.isEmpty()) {
            m_done = true;
            m_summary->setText(tr("Delen är sammanfogad: %1 nya, %2 ändrade, %3 borttagna och %4 återställda "
                                  "poster, %5 rader historik från platsen. En säkerhetskopia gjordes först.")
                                   .arg(result->created)
                                   .arg(result->updated)
                                   .arg(result->removed)
                                   .arg(result->restored)
                                   .arg(result->historyEntries));
        } else {
            m_summary->setText(tr("Sammanfogningen gjordes inte; registret är som förut: %1").arg(problem));
        }
        updateButtons();
        Q_EMIT merged(problem);
    });
    // The preview and the choices belong to the register open now; another one ends the review.
    connect(&m_session, &RegisterSession::registerOpened, this, [this] {
        if (!m_job->isRunning())
            reject();
    });
    updateButtons();
    startPreview();
}

MergeDialog::~MergeDialog() = default;

bool MergeDialog::isBusy() const
{
    return m_job->isRunning();
}

void MergeDialog::setBusy(bool busy, const QString& what)
{
    m_progress->setVisible(busy);
    if (busy)
        m_summary->setText(what);
    updateButtons();
}

void MergeDialog::startPreview()
{
    if (m_job->isRunning())
        return;
    if (!m_session.hasRegister() || m_session.reg().source() != m_central) {
        reject(); // another register is open now
        return;
    }
    m_done = false;
    auto result = std::make_shared<MergePlan>();
    m_previewResult = result;
    const RegisterSource central = m_session.reg().source();
    const QString package = m_packagePath;
    setBusy(true, tr("Jämför delen med registret…"));
    m_job->start([central, package, result](const BackgroundJob::Progress&) {
        const std::unique_ptr<Register> reg = Register::openForReading(central);
        *result = Merger(reg->database()).preview(package);
    });
}

void MergeDialog::startMerge()
{
    if (m_job->isRunning() || m_done)
        return;
    if (!m_session.hasRegister() || m_session.reg().source() != m_central) {
        reject();
        return;
    }
    auto result = std::make_shared<MergeApplier::Result>();
    auto stale = std::make_shared<bool>(false);
    m_mergeResult = result;
    m_stale = stale;
    const RegisterSource central = m_session.reg().source();
    const QString actor = m_session.reg().database().actor();
    const QString package = m_packagePath;
    const QString backups = RegisterFileActions::backupFolder();
    const MergePlan plan = m_plan;
    const MergeDecisions decisions = m_decisions;
    setBusy(true, tr("Sammanfogar…"));
    m_job->start([=](const BackgroundJob::Progress&) {
        const std::unique_ptr<Register> reg = Register::open(central);
        reg->database().setActor(actor);
        try {
            *result = Merger(reg->database()).apply(package, plan, decisions, backups);
        } catch (const StaleMergeError&) {
            *stale = true;
            throw;
        }
    });
}

QStringList MergeDialog::choiceTexts(const MergeConflict& c) const
{
    using Kind = MergeConflict::Kind;
    switch (c.kind) {
    case Kind::Field: return {tr("Behåll centralt"), tr("Ta platsens"), tr("Eget värde…")};
    case Kind::RemovedAtSite: return {tr("Behåll posten"), tr("Ta bort den som platsen")};
    case Kind::RemovedCentrally: return {tr("Låt den vara borttagen"), tr("Återställ med platsens värden")};
    case Kind::RefersToRemoved:
        return {tr("Släpp den nya posten"), tr("Återställ den borttagna"), tr("Peka på en annan…")};
    case Kind::UniqueClash: return {tr("Släpp platsens nya post"), tr("Ersätt den centrala")};
    case Kind::Cycle: return {tr("Behåll den centrala placeringen")};
    }
    return {};
}

void MergeDialog::showPlan()
{
    m_conflicts->clear();
    m_automatic->clear();
    m_bulkTable->clear();
    const QLocale locale;
    const auto count = [&locale](qint64 n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(locale.toString(n));
    };
    m_summary->setText(
        tr("%1, utlämnad till %2 den %3: %4 sammanfogas utan att fråga, %5 att avgöra, %6 från platsen.")
            .arg(m_plan.rootUnitName, m_plan.handedTo, m_plan.handedOutAt.left(10),
                 count(qint64(m_plan.automatic.size()), tr("%1 ändring"), tr("%1 ändringar")),
                 count(qint64(m_plan.conflicts.size()), tr("%1 konflikt"), tr("%1 konflikter")),
                 count(m_plan.siteHistoryEntries, tr("%1 rad historik"), tr("%1 rader historik"))));
    QStringList tables;
    for (int i = 0; i < int(m_plan.conflicts.size()); ++i) {
        const MergeConflict& c = m_plan.conflicts[std::size_t(i)];
        auto* item = new QTreeWidgetItem(m_conflicts,
                                         {QStringLiteral("%1: %2").arg(c.tableLabel, c.rowName), c.fieldLabel,
                                          c.baseText, whoWhen(c.centralText, c.centralBy, c.centralAt),
                                          whoWhen(c.siteText, c.siteBy, c.siteAt), QString()});
        // Three lines for a value and who changed it; the whole text in the tool tip.
        for (int column = Row; column < Choice; ++column)
            item->setToolTip(column, item->text(column));
        item->setSizeHint(Central, QSize(1, m_conflicts->fontMetrics().height() * 3 + 6));
        auto* combo = new QComboBox(m_conflicts);
        combo->setObjectName(QStringLiteral("mergeChoice%1").arg(i));
        combo->addItem(tr("– välj –"));
        combo->addItems(choiceTexts(c));
        const auto saved = m_decisions.constFind(c.key());
        if (saved != m_decisions.cend() && int(saved->choice) + 1 < combo->count())
            combo->setCurrentIndex(int(saved->choice) + 1);
        m_conflicts->setItemWidget(item, Choice, combo);
        connect(combo, &QComboBox::activated, this, [this, i](int index) { onChoiceEdited(i, index); });
        if (!tables.contains(c.tableLabel))
            tables << c.tableLabel;
    }
    m_bulkTable->addItem(tr("alla tabeller"));
    m_bulkTable->addItems(tables);
    for (const MergeChange& c : m_plan.automatic) {
        QString what;
        switch (c.kind) {
        case MergeChange::Kind::Create: what = tr("ny"); break;
        case MergeChange::Kind::Update: what = c.fieldLabel; break;
        case MergeChange::Kind::Remove: what = tr("borttagen"); break;
        case MergeChange::Kind::Restore: what = tr("återställd"); break;
        }
        new QTreeWidgetItem(m_automatic,
                            {QStringLiteral("%1: %2").arg(c.tableLabel, c.rowName), what, c.valueText});
    }
    QStringList refused;
    for (const MergeRefusal& r : m_plan.refused)
        refused << QStringLiteral("%1 (%2): %3").arg(r.rowName, r.table, r.reason);
    m_refused->setText(refused.isEmpty() ? QString()
                                         : tr("Tas inte med: %1").arg(refused.join(QStringLiteral("; "))));
    m_refused->setVisible(!refused.isEmpty());
    // The values wrap in columns of equal width; the row's name keeps a readable width.
    QHeaderView* header = m_conflicts->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(Row, QHeaderView::Interactive);
    header->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Choice, QHeaderView::ResizeToContents);
    header->resizeSection(Row, 240);
    // Wrapped rows take their height from the widths the columns have once laid out.
    QTimer::singleShot(0, m_conflicts, [list = m_conflicts] { list->doItemsLayout(); });
    m_automatic->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_automatic->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_automatic->header()->resizeSection(0, 360);
}

void MergeDialog::onChoiceEdited(int row, int index)
{
    if (index <= 0)
        return;
    const MergeConflict& c = m_plan.conflicts[std::size_t(row)];
    const auto choice = MergeDecision::Choice(index - 1);
    if (choice != MergeDecision::Choice::Value) {
        choose(row, choice);
        return;
    }
    bool ok = false;
    QJsonValue value;
    if (c.kind == MergeConflict::Kind::Field) {
        const QString text = QInputDialog::getText(this, tr("Eget värde"), tr("%1:").arg(c.fieldLabel),
                                                   QLineEdit::Normal, c.centralText, &ok);
        value = text;
    } else {
        const auto rows = Merger(m_session.reg().database()).liveRows(c.targetTable);
        QStringList names;
        for (const auto& [uuid, name] : rows)
            names << name;
        const QString name = QInputDialog::getItem(this, tr("Peka på en annan post"),
                                                   tr("%1:").arg(c.fieldLabel), names, 0, false, &ok);
        const qsizetype at = names.indexOf(name);
        value = at >= 0 ? QJsonValue(rows[std::size_t(at)].first) : QJsonValue();
    }
    if (!ok || value.isNull()) {
        if (auto* combo =
                qobject_cast<QComboBox*>(m_conflicts->itemWidget(m_conflicts->topLevelItem(row), Choice)))
            combo->setCurrentIndex(0);
        m_decisions.remove(c.key());
        updateButtons();
        return;
    }
    choose(row, choice, value);
}

void MergeDialog::choose(int row, MergeDecision::Choice choice, const QJsonValue& value)
{
    const MergeConflict& c = m_plan.conflicts.at(std::size_t(row));
    const MergeDecision decision{choice, value};
    m_decisions.insert(c.key(), decision);
    if (auto* combo =
            qobject_cast<QComboBox*>(m_conflicts->itemWidget(m_conflicts->topLevelItem(row), Choice)))
        if (int(choice) + 1 < combo->count())
            combo->setCurrentIndex(int(choice) + 1);
    // Kept in the register, so a review left half-way can be picked up again.
    Merger(m_session.reg().database()).saveDecision(m_plan.packageId, c, decision);
    updateButtons();
}

void MergeDialog::chooseForTable(MergeDecision::Choice choice)
{
    const QString table = m_bulkTable->currentIndex() > 0 ? m_bulkTable->currentText() : QString();
    for (int i = 0; i < int(m_plan.conflicts.size()); ++i) {
        const MergeConflict& c = m_plan.conflicts[std::size_t(i)];
        if (!table.isEmpty() && c.tableLabel != table)
            continue;
        if (choice == MergeDecision::Choice::Site && c.kind == MergeConflict::Kind::Cycle)
            continue; // a cycle is never the site's way
        choose(i, choice);
    }
}

void MergeDialog::updateButtons()
{
    const bool busy = m_job->isRunning();
    bool decided = true;
    for (const MergeConflict& c : m_plan.conflicts)
        decided = decided && m_decisions.contains(c.key());
    const bool planned = !m_plan.packageId.isEmpty();
    m_mergeButton->setEnabled(!busy && !m_done && planned && decided);
    m_mergeButton->setToolTip(decided ? QString() : tr("Välj först för varje konflikt."));
    m_conflicts->setEnabled(!busy && !m_done);
    for (QPushButton* b : {m_bulkCentral, m_bulkSite})
        b->setEnabled(!busy && !m_done && !m_plan.conflicts.empty());
    m_bulkTable->setEnabled(!busy && !m_done && !m_plan.conflicts.empty());
}

} // namespace sakra::gui
