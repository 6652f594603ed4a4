#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;

namespace sakra::gui {

class BackgroundJob;
class MergeDialog;
class RegisterSession;

// Work at sites without network, for the main window: Arkiv › Lämna ut del… and Ta emot del…,
// and a note in the status bar saying what this register has handed out or, in a package, which
// part it is and that the central register's rows are read-only here.
class SiteWorkActions : public QObject
{
    Q_OBJECT

public:
    SiteWorkActions(QMainWindow& window, RegisterSession& session);

    QAction* handOutAction() const { return m_handOutAction; }
    QAction* takeBackAction() const { return m_takeBackAction; }

    // The work behind the dialogs, for the dialogs and for tests.
    void handOut(qint64 unitId, const QString& handedTo, const QString& path);
    MergeDialog* takeBack(const QString& packagePath);
    MergeDialog* mergeDialog() const;
    QLabel* statusLabel() const { return m_label; }

Q_SIGNALS:
    // problem: empty when the package was written.
    void handedOut(const QString& path, const QString& problem);

private:
    void chooseHandOut();
    void chooseTakeBack();
    void updateState();

    QMainWindow& m_window;
    RegisterSession& m_session;
    QAction* m_handOutAction;
    QAction* m_takeBackAction;
    QLabel* m_label;
    BackgroundJob* m_job;
    QPointer<MergeDialog> m_mergeDialog;
};

} // namespace sakra::gui
