#include "RecordTableModel.h"

#include "Palette.h"

#include <QBrush>
#include <QColor>

namespace sakra::gui {

namespace {
// Dark red on a pale red background: 4.5:1 or better against both it and white.
} // namespace

int RecordTableModel::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

QString RecordTableModel::headerText(int column) const
{
    // Qt numbers the sections past the last column; there is no such column to write out.
    return column >= 0 && column < columnCount() ? headerData(column, Qt::Horizontal).toString() : QString();
}

QString RecordTableModel::displayText(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

QVariant RecordTableModel::lateRowData(int role, bool wordsColumn)
{
    switch (role) {
    case Qt::ForegroundRole: return QBrush(palette::lateText);
    case Qt::BackgroundRole: return QBrush(palette::lateBackground);
    case Qt::FontRole: return wordsColumn ? QVariant(boldFont()) : QVariant();
    default: return {};
    }
}

QFont RecordTableModel::boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

void RecordTableModel::fetchAll()
{
    while (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

} // namespace sakra::gui
