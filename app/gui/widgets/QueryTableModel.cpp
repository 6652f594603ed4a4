#include "QueryTableModel.h"

namespace sakra::gui {

int RecordTableModel::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

} // namespace sakra::gui
