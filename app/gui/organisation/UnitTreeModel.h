#pragma once

#include "organisation/OrgUnit.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace sakra {
class Register;
struct OrgUnitNode;
} // namespace sakra

namespace sakra::gui {

// The organisation tree, read one level at a time: a branch is fetched when the view first
// needs it (canFetchMore/fetchMore), so a register with thousands of units shows its first rows
// at once. refresh() re-reads only the branches already fetched and keeps expanded branches and
// the selection, so an edit does not fold the tree up.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit UnitTreeModel(QObject* parent = nullptr);
    ~UnitTreeModel() override;

    // Starts over on reg (may be null) showing the subtree of scopeUnitId (0: everything).
    void reset(Register* reg, qint64 scopeUnitId);
    void refresh();

    qint64 unitId(const QModelIndex& index) const;
    const OrgUnit* unit(const QModelIndex& index) const;
    // The index of a unit, fetching the branches above it as needed; invalid if it is not in
    // the tree (removed, or outside the scope).
    QModelIndex reveal(qint64 id);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    std::vector<OrgUnitNode> readChildren(const Node* node) const;
    std::unique_ptr<Node> makeNode(const OrgUnitNode& source, Node* parent);
    void forget(Node* node);
    void renumber(Node* node);
    void sync(Node* node);

    Register* m_register = nullptr;
    qint64 m_scopeUnitId = 0;
    std::unique_ptr<Node> m_root; // invisible; its children are the top rows
    QHash<qint64, Node*> m_nodes; // every loaded node by unit id
};

} // namespace sakra::gui
