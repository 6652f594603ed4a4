#include "RoutineTableModel.h"

#include "Register.h"
#include "widgets/Formatting.h"

#include <QBrush>
#include <QFont>

namespace sakra::gui {

namespace {
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xe4, 0xe4);
const QColor kWarnText(0x8a, 0x4b, 0x00);
} // namespace

RoutineTableModel::RoutineTableModel(QObject* parent) : QueryTableModel(parent) {}

std::vector<RoutineRow> RoutineTableModel::list(Register& reg, const RoutineQuery& query) const
{
    return reg.routines().list(query);
}

qint64 RoutineTableModel::count(Register& reg, const RoutineQuery& query) const
{
    return reg.routines().count(query);
}

std::optional<RoutineQuery::Sort> RoutineTableModel::sortOf(int column) const
{
    switch (Column(column)) {
    case TitleColumn: return RoutineQuery::Sort::Title;
    case KindColumn: return RoutineQuery::Sort::Kind;
    case KnownColumn: return RoutineQuery::Sort::Known;
    case NextReviewColumn: return RoutineQuery::Sort::NextReview;
    case OwnerColumn: return RoutineQuery::Sort::Owner;
    case UnitsColumn:
    case DocumentedColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int RoutineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineTableModel::display(const RoutineRow& row, int column) const
{
    const Routine& r = row.routine;
    switch (Column(column)) {
    case TitleColumn: return r.title;
    case KindColumn: return Routine::kindLabel(r.kind);
    case UnitsColumn: return row.unitCount == 0 ? tr("(ingen enhet)") : row.unitNames;
    case DocumentedColumn: return r.documented ? tr("Ja") : tr("Nej, inte dokumenterad");
    case KnownColumn: {
        const QString known = Routine::knownLabel(r.knownByStaff);
        return r.staffBriefedOn.isValid() ? tr("%1 (APT %2)").arg(known, Formatting::date(r.staffBriefedOn))
                                          : known;
    }
    case NextReviewColumn:
        if (!r.nextReview.isValid())
            return QString();
        return r.isReviewOverdue(today()) ? tr("Försenad: %1").arg(Formatting::date(r.nextReview))
                                          : Formatting::date(r.nextReview);
    case OwnerColumn: return row.ownerName;
    case ColumnCount: break;
    }
    return {};
}

QVariant RoutineTableModel::data(const QModelIndex& index, int role) const
{
    const RoutineRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Routine& r = row->routine;
    const bool overdue = r.isReviewOverdue(today());
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextReviewColumn && r.nextReview.isValid())
            return tr("Senast granskad %1, granskas var %2:e månad")
                .arg(r.lastReviewOn.isValid() ? Formatting::date(r.lastReviewOn) : tr("aldrig"))
                .arg(r.reviewMonths);
        return display(*row, index.column());
    case IdRole: return r.id;
    case OverdueRole: return overdue;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(kOverdueText);
        if ((index.column() == KnownColumn && r.knownByStaff != Routine::Known::Yes) ||
            (index.column() == DocumentedColumn && !r.documented))
            return QBrush(kWarnText);
        return {};
    case Qt::BackgroundRole: return overdue ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == NextReviewColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant RoutineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Rutin");
    case KindColumn: return tr("Typ");
    case UnitsColumn: return tr("Gäller");
    case DocumentedColumn: return tr("Dokumenterad");
    case KnownColumn: return tr("Känd av personalen");
    case NextReviewColumn: return tr("Granskas senast");
    case OwnerColumn: return tr("Ägare");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
