#include "UnitTreeModel.h"

#include "Register.h"

#include <QFont>
#include <QSet>
#include <algorithm>

namespace sakra::gui {

struct UnitTreeModel::Node
{
    OrgUnit unit;
    bool hasChildren = false; // what core said when the node was last read
    bool fetched = false;     // children read; leaves count as read so refresh() sees new children
    int row = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

UnitTreeModel::~UnitTreeModel() = default;

void UnitTreeModel::reset(Register* reg, qint64 scopeUnitId)
{
    beginResetModel();
    m_register = reg;
    m_scopeUnitId = scopeUnitId;
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    m_root->hasChildren = reg != nullptr;
    endResetModel();
}

void UnitTreeModel::refresh()
{
    if (m_register)
        sync(m_root.get());
}

UnitTreeModel::Node* UnitTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex UnitTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

qint64 UnitTreeModel::unitId(const QModelIndex& index) const
{
    return index.isValid() ? nodeAt(index)->unit.id : 0;
}

const OrgUnit* UnitTreeModel::unit(const QModelIndex& index) const
{
    return index.isValid() ? &nodeAt(index)->unit : nullptr;
}

std::vector<OrgUnitNode> UnitTreeModel::readChildren(const Node* node) const
{
    if (!m_register)
        return {};
    if (node != m_root.get())
        return m_register->units().children(node->unit.id);
    if (m_scopeUnitId == 0)
        return m_register->units().children(0);
    // A scope shows its own unit as the single top row.
    const auto top = m_register->units().find(m_scopeUnitId);
    if (!top)
        return {};
    return {OrgUnitNode{*top, !m_register->units().children(top->id).empty()}};
}

std::unique_ptr<UnitTreeModel::Node> UnitTreeModel::makeNode(const OrgUnitNode& source, Node* parent)
{
    auto node = std::make_unique<Node>();
    node->unit = source.unit;
    node->hasChildren = source.hasChildren;
    node->fetched = !source.hasChildren;
    node->parent = parent;
    m_nodes.insert(node->unit.id, node.get());
    return node;
}

void UnitTreeModel::forget(Node* node)
{
    for (auto& child : node->children)
        forget(child.get());
    // A unit moved to a branch read earlier in the same refresh already has its new node here.
    if (m_nodes.value(node->unit.id) == node)
        m_nodes.remove(node->unit.id);
}

void UnitTreeModel::renumber(Node* node)
{
    for (int row = 0; row < int(node->children.size()); ++row)
        node->children[row]->row = row;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeAt(parent);
    if (row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool UnitTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* p = nodeAt(parent);
    return p->fetched ? !p->children.empty() : p->hasChildren;
}

bool UnitTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* p = nodeAt(parent);
    return m_register && !p->fetched && p->hasChildren;
}

void UnitTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* p = nodeAt(parent);
    if (!m_register || p->fetched)
        return;
    const auto children = readChildren(p);
    p->fetched = true;
    if (children.empty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    for (const OrgUnitNode& child : children)
        p->children.push_back(makeNode(child, p));
    renumber(p);
    endInsertRows();
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const OrgUnit& u = nodeAt(index)->unit;
    switch (role) {
    case Qt::DisplayRole: return index.column() == NameColumn ? u.name : kUnitKinds.label(u.kind);
    case Qt::ToolTipRole:
        return u.note.isEmpty() ? kUnitKinds.label(u.kind)
                                : QStringLiteral("%1\n%2").arg(kUnitKinds.label(u.kind), u.note);
    case Qt::FontRole:
        if (index.column() == NameColumn &&
            (u.kind == UnitKind::Municipality || isAdministrationLike(u.kind))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return u.id;
    default: return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Namn") : tr("Typ");
}

void UnitTreeModel::sync(Node* node)
{
    if (!node->fetched)
        return;
    const std::vector<OrgUnitNode> fresh = readChildren(node);
    const QModelIndex parentIndex = indexOf(node);
    QHash<qint64, int> freshRow;
    for (int i = 0; i < int(fresh.size()); ++i)
        freshRow.insert(fresh[i].unit.id, i);

    auto& children = node->children;
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        if (freshRow.contains(children[row]->unit.id))
            continue;
        beginRemoveRows(parentIndex, row, row);
        forget(children[row].get());
        children.erase(children.begin() + row);
        renumber(node);
        endRemoveRows();
    }

    QSet<qint64> present;
    for (auto& child : children) {
        const OrgUnitNode& source = fresh[freshRow.value(child->unit.id)];
        present.insert(child->unit.id);
        const bool changed = child->unit.rowVersion != source.unit.rowVersion ||
                             (!child->fetched && child->hasChildren != source.hasChildren);
        child->unit = source.unit;
        child->hasChildren = source.hasChildren;
        if (changed)
            Q_EMIT dataChanged(indexOf(child.get(), 0), indexOf(child.get(), ColumnCount - 1));
    }

    std::vector<const OrgUnitNode*> added;
    for (const OrgUnitNode& source : fresh)
        if (!present.contains(source.unit.id))
            added.push_back(&source);
    if (!added.empty()) {
        const int first = int(children.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        for (const OrgUnitNode* source : added)
            children.push_back(makeNode(*source, node));
        renumber(node);
        endInsertRows();
    }

    bool ordered = true;
    for (int row = 0; row < int(children.size()) && ordered; ++row)
        ordered = children[row]->unit.id == fresh[row].unit.id;
    if (!ordered) {
        // A rename moves a unit within its parent: a layout change keeps selection and
        // expanded branches, where removing and inserting would lose them.
        const QList<QPersistentModelIndex> parents{QPersistentModelIndex(parentIndex)};
        Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
        std::sort(children.begin(), children.end(), [&freshRow](const auto& a, const auto& b) {
            return freshRow.value(a->unit.id) < freshRow.value(b->unit.id);
        });
        renumber(node);
        QModelIndexList from;
        QModelIndexList to;
        const QModelIndexList persistent = persistentIndexList();
        for (const QModelIndex& index : persistent) {
            Node* n = nodeAt(index);
            if (index.isValid() && n->parent == node) {
                from << index;
                to << createIndex(n->row, index.column(), n);
            }
        }
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
    }

    for (auto& child : children)
        sync(child.get());
}

QModelIndex UnitTreeModel::reveal(qint64 id)
{
    if (!m_register || id <= 0)
        return {};
    if (Node* known = m_nodes.value(id))
        return indexOf(known);
    if (!m_root->fetched)
        fetchMore(QModelIndex());

    // Walk up to the nearest loaded unit, then fetch down along the same path.
    std::vector<std::pair<qint64, qint64>> path; // (unit, parent) from the unit upwards
    qint64 current = id;
    for (int depth = 0; depth < 64; ++depth) {
        const auto unit = m_register->units().find(current);
        if (!unit)
            return {};
        path.emplace_back(unit->id, unit->parentId);
        if (m_nodes.contains(unit->parentId) || (unit->parentId == 0 && m_scopeUnitId == 0))
            break;
        if (unit->parentId == 0)
            return {}; // outside the scope
        current = unit->parentId;
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        Node* parent = it->second == 0 ? m_root.get() : m_nodes.value(it->second);
        if (!parent)
            return {};
        if (!parent->fetched) {
            parent->hasChildren = true;
            fetchMore(indexOf(parent));
        } else if (!m_nodes.contains(it->first)) {
            sync(parent);
        }
        if (!m_nodes.contains(it->first))
            return {};
    }
    return indexOf(m_nodes.value(id));
}

} // namespace sakra::gui
