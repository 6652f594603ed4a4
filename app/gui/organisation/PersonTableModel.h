#pragma once

#include "organisation/PersonRepository.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// People in pages (see QueryTableModel), so a list of tens of thousands opens immediately;
// searching is done by the database, not by a proxy model over rows already read.
class PersonTableModel : public QueryTableModel<PersonQuery, PersonRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        UnitColumn,
        EmailColumn,
        ColumnCount
    };

    explicit PersonTableModel(QObject* parent = nullptr);

    // Starts over on reg (may be null) with the scope and search text.
    void setQuery(Register* reg, qint64 scopeUnitId, const QString& text);
};

} // namespace sakra::gui
