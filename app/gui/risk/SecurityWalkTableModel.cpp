#include "SecurityWalkTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

SecurityWalkTableModel::SecurityWalkTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DateColumn, tr("Datum"), [](const SecurityWalkRow& r) {
        return Formatting::date(r.walk.walkedOn);
    }).wide(90);
    addColumn(SiteColumn, tr("Lokal"), [](const SecurityWalkRow& r) { return r.siteName; }).wide(170);
    addColumn(ParticipantsColumn, tr("Deltagare"), [](const SecurityWalkRow& r) {
        return r.walk.participants;
    }).wide(170);
    addColumn(FindingsColumn, tr("Iakttagelser"), [](const SecurityWalkRow& r) {
        if (r.findingsWithoutRisk == 0)
            return QString::number(r.findings);
        return tr("%1 (%2 ej riskbedömda)").arg(r.findings).arg(r.findingsWithoutRisk);
    });
}

} // namespace sakra::gui
