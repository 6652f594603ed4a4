#include "RoutineTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QColor>

namespace sakra::gui {

namespace {

QString knownText(const RoutineRow& row)
{
    const Routine& r = row.routine;
    const QString known = Routine::kKnown.label(r.knownByStaff);
    return r.staffBriefedOn.isValid()
               ? RoutineTableModel::tr("%1 (APT %2)").arg(known, Formatting::date(r.staffBriefedOn))
               : known;
}

QString reviewToolTip(const RoutineRow& row)
{
    const Routine& r = row.routine;
    if (!r.nextReview.isValid())
        return QString();
    return RoutineTableModel::tr("Senast granskad %1, granskas var %2:e månad")
        .arg(r.lastReviewOn.isValid() ? Formatting::date(r.lastReviewOn) : RoutineTableModel::tr("aldrig"))
        .arg(r.reviewMonths);
}
} // namespace

RoutineTableModel::RoutineTableModel(QObject* parent) : QueryTableModel(&Register::routines, parent)
{
    addColumn(TitleColumn, tr("Rutin"), [](const RoutineRow& r) { return r.routine.title; })
        .sortedBy(RoutineQuery::Sort::Title)
        .wide(240);
    addColumn(KindColumn, tr("Typ"),
              [](const RoutineRow& r) { return Routine::kKinds.label(r.routine.kind); })
        .sortedBy(RoutineQuery::Sort::Kind)
        .wide(160);
    addColumn(UnitsColumn, tr("Gäller"), [](const RoutineRow& r) {
        if (r.routine.electedOfficials)
            return r.unitCount == 0 ? tr("förtroendevalda") : tr("förtroendevalda; %1").arg(r.unitNames);
        return r.unitCount == 0 ? tr("(ingen enhet)") : r.unitNames;
    }).wide(180);
    addColumn(
        DocumentedColumn, tr("Dokumenterad"),
        [](const RoutineRow& r) { return r.routine.documented ? tr("Ja") : tr("Nej, inte dokumenterad"); })
        .withForeground(
            [](const RoutineRow& r) { return r.routine.documented ? QColor() : palette::cautionText; })
        .wide(110);
    addColumn(KnownColumn, tr("Känd av personalen"), knownText)
        .sortedBy(RoutineQuery::Sort::Known)
        .withForeground([](const RoutineRow& r) {
            return r.routine.knownByStaff == Routine::Known::Yes ? QColor() : palette::cautionText;
        })
        .wide(170);
    addColumn(NextReviewColumn, tr("Granskas senast"),
              [this](const RoutineRow& r) { return nextReviewText(r.routine); })
        .sortedBy(RoutineQuery::Sort::NextReview)
        .withToolTip(reviewToolTip)
        .wide(140);
    addColumn(OwnerColumn, tr("Ägare"), [](const RoutineRow& r) {
        return r.ownerName;
    }).sortedBy(RoutineQuery::Sort::Owner);
    markLateRows([this](const RoutineRow& r) { return r.routine.isReviewOverdue(today()); },
                 NextReviewColumn);
}

QString RoutineTableModel::nextReviewText(const Routine& r) const
{
    if (!r.nextReview.isValid())
        return QString();
    return r.isReviewOverdue(today()) ? tr("Försenad: %1").arg(Formatting::date(r.nextReview))
                                      : Formatting::date(r.nextReview);
}

} // namespace sakra::gui
