#pragma once

#include "risk/SecurityWalk.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

struct SecurityWalkRow
{
    SecurityWalk walk;
    QString siteName;
    int findings = 0;
    int findingsWithoutRisk = 0;
};

// Security walks, newest first: where, when, who, and how many findings are still to be handled.
class SecurityWalkTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, SiteColumn, ParticipantsColumn, FindingsColumn, ColumnCount };

    explicit SecurityWalkTableModel(QObject* parent = nullptr);

    void setRows(std::vector<SecurityWalkRow> rows);
    const SecurityWalkRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SecurityWalkRow> m_rows;
};

} // namespace sakra::gui
