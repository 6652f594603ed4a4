#include "ThreatAssessmentTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

ThreatAssessmentTableModel::ThreatAssessmentTableModel(QObject* parent) : EntityListModel(parent) {}

QString ThreatAssessmentTableModel::statusLabel(ThreatAssessment::Status status)
{
    return status == ThreatAssessment::Status::Closed ? tr("Avslutad") : tr("Pågående");
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
