#include "HistoryPanel.h"

#include "Formatting.h"
#include "HistoryText.h"
#include "Named.h"
#include "Register.h"
#include "RegisterSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

HistoryPanel::HistoryPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(named<QLabel>(this, "historyTitle")),
      m_view(named<QTreeWidget>(this, "historyView"))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(true);
    m_view->setHeaderLabels({tr("När"), tr("Vem"), tr("Vad"), tr("Fält"), tr("Från"), tr("Till")});
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Ändringshistorik"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    connect(&m_session, &RegisterSession::historySubjectChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &RegisterSession::changed, this, &HistoryPanel::onChanged);
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryPanel::onChanged(const ChangeSet& changes)
{
    if (!m_session.historyTable() || !changes.touches(*m_session.historyTable()))
        return;
    m_stale = true;
    if (isVisible())
        reload();
}

void HistoryPanel::reload()
{
    m_stale = false;
    m_view->clear();
    const TableSpec* spec = m_session.historyTable();
    if (!m_session.hasRegister() || !spec || m_session.historyUuid().isEmpty()) {
        m_title->setText(tr("Välj något i vyn för att se vem som ändrat vad och när."));
        return;
    }
    m_title->setText(tr("Historik för %1").arg(m_session.historyTitle()));
    const auto changes = m_session.reg().history().describe(
        *spec, m_session.historyUuid(), HistoryText(m_session.reg().riskMatrix().current()));
    QList<QTreeWidgetItem*> items;
    // Newest first: the latest change is what people look for.
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        auto* item = new QTreeWidgetItem(
            {Formatting::localTime(it->at), it->actor, it->action, it->field, it->oldText, it->newText});
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        // A reference reads as a name; which row it is, exactly, is there for who needs it.
        if (!it->oldUuid.isEmpty())
            item->setToolTip(4, tr("%1 (UUID %2)").arg(it->oldText, it->oldUuid));
        if (!it->newUuid.isEmpty())
            item->setToolTip(5, tr("%1 (UUID %2)").arg(it->newText, it->newUuid));
        items << item;
    }
    m_view->addTopLevelItems(items);
    for (int column = 0; column < 4; ++column)
        m_view->resizeColumnToContents(column);
}

} // namespace sakra::gui
