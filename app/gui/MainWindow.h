#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace sakra {
class Register;
}

namespace sakra::gui {

class GlobalSearch;
class HelpMenu;
class RecentFiles;
class RegisterFileActions;
class ServerActions;
class RetentionActions;
class SiteWorkActions;
class RegisterSession;

// Menus, navigation and the open file. The areas own their work; this window only places them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    RegisterSession& session() const { return *m_session; }
    RegisterFileActions& fileActions() const { return *m_fileActions; }
    SiteWorkActions& siteWork() const { return *m_siteWork; }
    ServerActions& server() const { return *m_server; }
    RetentionActions& retention() const { return *m_retention; }

    // Opens file if given, else the register used last, else the default register if there is
    // one; with none of them (the first start) the welcome page shows the ways in.
    void openAtStartup(const QString& file);
    // The demo municipality in the default register, made when it is missing.
    void openDemo();
    // A new register for one's own municipality, made in a short guided step.
    void startOwnRegister();
    // Shows a message and returns false if the file cannot be opened; the open register stays.
    bool openFile(const QString& path);
    // Works on reg from now on (tests and tools hand one in directly).
    void setRegister(std::unique_ptr<Register> reg);

    // Shows the page of the area with this key (see AreaCatalogue).
    void showArea(const QString& key);
    // The key of the area shown now; empty when none is.
    QString shownArea() const { return m_areaKeys.value(m_shownArea); }
    GlobalSearch& globalSearch() const { return *m_search; }

Q_SIGNALS:
    // The language was changed in the settings; the window is to be built anew in it.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createToolBar();
    void createHistoryDock();

    void newRegister();
    void openRegister();
    void openRecent(const QString& path);
    void saveAs();
    void importSpreadsheet();
    void editSettings();
    void focusScope();
    void onRegisterOpened();
    void onAreaChosen(int row);
    void showError(const QString& message);
    QString fileDialogFolder() const;

    RegisterSession* m_session;
    RecentFiles* m_recent;
    RegisterFileActions* m_fileActions = nullptr;
    SiteWorkActions* m_siteWork = nullptr;
    ServerActions* m_server = nullptr;
    RetentionActions* m_retention = nullptr;
    GlobalSearch* m_search = nullptr;
    QListWidget* m_areaList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_noRegisterPage = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QWidget* m_scopeSelector = nullptr;
    QList<QWidget*> m_areaPages; // per row of m_areaList; null for areas not built yet
    QStringList m_areaKeys;
    int m_shownArea = -1;          // the row of m_areaList whose page is shown
    bool m_layoutRestored = false; // the docks as the user left them last time
    bool m_shownOnce = false;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_settingsAction = nullptr;
    HelpMenu* m_help = nullptr;
    QAction* m_scopeAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace sakra::gui
