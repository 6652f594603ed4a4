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

RiskTableModel::RiskTableModel(QObject* parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

std::vector<RiskRow> RiskTableModel::read(int offset, int limit) const
{
    if (!m_register)
        return {};
    RiskQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    return m_register->risks().list(query);
}

void RiskTableModel::readFirstPages(int pages)
{
    beginResetModel();
    m_today = QDate::currentDate();
    m_query.today = m_today;
    m_rows = read(0, pages * kPageSize);
    m_complete = int(m_rows.size()) < pages * kPageSize;
    endResetModel();
}

void RiskTableModel::setQuery(Register* reg, const RiskQuery& query, const RiskMatrix& matrix)
{
    const RiskQuery::Sort sort = m_query.sort;
    const bool ascending = m_query.ascending;
    m_register = reg;
    m_query = query;
    m_query.sort = sort;
    m_query.ascending = ascending;
    m_matrix = matrix;
    readFirstPages(1);
}

void RiskTableModel::refresh()
{
    // As many pages as were shown, so the view keeps its scroll position.
    readFirstPages(std::max(1, int((m_rows.size() + kPageSize - 1) / kPageSize)));
}

qint64 RiskTableModel::totalCount() const
{
    return m_register ? m_register->risks().count(m_query) : 0;
}

const RiskRow* RiskTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int RiskTableModel::rowOf(qint64 riskId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].risk.id == riskId)
            return row;
    return -1;
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const bool overdue = risk.isReviewOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return overdue ? tr("%1 (försenad)").arg(Formatting::date(risk.nextReview)) : Formatting::date(risk.nextReview);
    case Qt::ToolTipRole:
        return overdue ? tr("Omprövningen skulle ha gjorts %1").arg(Formatting::date(risk.nextReview))
                       : tr("Omprövas senast %1").arg(Formatting::date(risk.nextReview));
    case Qt::DecorationRole:
        return overdue ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
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

bool RiskTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void RiskTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    std::vector<RiskRow> page = read(int(m_rows.size()), kPageSize);
    m_complete = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

void RiskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = RiskQuery::Sort(column);
    m_query.ascending = order == Qt::AscendingOrder;
    readFirstPages(1);
}

} // namespace sakra::gui
