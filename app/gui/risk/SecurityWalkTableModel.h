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

protected:
    qint64 idOf(const SecurityWalkRow& row) const override { return row.walk.id; }
};

} // namespace sakra::gui
