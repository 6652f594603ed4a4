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

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<AlarmRow> list(Register& reg, const AlarmQuery& query) const override;
    qint64 count(Register& reg, const AlarmQuery& query) const override;
    qint64 idOf(const AlarmRow& row) const override { return row.equipment.id; }
    std::optional<AlarmQuery::Sort> sortOf(int column) const override;

private:
    QVariant display(const AlarmRow& row, int column) const;
};

} // namespace sakra::gui
