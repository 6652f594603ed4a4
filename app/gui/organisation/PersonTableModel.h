#pragma once

#include "organisation/PersonRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// People in pages: the first page is read at once and the next when the view scrolls to the
// end (canFetchMore/fetchMore), so a list of tens of thousands opens immediately. Sorting and
// searching are done by the database, not by a proxy model over rows already read.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, UnitColumn, EmailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit PersonTableModel(QObject* parent = nullptr);

    // Starts over on reg (may be null) with the scope and search text.
    void setQuery(Register* reg, qint64 scopeUnitId, const QString& text);
    // Reads the rows already shown again (after an edit), as many as were loaded.
    void refresh();
    // All people matching the query, not only those read so far.
    qint64 totalCount() const;

    const PersonRow* rowAt(int row) const;
    // -1 when the person is not among the rows read.
    int rowOf(qint64 personId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<PersonRow> read(int offset, int limit) const;

    Register* m_register = nullptr;
    PersonQuery m_query;
    std::vector<PersonRow> m_rows;
    bool m_complete = true;
    bool m_fetching = false;
};

} // namespace sakra::gui
