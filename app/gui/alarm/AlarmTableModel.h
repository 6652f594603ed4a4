#pragma once

#include "alarm/AlarmQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Alarm equipment in pages, the next test first unless another column is chosen. Equipment never
// tested or past its next test says so in words and stands out in colour.
class AlarmTableModel : public QueryTableModel<AlarmQuery, AlarmRow>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        PlaceColumn,
        DevicesColumn,
        ReceiverColumn,
        LastTestedColumn,
        NextTestColumn,
        ColumnCount
    };

    explicit AlarmTableModel(QObject* parent = nullptr);

private:
    QString nextTestText(const AlarmEquipment& equipment) const;
};

} // namespace sakra::gui
