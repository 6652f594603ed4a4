#include "ThreatAssessmentTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

ThreatAssessmentTableModel::ThreatAssessmentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ThreatAssessmentTableModel::statusLabel(ThreatAssessment::Status status)
{
    return status == ThreatAssessment::Status::Closed ? tr("Avslutad") : tr("Pågående");
}

void ThreatAssessmentTableModel::setRows(std::vector<ThreatAssessmentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ThreatAssessmentRow* ThreatAssessmentTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ThreatAssessmentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].assessment.id == id)
            return row;
    return -1;
}

int ThreatAssessmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThreatAssessmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreatAssessmentTableModel::data(const QModelIndex& index, int role) const
{
    const ThreatAssessmentRow* row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ThreatAssessment& t = row->assessment;
    switch (Column(index.column())) {
    case DateColumn: return Formatting::date(t.assessedOn);
    case UnitColumn: return row->unitName;
    case SubjectColumn: return t.subject;
    case LevelColumn: return ThreatAssessment::threatLevelLabel(t.threatLevel);
    case StatusColumn: return statusLabel(t.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant ThreatAssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Bedömd");
    case UnitColumn: return tr("Enhet");
    case SubjectColumn: return tr("Avser");
    case LevelColumn: return tr("Hotnivå");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
