#include "IncidentTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>

namespace sakra::gui {

namespace {

QString occurredText(const IncidentRow& row)
{
    const Incident& i = row.incident;
    return i.occurredTime.isValid()
               ? IncidentTableModel::tr("%1 %2").arg(Formatting::date(i.occurredOn),
                                                     i.occurredTime.toString(QStringLiteral("HH:mm")))
               : Formatting::date(i.occurredOn);
}

QString kindText(const IncidentRow& row)
{
    const Incident& i = row.incident;
    // The suspicion of organised crime is part of what kind of event it is (seed 001).
    return i.organisedCrime ? IncidentTableModel::tr("%1, misstänkt organiserad brottslighet")
                                  .arg(Incident::kindLabel(i.kind))
                            : Incident::kindLabel(i.kind);
}

QString followUpToolTip(const IncidentRow& row)
{
    const Incident& i = row.incident;
    QString text = Incident::followUpLabel(i.followUp);
    if (i.closedOn.isValid())
        text += IncidentTableModel::tr(" %1").arg(Formatting::date(i.closedOn));
    if (i.serious)
        text +=
            QLatin1Char('\n') +
            (i.authorityReportedOn.isValid()
                 ? IncidentTableModel::tr("Anmäld till Arbetsmiljöverket %1")
                       .arg(Formatting::date(i.authorityReportedOn))
                 : IncidentTableModel::tr("Allvarlig händelse: ska anmälas till Arbetsmiljöverket senast %1")
                       .arg(Formatting::date(i.authorityDeadline())));
    if (i.policeReported)
        text += QLatin1Char('\n') +
                IncidentTableModel::tr("Polisanmäld %1").arg(Formatting::date(i.policeReportedOn));
    return text;
}
} // namespace

IncidentTableModel::IncidentTableModel(QObject* parent) : QueryTableModel(&Register::incidents, parent)
{
    addColumn(OccurredColumn, tr("Inträffade"), occurredText)
        .sortedBy(IncidentQuery::Sort::OccurredOn)
        .wide(120);
    addColumn(KindColumn, tr("Typ"), kindText).sortedBy(IncidentQuery::Sort::Kind).wide(150);
    addColumn(SeverityColumn, tr("Allvarlighet"),
              [](const IncidentRow& r) { return Incident::severityLabel(r.incident.severity); })
        .sortedBy(IncidentQuery::Sort::Severity)
        .wide(110);
    addColumn(UnitColumn, tr("Enhet"),
              [](const IncidentRow& r) {
                  return r.siteName.isEmpty() ? r.unitName : tr("%1, %2").arg(r.unitName, r.siteName);
              })
        .sortedBy(IncidentQuery::Sort::Unit)
        .wide(190);
    addColumn(TargetColumn, tr("Drabbad"),
              [](const IncidentRow& r) { return Incident::targetLabel(r.incident.target); })
        .sortedBy(IncidentQuery::Sort::Target)
        .wide(110);
    addColumn(ChannelColumn, tr("Kanal"),
              [](const IncidentRow& r) { return Incident::channelLabel(r.incident.channel); })
        .sortedBy(IncidentQuery::Sort::Channel)
        .wide(110);
    addColumn(FollowUpColumn, tr("Uppföljning"),
              [this](const IncidentRow& r) { return followUpText(r.incident, today()); })
        .sortedBy(IncidentQuery::Sort::FollowUp)
        .withToolTip(followUpToolTip)
        .wide(200);
    addColumn(ReferenceColumn, tr("KIA/IA"), [](const IncidentRow& r) { return r.incident.systemRef; });
    markLateRows(
        [this](const IncidentRow& r) {
            const Incident& i = r.incident;
            return i.serious && !i.authorityReportedOn.isValid() && i.authorityReportMissed(today());
        },
        FollowUpColumn);
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

QVariant IncidentTableModel::rowData(const IncidentRow& row, int column, int role) const
{
    Q_UNUSED(column)
    if (role == Qt::ForegroundRole && row.incident.isClosed())
        return QBrush(palette::closedText);
    return {};
}

} // namespace sakra::gui
