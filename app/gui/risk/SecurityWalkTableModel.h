#pragma once

#include "risk/SecurityWalk.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct SecurityWalkRow
{
    SecurityWalk walk;
    qint64 id() const { return walk.id; }
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
};

} // namespace sakra::gui
