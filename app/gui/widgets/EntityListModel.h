#pragma once

#include "ColumnTableModel.h"

#include <vector>

namespace sakra::gui {

// The short lists read whole into memory by their page (sites, milestones, catalogues, the walks
// of a site, ...): the page hands in the rows, in the order it wants them shown.
template <typename Row> class EntityListModel : public ColumnTableModel<Row>
{
public:
    using ColumnTableModel<Row>::ColumnTableModel;

    void setRows(std::vector<Row> rows) { this->replaceRows(std::move(rows)); }

    // The page reads the rows again and hands them in.
    void refresh() override {}
    qint64 totalCount() const override { return qint64(this->rows().size()); }
};

} // namespace sakra::gui
