#include "ReportDraftTableModel.h"

#include "Register.h"
#include "report/ReportDraftRepository.h"
#include "report/ReportKind.h"
#include "widgets/Formatting.h"

namespace sakra::gui {

ReportDraftTableModel::ReportDraftTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(NameColumn, tr("Namn"), [](const ReportDraftRow& r) { return r.draft.name; }).wide(190);
    addColumn(KindColumn, tr("Typ av rapport"), [](const ReportDraftRow& r) {
        return report::reportKindLabel(r.draft.kind);
    }).wide(150);
    addColumn(ScopeColumn, tr("Omfattning"), [](const ReportDraftRow& r) { return r.scopeName; }).wide(120);
    addColumn(PeriodColumn, tr("Period"), [](const ReportDraftRow& r) {
        return periodText(r.draft.periodFrom, r.draft.periodTo);
    }).wide(160);
    addColumn(UpdatedColumn, tr("Ändrad"),
              [](const ReportDraftRow& r) { return Formatting::localTime(r.draft.updatedAt); });
}

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

} // namespace sakra::gui
