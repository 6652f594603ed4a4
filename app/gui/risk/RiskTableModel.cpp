#include "RiskTableModel.h"

#include "Register.h"
#include "widgets/ColourContrast.h"
#include "widgets/Formatting.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace sakra::gui {

static_assert(int(RiskQuery::Sort::Title) == RiskTableModel::TitleColumn &&
                  int(RiskQuery::Sort::NextReview) == RiskTableModel::NextReviewColumn,
              "the columns follow RiskQuery::Sort so that sort() can map one onto the other");

namespace {
// Dark red that keeps 4.5:1 against white and the pale alternate row colour.
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
} // namespace

RiskTableModel::RiskTableModel(QObject* parent) : QueryTableModel(parent) {}

void RiskTableModel::setQuery(Register* reg, const RiskQuery& query, const RiskMatrix& matrix)
{
    m_matrix = matrix;
    QueryTableModel::setQuery(reg, query);
}

std::vector<RiskRow> RiskTableModel::list(Register& reg, const RiskQuery& query) const
{
    return reg.risks().list(query);
}

qint64 RiskTableModel::count(Register& reg, const RiskQuery& query) const
{
    return reg.risks().count(query);
}

std::optional<RiskQuery::Sort> RiskTableModel::sortOf(int column) const
{
    if (column < 0 || column >= ColumnCount)
        return std::nullopt;
    return RiskQuery::Sort(column);
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::levelData(int level, int role) const
{
    if (level < 0 || level >= int(m_matrix.levels().size()))
        return role == Qt::DisplayRole ? QVariant(tr("–")) : QVariant();
    const RiskMatrix::Level& l = m_matrix.levels()[std::size_t(level)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return l.name.text();
    case Qt::BackgroundRole: return l.colour;
    case Qt::ForegroundRole: return ColourContrast::textOn(l.colour);
    default: return {};
    }
}

QVariant RiskTableModel::reviewData(const Risk& risk, int role) const
{
    const bool overdue = risk.isReviewOverdue(today());
    switch (role) {
    case Qt::DisplayRole:
        return overdue ? tr("%1 (försenad)").arg(Formatting::date(risk.nextReview))
                       : Formatting::date(risk.nextReview);
    case Qt::ToolTipRole:
        return overdue ? tr("Omprövningen skulle ha gjorts %1").arg(Formatting::date(risk.nextReview))
                       : tr("Omprövas senast %1").arg(Formatting::date(risk.nextReview));
    case Qt::DecorationRole:
        return overdue ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
                       : QVariant();
    case Qt::ForegroundRole: return overdue ? QVariant(kOverdueText) : QVariant();
    case Qt::FontRole: {
        if (!overdue)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    const RiskRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Risk& risk = row->risk;
    switch (Column(index.column())) {
    case LevelColumn: return levelData(risk.level, role);
    case ResidualLevelColumn:
        if (!risk.hasResidual())
            return role == Qt::DisplayRole ? QVariant(tr("ej bedömd")) : QVariant();
        return levelData(risk.residualLevel, role);
    case NextReviewColumn: return reviewData(risk, role);
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn: return risk.title;
    case UnitColumn: return row->unitName;
    case CategoryColumn: return row->categoryName;
    case StatusColumn: return Risk::statusLabel(risk.status);
    case OwnerColumn: return row->ownerName;
    default: return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Risk");
    case UnitColumn: return tr("Enhet");
    case CategoryColumn: return tr("Kategori");
    case LevelColumn: return tr("Nivå");
    case ResidualLevelColumn: return tr("Efter åtgärder");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Ägare");
    case NextReviewColumn: return tr("Omprövas");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
