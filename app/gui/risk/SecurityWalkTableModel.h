#pragma once

#include "risk/SecurityWalk.h"
#include "widgets/EntityListModel.h"

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
class SecurityWalkTableModel : public EntityListModel<SecurityWalkRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SiteColumn,
        ParticipantsColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit SecurityWalkTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const SecurityWalkRow& row) const override { return row.walk.id; }
};

} // namespace sakra::gui
