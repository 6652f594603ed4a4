#include "TrainingTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QLocale>

namespace sakra::gui {

namespace {
QString titleText(const TrainingRow& row)
{
    const Training& t = row.training;
    return t.title.isEmpty()
               ? Training::kindLabel(t.kind)
               : TrainingTableModel::tr("%1 (%2)").arg(t.title, Training::kindLabel(t.kind).toLower());
}

QString participantsText(const TrainingRow& row)
{
    const Training& t = row.training;
    const QLocale locale;
    return t.targetGroup > 0 ? TrainingTableModel::tr("%1 av %2")
                                   .arg(locale.toString(t.participants), locale.toString(t.targetGroup))
                             : locale.toString(t.participants);
}

QString recurrenceText(const TrainingRow& row)
{
    const int months = row.training.recurrenceMonths;
    if (months <= 0)
        return TrainingTableModel::tr("återkommer inte");
    return months == 1 ? TrainingTableModel::tr("varje månad")
                       : TrainingTableModel::tr("var %1:e månad").arg(months);
}

QString nextDueText(const TrainingRow& row)
{
    const QDate due = row.training.nextDue;
    if (!due.isValid())
        return QString();
    // In words, so overdue does not rest on the colour alone.
    return row.overdue ? TrainingTableModel::tr("Försenad: %1").arg(Formatting::date(due))
                       : Formatting::date(due);
}
} // namespace

TrainingTableModel::TrainingTableModel(QObject* parent) : QueryTableModel(&Register::trainings, parent)
{
    addColumn(HeldColumn, tr("Datum"),
              [](const TrainingRow& r) { return Formatting::date(r.training.heldOn); })
        .sortedBy(TrainingQuery::Sort::HeldOn)
        .wide(95);
    addColumn(TitleColumn, tr("Utbildning eller övning"), titleText)
        .sortedBy(TrainingQuery::Sort::Kind)
        .wide(240);
    addColumn(UnitColumn, tr("Enhet"), [](const TrainingRow& r) { return r.unitName; })
        .sortedBy(TrainingQuery::Sort::Unit)
        .wide(190);
    addColumn(ParticipantsColumn, tr("Deltagare"), participantsText)
        .sortedBy(TrainingQuery::Sort::Participants)
        .alignedRight()
        .wide(90);
    addColumn(RecurrenceColumn, tr("Återkommer"), recurrenceText).wide(130);
    addColumn(NextDueColumn, tr("Nästa senast"), nextDueText)
        .sortedBy(TrainingQuery::Sort::NextDue)
        .withToolTip([this](const TrainingRow& r) { return nextDueToolTip(r); });
    markLateRows([](const TrainingRow& r) { return r.overdue; }, NextDueColumn);
}

QString TrainingTableModel::nextDueToolTip(const TrainingRow& row) const
{
    const Training& t = row.training;
    if (row.overdue)
        return tr("Nästa tillfälle skulle ha hållits %1, för %2 dagar sedan; inget senare tillfälle av "
                  "samma slag "
                  "finns för enheten.")
            .arg(Formatting::date(t.nextDue))
            .arg(t.nextDue.daysTo(today()));
    if (t.nextDue.isValid() && t.isPastDue(today()))
        return tr("Ersatt av ett senare tillfälle av samma slag");
    return nextDueText(row);
}

} // namespace sakra::gui
