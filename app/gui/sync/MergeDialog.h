#pragma once

#include "storage/RegisterSource.h"
#include "sync/MergeApplier.h"
#include "sync/MergePlan.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sakra::gui {

class BackgroundJob;
class RegisterSession;

// Arkiv › Ta emot del…: a preview first (what merges by itself, every conflict with the base, the
// central value and the site's, who changed each and when), the coordinator's choice per conflict
// or per table at once (kept in the register, so a long review can be left and resumed), then
// the merge in one transaction on a thread of its own, after a backup. If the register changed
// during the review, it says so and compares again.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(RegisterSession& session, const QString& packagePath, QWidget* parent = nullptr);
    ~MergeDialog() override;

    const MergePlan& plan() const { return m_plan; }
    bool isBusy() const;
    // Sets the choice of conflict row (tests and the bulk buttons); value for Choice::Value.
    void choose(int row, MergeDecision::Choice choice, const QJsonValue& value = QJsonValue());
    void startPreview();
    void startMerge();

Q_SIGNALS:
    // After a preview, a merge, or a refusal (problem not empty).
    void previewReady(const QString& problem);
    void merged(const QString& problem);

private:
    void showPlan();
    void onChoiceEdited(int row, int index);
    void chooseForTable(MergeDecision::Choice choice);
    void updateButtons();
    void setBusy(bool busy, const QString& what = QString());
    QStringList choiceTexts(const MergeConflict& conflict) const;

    RegisterSession& m_session;
    QString m_packagePath;
    RegisterSource m_central;
    BackgroundJob* m_job;
    MergePlan m_plan;
    MergeDecisions m_decisions;
    std::shared_ptr<MergePlan> m_previewResult;
    std::shared_ptr<MergeApplier::Result> m_mergeResult;
    std::shared_ptr<bool> m_stale;
    bool m_done = false;

    QLabel* m_summary;
    QTreeWidget* m_conflicts;
    QComboBox* m_bulkTable;
    QPushButton* m_bulkCentral;
    QPushButton* m_bulkSite;
    QTreeWidget* m_automatic;
    QLabel* m_refused;
    QProgressBar* m_progress;
    QPushButton* m_mergeButton;
    QPushButton* m_closeButton;
};

} // namespace sakra::gui
