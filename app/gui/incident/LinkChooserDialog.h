#pragma once

#include <QDialog>
#include <functional>
#include <set>
#include <vector>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace sakra::gui {

// Chooses one row (a risk, an action) among many by searching: the list shows what the search
// function finds for the text typed, rows already linked listed but not choosable.
class LinkChooserDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString text;
    };
    using Search = std::function<std::vector<Choice>(const QString& text)>;

    LinkChooserDialog(const QString& title, const QString& prompt, Search search,
                      const std::set<qint64>& linked, QWidget* parent = nullptr);

    qint64 chosenId() const;
    // For tests and scripts: choose without the mouse; false when the row is not listed.
    bool choose(qint64 id);
    QLineEdit* searchField() const { return m_search; }

private:
    void runSearch();
    void updateState();

    Search m_searchFunction;
    std::set<qint64> m_linked;
    QLineEdit* m_search;
    QListWidget* m_list;
    QPushButton* m_ok;
    QTimer* m_delay;
};

} // namespace sakra::gui
