#pragma once

#include "report/ReportDraft.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// The saved drafts of board documents, newest change first. A register holds a handful, so they
// are read whole; the scope is shown by name.
class ReportDraftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ScopeColumn, PeriodColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ReportDraftTableModel(QObject* parent = nullptr);

    // Reads the drafts of reg (null: none).
    void load(Register* reg);

    const ReportDraft* draftAt(int row) const;
    // -1 when there is no such draft.
    int rowOf(qint64 draftId) const;

    // "2024-01-01 – 2024-12-31", with "från början" / "till dagens datum" for an open end.
    static QString periodText(const QDate& from, const QDate& to);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ReportDraft draft;
        QString scopeName;
    };
    std::vector<Row> m_rows;
};

} // namespace sakra::gui
