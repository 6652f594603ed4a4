#include "HeatMapModel.h"

#include "ColourContrast.h"

namespace sakra::gui {

HeatMapModel::HeatMapModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeatMapModel::setMatrix(const RiskMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_counts = HeatMap(matrix.likelihoodSize(), matrix.consequenceSize());
    endResetModel();
}

void HeatMapModel::setCounts(const HeatMap& counts)
{
    if (counts.likelihoodSize() != likelihoodSize() || counts.consequenceSize() != consequenceSize())
        return;
    m_counts = counts;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, CountRole});
}

QModelIndex HeatMapModel::cellIndex(int likelihood, int consequence) const
{
    if (likelihood < 1 || likelihood > likelihoodSize() || consequence < 1 || consequence > consequenceSize())
        return {};
    return index(likelihoodSize() - likelihood, consequence - 1);
}

QString HeatMapModel::likelihoodText(int likelihood) const
{
    if (likelihood < 1 || likelihood > likelihoodSize())
        return {};
    return tr("%1 – %2").arg(likelihood).arg(m_matrix.likelihoodLabels()[std::size_t(likelihood - 1)].text());
}

QString HeatMapModel::consequenceText(int consequence) const
{
    if (consequence < 1 || consequence > consequenceSize())
        return {};
    return tr("%1 – %2")
        .arg(consequence)
        .arg(m_matrix.consequenceLabels()[std::size_t(consequence - 1)].text());
}

QString HeatMapModel::describe(int likelihood, int consequence) const
{
    const int level = m_matrix.levelOf(likelihood, consequence);
    if (level < 0)
        return {};
    const int n = count(likelihood, consequence);
    const QString risks = n == 1 ? tr("1 risk") : tr("%1 risker").arg(n);
    return tr("Sannolikhet %1, konsekvens %2: nivå %3, %4")
        .arg(likelihoodText(likelihood), consequenceText(consequence),
             m_matrix.levels()[std::size_t(level)].name.text(), risks);
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : likelihoodSize();
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : consequenceSize();
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int l = likelihoodAt(index.row());
    const int c = consequenceAt(index.column());
    const int level = m_matrix.levelOf(l, c);
    const QColor colour = level >= 0 ? m_matrix.levels()[std::size_t(level)].colour : QColor();
    switch (role) {
    case Qt::DisplayRole:
    case CountRole: return count(l, c);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return describe(l, c);
    case Qt::BackgroundRole: return colour.isValid() ? QVariant(colour) : QVariant();
    case Qt::ForegroundRole: return colour.isValid() ? QVariant(ColourContrast::textOn(colour)) : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case LikelihoodRole: return l;
    case ConsequenceRole: return c;
    case LevelRole: return level;
    default: return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < consequenceSize() ? QVariant(consequenceText(consequenceAt(section)))
                                                           : QVariant();
    return section >= 0 && section < likelihoodSize() ? QVariant(likelihoodText(likelihoodAt(section)))
                                                      : QVariant();
}

Qt::ItemFlags HeatMapModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

} // namespace sakra::gui
