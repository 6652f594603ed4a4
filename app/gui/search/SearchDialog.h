#pragma once

#include "search/SearchHit.h"

#include <QDialog>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QThread;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sakra::gui {

class RegisterSession;
class SearchLoader;

// Search everywhere (Ctrl+K): as people type, the hits of every area are listed under their area,
// the rows registered last first; Enter, a double click or Öppna opens the chosen one. The search runs on a
// thread of its own (SearchLoader); an answer to older text is dropped. Restricted rows (threat
// assessments) are never listed here: they are opened on purpose from the risk area.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(RegisterSession& session, QWidget* parent = nullptr);
    ~SearchDialog() override;

    // Hits listed for each area at most.
    static constexpr int kHitsPerArea = 10;

    // The hits listed now, in their order (tests).
    std::vector<SearchHit> shownHits() const;
    // The search of the text typed last has been answered.
    bool isSettled() const { return m_asked == m_answered; }

Q_SIGNALS:
    void hitChosen(const sakra::SearchHit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startSearch();
    void showHits(quint64 generation, const std::vector<SearchHit>& hits);
    void showFailure(quint64 generation, const QString& message);
    void openCurrent();
    void updateButtons();

    RegisterSession& m_session;
    QLineEdit* m_field;
    QLabel* m_status;
    QTreeWidget* m_results;
    QDialogButtonBox* m_buttons;
    QTimer* m_delay;
    QThread* m_thread;
    SearchLoader* m_loader;
    std::vector<SearchHit> m_hits;
    quint64 m_asked = 0;
    quint64 m_answered = 0;
};

} // namespace sakra::gui
