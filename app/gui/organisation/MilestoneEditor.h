#pragma once

#include "organisation/Milestone.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sakra::gui {

// A step of the implementation plan: what, at which level, by when, how far it has come.
class MilestoneEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit MilestoneEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showMilestone(qint64 id);
    void startNew();
    qint64 milestoneId() const { return m_milestone ? m_milestone->id : 0; }

Q_SIGNALS:
    void milestoneCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void fill(const Milestone& milestone);

    std::optional<Milestone> m_milestone;
    bool m_creating = false;
    QLabel* m_heading;
    QLineEdit* m_title;
    QComboBox* m_level;
    QDateEdit* m_date;
    QComboBox* m_status;
    QPlainTextEdit* m_note;
};

} // namespace sakra::gui
