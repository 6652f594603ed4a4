#include "SearchDialog.h"

#include "RegisterSession.h"
#include "SearchLoader.h"
#include "search/RegisterSearch.h"
#include "widgets/Named.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
// Where a hit item keeps its place in m_hits; area items hold none.
constexpr int kHitRole = Qt::UserRole + 1;
} // namespace

SearchDialog::SearchDialog(RegisterSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_field(named<QLineEdit>(this, "searchField")),
      m_status(named<QLabel>(this, "searchStatus")), m_results(named<QTreeWidget>(this, "searchResults")),
      m_buttons(new QDialogButtonBox(this)), m_delay(new QTimer(this)), m_thread(new QThread(this)),
      m_loader(new SearchLoader)
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Sök överallt"));
    resize(720, 520);
    m_field->setPlaceholderText(tr("Sök i risker, åtgärder, händelser, utbildning, rutiner, larm, personer, "
                                   "enheter och lokaler"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Sök överallt"));
    m_field->installEventFilter(this);
    m_status->setText(tr("Varje ord du skriver ska inleda ett ord i posten."));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Träff"), tr("Enhet")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Träffar per område"));
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QPushButton* open = m_buttons->addButton(tr("Öppna"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("searchOpenButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    // Enter belongs to the field and the list, which open the chosen hit themselves.
    for (QAbstractButton* b : m_buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &SearchDialog::startSearch);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchDialog::openCurrent);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::openCurrent);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &SearchDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SearchDialog::openCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &SearchLoader::found, this, &SearchDialog::showHits);
    connect(m_loader, &SearchLoader::failed, this, &SearchDialog::showFailure);
    m_thread->start();
    updateButtons();
}

SearchDialog::~SearchDialog()
{
    QMetaObject::invokeMethod(m_loader, &SearchLoader::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

std::vector<SearchHit> SearchDialog::shownHits() const
{
    std::vector<SearchHit> out;
    for (int a = 0; a < m_results->topLevelItemCount(); ++a) {
        const QTreeWidgetItem* area = m_results->topLevelItem(a);
        for (int h = 0; h < area->childCount(); ++h)
            out.push_back(m_hits.at(std::size_t(area->child(h)->data(0, kHitRole).toInt())));
    }
    return out;
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the field goes on to the hits, as in a search box of a web browser.
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_results->topLevelItemCount() > 0) {
        m_results->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::startSearch()
{
    const quint64 generation = ++m_asked;
    // One more than is shown, to tell whether an area has more.
    SearchRequest request{m_field->text(), kHitsPerArea + 1, false};
    if (!m_session.hasRegister() || !RegisterSearch::hasWords(request.text)) {
        showHits(generation, {});
        m_status->setText(tr("Varje ord du skriver ska inleda ett ord i posten."));
        return;
    }
    m_status->setText(tr("Söker…"));
    const RegisterSource source = m_session.reg().source();
    SearchLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, source, request] { loader->search(generation, source, request); },
        Qt::QueuedConnection);
}

void SearchDialog::showHits(quint64 generation, const std::vector<SearchHit>& hits)
{
    if (generation != m_asked)
        return; // an answer to text typed before
    m_answered = generation;
    m_hits = hits;
    m_results->clear();
    QTreeWidgetItem* first = nullptr;
    for (const QString& area : RegisterSearch::areas()) {
        QTreeWidgetItem* group = nullptr;
        int count = 0;
        for (std::size_t i = 0; i < m_hits.size(); ++i) {
            if (m_hits[i].area != area)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_results);
                group->setFlags(Qt::ItemIsEnabled);
                group->setFirstColumnSpanned(true);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            if (++count > kHitsPerArea)
                continue;
            auto* item = new QTreeWidgetItem(group, {m_hits[i].title, m_hits[i].unit});
            item->setData(0, kHitRole, int(i));
            item->setToolTip(0, m_hits[i].title);
            if (!first)
                first = item;
        }
        if (group)
            group->setText(0, count <= kHitsPerArea
                                  ? tr("%1 (%2)").arg(RegisterSearch::areaLabel(area)).arg(count)
                                  : tr("%1 (de %2 senast registrerade; fler finns, skriv fler ord)")
                                        .arg(RegisterSearch::areaLabel(area))
                                        .arg(kHitsPerArea));
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    if (first)
        m_status->setText(tr("%n träffar. Enter öppnar den valda, pil ned går till listan.", nullptr,
                             int(shownHits().size())));
    else
        m_status->setText(tr("Inga träffar."));
    updateButtons();
}

void SearchDialog::showFailure(quint64 generation, const QString& message)
{
    if (generation != m_asked)
        return;
    m_answered = generation;
    m_hits.clear();
    m_results->clear();
    m_status->setText(tr("Sökningen misslyckades: %1").arg(message));
    updateButtons();
}

void SearchDialog::openCurrent()
{
    const QTreeWidgetItem* item = m_results->currentItem();
    if (!item || !item->data(0, kHitRole).isValid())
        return;
    const SearchHit hit = m_hits.at(std::size_t(item->data(0, kHitRole).toInt()));
    accept();
    Q_EMIT hitChosen(hit);
}

void SearchDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_results->currentItem();
    if (QPushButton* open = findChild<QPushButton*>(QStringLiteral("searchOpenButton")))
        open->setEnabled(item && item->data(0, kHitRole).isValid());
}

} // namespace sakra::gui
