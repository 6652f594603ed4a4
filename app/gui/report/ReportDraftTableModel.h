#pragma once

#include "report/ReportDraft.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

struct ReportDraftRow
{
    ReportDraft draft;
    qint64 id() const { return draft.id; }
    QString scopeName;
};

// The saved drafts of board documents, newest change first. A register holds a handful, so they
// are read whole; the scope is shown by name.
class ReportDraftTableModel : public EntityListModel<ReportDraftRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ScopeColumn,
        PeriodColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit ReportDraftTableModel(QObject* parent = nullptr);

    // Reads the drafts of reg (null: none).
    void load(Register* reg);

    const ReportDraft* draftAt(int row) const;

    // "2024-01-01 – 2024-12-31", with "från början" / "till dagens datum" for an open end.
    static QString periodText(const QDate& from, const QDate& to);
};

} // namespace sakra::gui
