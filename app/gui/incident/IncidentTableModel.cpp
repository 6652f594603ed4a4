#include "IncidentTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sakra::gui {

namespace {
// Dark red on a pale red background: 4.5:1 or better against both it and white.
const QColor kLateText(0x9b, 0x1c, 0x1c);
const QColor kLateBackground(0xfd, 0xe4, 0xe4);
const QColor kClosedText(0x5f, 0x63, 0x68);
} // namespace

IncidentTableModel::IncidentTableModel(QObject* parent) : QueryTableModel(parent) {}

std::vector<IncidentRow> IncidentTableModel::list(Register& reg, const IncidentQuery& query) const
{
    return reg.incidents().list(query);
}

qint64 IncidentTableModel::count(Register& reg, const IncidentQuery& query) const
{
    return reg.incidents().count(query);
}

std::optional<IncidentQuery::Sort> IncidentTableModel::sortOf(int column) const
{
    switch (Column(column)) {
    case OccurredColumn: return IncidentQuery::Sort::OccurredOn;
    case KindColumn: return IncidentQuery::Sort::Kind;
    case SeverityColumn: return IncidentQuery::Sort::Severity;
    case UnitColumn: return IncidentQuery::Sort::Unit;
    case TargetColumn: return IncidentQuery::Sort::Target;
    case ChannelColumn: return IncidentQuery::Sort::Channel;
    case FollowUpColumn: return IncidentQuery::Sort::FollowUp;
    case ReferenceColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTableModel::followUpText(const Incident& incident, const QDate& today)
{
    const QString followUp = Incident::followUpLabel(incident.followUp);
    if (incident.serious && !incident.authorityReportedOn.isValid() && incident.authorityReportMissed(today))
        return tr("Ej anmäld till Arbetsmiljöverket (%1)").arg(followUp.toLower());
    if (incident.authorityReportPending(today))
        return tr("Anmäl till Arbetsmiljöverket senast %1 (%2)")
            .arg(Formatting::date(incident.authorityDeadline()), followUp.toLower());
    return followUp;
}

QVariant IncidentTableModel::display(const IncidentRow& row, int column) const
{
    const Incident& i = row.incident;
    switch (Column(column)) {
    case OccurredColumn:
        return i.occurredTime.isValid() ? tr("%1 %2").arg(Formatting::date(i.occurredOn),
                                                          i.occurredTime.toString(QStringLiteral("HH:mm")))
                                        : Formatting::date(i.occurredOn);
    case KindColumn:
        // The suspicion of organised crime is part of what kind of event it is (seed 001).
        return i.organisedCrime
                   ? tr("%1, misstänkt organiserad brottslighet").arg(Incident::kindLabel(i.kind))
                   : Incident::kindLabel(i.kind);
    case SeverityColumn: return Incident::severityLabel(i.severity);
    case UnitColumn:
        return row.siteName.isEmpty() ? row.unitName : tr("%1, %2").arg(row.unitName, row.siteName);
    case TargetColumn: return Incident::targetLabel(i.target);
    case ChannelColumn: return Incident::channelLabel(i.channel);
    case FollowUpColumn: return followUpText(i, today());
    case ReferenceColumn: return i.systemRef;
    case ColumnCount: break;
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    const IncidentRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Incident& i = row->incident;
    const bool late = i.serious && !i.authorityReportedOn.isValid() && i.authorityReportMissed(today());
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FollowUpColumn) {
            QString text = Incident::followUpLabel(i.followUp);
            if (i.closedOn.isValid())
                text += tr(" %1").arg(Formatting::date(i.closedOn));
            if (i.serious)
                text +=
                    QLatin1Char('\n') +
                    (i.authorityReportedOn.isValid()
                         ? tr("Anmäld till Arbetsmiljöverket %1").arg(Formatting::date(i.authorityReportedOn))
                         : tr("Allvarlig händelse: ska anmälas till Arbetsmiljöverket senast %1")
                               .arg(Formatting::date(i.authorityDeadline())));
            if (i.policeReported)
                text += QLatin1Char('\n') + tr("Polisanmäld %1").arg(Formatting::date(i.policeReportedOn));
            return text;
        }
        return display(*row, index.column());
    case IdRole: return i.id;
    case OverdueRole: return late;
    case Qt::ForegroundRole:
        if (late)
            return QBrush(kLateText);
        if (i.isClosed())
            return QBrush(kClosedText);
        return {};
    case Qt::BackgroundRole: return late ? QVariant(QBrush(kLateBackground)) : QVariant();
    case Qt::FontRole:
        if (late && index.column() == FollowUpColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OccurredColumn: return tr("Inträffade");
    case KindColumn: return tr("Typ");
    case SeverityColumn: return tr("Allvarlighet");
    case UnitColumn: return tr("Enhet");
    case TargetColumn: return tr("Drabbad");
    case ChannelColumn: return tr("Kanal");
    case FollowUpColumn: return tr("Uppföljning");
    case ReferenceColumn: return tr("KIA/IA");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
