#pragma once

#include "incident/RecordListTab.h"
#include "training/TrainingEditor.h"
#include "training/TrainingTableModel.h"

namespace sakra::gui {

// The training area ("Utbildning och övningar"): sessions and exercises within the scope with the
// selected one's editor; units that owe a new session stand out.
class TrainingListTab : public RecordList<TrainingTableModel, TrainingEditor>
{
    Q_OBJECT

public:
    explicit TrainingListTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void narrow(TrainingQuery& query) const override;
};

} // namespace sakra::gui
