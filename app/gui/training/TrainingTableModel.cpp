#include "TrainingTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace sakra::gui {

namespace {
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xe4, 0xe4);
} // namespace

TrainingTableModel::TrainingTableModel(QObject* parent) : QueryTableModel(parent) {}

std::vector<TrainingRow> TrainingTableModel::list(Register& reg, const TrainingQuery& query) const
{
    return reg.trainings().list(query);
}

qint64 TrainingTableModel::count(Register& reg, const TrainingQuery& query) const
{
    return reg.trainings().count(query);
}

std::optional<TrainingQuery::Sort> TrainingTableModel::sortOf(int column) const
{
    switch (Column(column)) {
    case HeldColumn: return TrainingQuery::Sort::HeldOn;
    case TitleColumn: return TrainingQuery::Sort::Kind;
    case UnitColumn: return TrainingQuery::Sort::Unit;
    case ParticipantsColumn: return TrainingQuery::Sort::Participants;
    case NextDueColumn: return TrainingQuery::Sort::NextDue;
    case RecurrenceColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int TrainingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingTableModel::display(const TrainingRow& row, int column) const
{
    const Training& t = row.training;
    switch (Column(column)) {
    case HeldColumn: return Formatting::date(t.heldOn);
    case TitleColumn:
        return t.title.isEmpty() ? Training::kindLabel(t.kind)
                                 : tr("%1 (%2)").arg(t.title, Training::kindLabel(t.kind).toLower());
    case UnitColumn: return row.unitName;
    case ParticipantsColumn:
        return t.targetGroup > 0
                   ? tr("%1 av %2").arg(QLocale().toString(t.participants), QLocale().toString(t.targetGroup))
                   : QLocale().toString(t.participants);
    case RecurrenceColumn:
        if (t.recurrenceMonths <= 0)
            return tr("återkommer inte");
        return t.recurrenceMonths == 1 ? tr("varje månad") : tr("var %1:e månad").arg(t.recurrenceMonths);
    case NextDueColumn:
        if (!t.nextDue.isValid())
            return QString();
        // In words, so overdue does not rest on the colour alone.
        return row.overdue ? tr("Försenad: %1").arg(Formatting::date(t.nextDue))
                           : Formatting::date(t.nextDue);
    case ColumnCount: break;
    }
    return {};
}

QVariant TrainingTableModel::data(const QModelIndex& index, int role) const
{
    const TrainingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextDueColumn && row->overdue)
            return tr("Nästa tillfälle skulle ha hållits %1, för %2 dagar sedan; inget senare tillfälle av "
                      "samma slag "
                      "finns för enheten.")
                .arg(Formatting::date(row->training.nextDue))
                .arg(row->training.nextDue.daysTo(today()));
        if (index.column() == NextDueColumn && row->training.nextDue.isValid() && !row->overdue &&
            row->training.isPastDue(today()))
            return tr("Ersatt av ett senare tillfälle av samma slag");
        return display(*row, index.column());
    case IdRole: return row->training.id;
    case OverdueRole: return row->overdue;
    case Qt::TextAlignmentRole:
        if (index.column() == ParticipantsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: return row->overdue ? QVariant(QBrush(kOverdueText)) : QVariant();
    case Qt::BackgroundRole: return row->overdue ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::FontRole:
        if (row->overdue && index.column() == NextDueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant TrainingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HeldColumn: return tr("Datum");
    case TitleColumn: return tr("Utbildning eller övning");
    case UnitColumn: return tr("Enhet");
    case ParticipantsColumn: return tr("Deltagare");
    case RecurrenceColumn: return tr("Återkommer");
    case NextDueColumn: return tr("Nästa senast");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
