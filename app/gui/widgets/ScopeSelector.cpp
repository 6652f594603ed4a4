#include "ScopeSelector.h"

#include "Register.h"
#include "RegisterSession.h"

#include <QAbstractItemView>
#include <QStyledItemDelegate>
#include <algorithm>

namespace sakra::gui {

namespace {
constexpr int kDepthRole = Qt::UserRole + 1;

// Indents the open list by depth, so the closed box shows the name alone and type-ahead finds
// names by their first letter.
class DepthDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem indented(option);
        indented.rect.adjust(indent(option, index), 0, 0, 0);
        QStyledItemDelegate::paint(painter, indented, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(indent(option, index), 0);
    }

private:
    static int indent(const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        return index.data(kDepthRole).toInt() * option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 2;
    }
};
} // namespace

ScopeSelector::ScopeSelector(RegisterSession& session, QWidget* parent)
    : QComboBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("scopeSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(28);
    setMaxVisibleItems(25);
    setToolTip(tr("Vilken del av organisationen vyerna visar"));
    setAccessibleName(tr("Omfattning"));
    view()->setItemDelegate(new DepthDelegate(this));
    connect(&m_session, &RegisterSession::registerOpened, this, &ScopeSelector::reload);
    connect(&m_session, &RegisterSession::changed, this, &ScopeSelector::onChanged);
    connect(&m_session, &RegisterSession::scopeChanged, this, &ScopeSelector::onScopeChanged);
    connect(this, &QComboBox::activated, this, &ScopeSelector::onActivated);
    reload();
}

void ScopeSelector::reload()
{
    const QSignalBlocker blocker(this);
    clear();
    // On a shared register, one who does not see all of it sees their own units.
    const bool whole = !m_session.hasRegister() || m_session.reg().database().seesEverything();
    addItem(whole ? tr("Hela kommunen") : tr("Dina enheter"), qint64(0));
    setEnabled(m_session.hasRegister());
    if (!m_session.hasRegister())
        return;
    for (const auto& [unit, depth] : m_session.reg().units().scopeCandidates()) {
        if (unit.kind == UnitKind::Municipality)
            continue; // the same as the whole municipality
        addItem(unit.name, unit.id);
        setItemData(count() - 1, std::max(0, depth - 1) + 1, kDepthRole);
        setItemData(count() - 1, kUnitKinds.label(unit.kind), Qt::ToolTipRole);
    }
    const int index = findData(m_session.scopeUnitId());
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(0);
        m_session.setScopeUnitId(0);
    }
}

void ScopeSelector::onChanged(const ChangeSet& changes)
{
    if (changes.touches(OrgUnit::spec()))
        reload();
}

void ScopeSelector::onActivated(int index)
{
    m_session.setScopeUnitId(itemData(index).toLongLong());
}

void ScopeSelector::onScopeChanged(qint64 unitId)
{
    const int index = findData(unitId);
    if (index >= 0 && index != currentIndex()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
}

} // namespace sakra::gui
