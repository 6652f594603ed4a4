#pragma once

#include "organisation/Milestone.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// A step of the implementation plan: what, at which level, by when, how far it has come.
class MilestoneEditor : public EntityForm<Milestone>
{
    Q_OBJECT

public:
    explicit MilestoneEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const Milestone& m) const override { return m.title; }
    Milestone blank(qint64) const override;

private:
    QComboBox* m_level;
};

} // namespace sakra::gui
