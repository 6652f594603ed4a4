#include "ReportDraftTableModel.h"

#include "Register.h"
#include "report/ReportDraftRepository.h"
#include "report/ReportKind.h"
#include "widgets/Formatting.h"

namespace sakra::gui {

ReportDraftTableModel::ReportDraftTableModel(QObject* parent) : EntityListModel(parent) {}

void ReportDraftTableModel::load(Register* reg)
{
    std::vector<ReportDraftRow> rows;
    if (reg) {
        for (ReportDraft& draft : reg->reportDrafts().all()) {
            ReportDraftRow row{std::move(draft), QString()};
            if (row.draft.scopeUnitId == 0)
                row.scopeName = tr("Hela kommunen");
            else if (const auto unit = reg->units().find(row.draft.scopeUnitId))
                row.scopeName = unit->name;
            else
                row.scopeName = tr("(borttagen enhet)");
            rows.push_back(std::move(row));
        }
    }
    setRows(std::move(rows));
}

const ReportDraft* ReportDraftTableModel::draftAt(int row) const
{
    const ReportDraftRow* r = rowAt(row);
    return r ? &r->draft : nullptr;
}

QString ReportDraftTableModel::periodText(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return tr("hela tiden");
    const QString start = from.isValid() ? Formatting::date(from) : tr("från början");
    const QString end = to.isValid() ? Formatting::date(to) : tr("till dagens datum");
    return start + QStringLiteral(" – ") + end;
}

int ReportDraftTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportDraftTableModel::data(const QModelIndex& index, int role) const
{
    const ReportDraftRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->draft.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return row->draft.name;
    case KindColumn: return report::reportKindLabel(row->draft.kind);
    case ScopeColumn: return row->scopeName;
    case PeriodColumn: return periodText(row->draft.periodFrom, row->draft.periodTo);
    case UpdatedColumn: return Formatting::localTime(row->draft.updatedAt);
    default: return {};
    }
}

QVariant ReportDraftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Namn");
    case KindColumn: return tr("Typ av rapport");
    case ScopeColumn: return tr("Omfattning");
    case PeriodColumn: return tr("Period");
    case UpdatedColumn: return tr("Ändrad");
    default: return {};
    }
}

} // namespace sakra::gui
