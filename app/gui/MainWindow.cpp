#include "MainWindow.h"

#include "AreaCatalogue.h"
#include "DefaultRegister.h"
#include "HelpMenu.h"
#include "RecentFiles.h"
#include "Register.h"
#include "RegisterFileActions.h"
#include "RegisterSession.h"
#include "SettingsDialog.h"
#include "StartRegisterWizard.h"
#include "WelcomePage.h"
#include "WindowMemory.h"
#include "import/ImportWizard.h"
#include "retention/RetentionActions.h"
#include "search/GlobalSearch.h"
#include "server/ServerActions.h"
#include "sync/SiteWorkActions.h"
#include "widgets/HistoryPanel.h"
#include "widgets/ListFrame.h"
#include "widgets/Named.h"
#include "widgets/ScopeSelector.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace sakra::gui {

namespace {
const QString kFileSuffix = QStringLiteral("sakra");
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new RegisterSession(this)), m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    createToolBar();
    createHistoryDock();
    statusBar();
    m_fileActions = new RegisterFileActions(*this, *m_session);
    connect(m_fileActions, &RegisterFileActions::reopenRequested, this, &MainWindow::openFile);
    m_siteWork = new SiteWorkActions(*this, *m_session);
    m_server = new ServerActions(*this, *m_session);
    m_retention = new RetentionActions(*this, *m_session);
    m_search = new GlobalSearch(*this, *m_session);
    createMenus();

    connect(m_session, &RegisterSession::registerOpened, this, &MainWindow::onRegisterOpened);
    connect(m_session, &RegisterSession::errorReported, this, &MainWindow::showError);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openRecent);

    m_layoutRestored = WindowMemory::restore(*this);
    onRegisterOpened();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // An action of the menus, found by tests under its objectName.
    const auto command = [this](const char* name, const QString& text, const QKeySequence& key, auto slot) {
        auto* action = named<QAction>(this, name, text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = command("newAction", tr("&Ny…"), QKeySequence::New, &MainWindow::newRegister);
    m_newAction->setStatusTip(tr("Skapa ett nytt, tomt register"));
    m_openAction = command("openAction", tr("&Öppna…"), QKeySequence::Open, &MainWindow::openRegister);
    m_openAction->setStatusTip(tr("Öppna ett register"));
    m_saveAsAction = command("saveAsAction", tr("Spara so&m…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    m_saveAsAction->setStatusTip(tr("Spara en kopia av registret och fortsätt arbeta i kopian"));
    m_importAction = command("importAction", tr("&Importera från kalkylark…"), QKeySequence(),
                             &MainWindow::importSpreadsheet);
    m_importAction->setStatusTip(tr("Läs in rader från en XLSX- eller CSV-fil"));
    m_quitAction = command("quitAction", tr("&Avsluta"), QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_scopeAction = command("scopeAction", tr("Välj &omfattning"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            &MainWindow::focusScope);
    m_settingsAction = command("settingsAction", tr("&Inställningar…"), QKeySequence::Preferences,
                               &MainWindow::editSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    // Every edit is committed at once, so undo is the way back; keep the standard keys.
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Ångra"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Gör om"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Y as on Windows and Ctrl+Shift+Z as elsewhere, whatever the platform's own choice.
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Arkiv"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_server->connectAction());
    m_recentMenu = file->addMenu(tr("&Senaste"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Built when opened, so files that disappeared meanwhile are listed as they are now.
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->fillMenu(m_recentMenu); });
    m_recent->fillMenu(m_recentMenu);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_siteWork->handOutAction());
    file->addAction(m_siteWork->takeBackAction());
    file->addSeparator();
    file->addAction(m_fileActions->restoreAction());
    file->addAction(m_fileActions->verifyAction());
    file->addAction(m_fileActions->backupFolderAction());
    file->addAction(m_retention->retentionAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Redigera"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_search->action());
    edit->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(tr("&Visa"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    // Ctrl+1 to Ctrl+9 and Ctrl+0 for the tenth, as the digits lie on the keyboard.
    int number = 1;
    for (int row = 0; row < m_areaList->count(); ++row) {
        if (!m_areaPages.at(row))
            continue;
        QAction* go = m_viewMenu->addAction(m_areaList->item(row)->text());
        go->setObjectName(m_areaKeys.at(row) + QStringLiteral("AreaAction"));
        if (number <= 10)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number % 10)));
        ++number;
        connect(go, &QAction::triggered, this, [this, row] { m_areaList->setCurrentRow(row); });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_scopeAction);
    QAction* history = m_historyDock->toggleViewAction();
    history->setText(tr("&Historik"));
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_viewMenu->addAction(history);

    m_help = new HelpMenu(*this);
}

void MainWindow::createCentralArea()
{
    m_areaList = new QListWidget;
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setAccessibleName(tr("Områden"));
    m_areaList->setSpacing(2);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("areaPages"));

    for (const Area& area : AreaCatalogue::areas()) {
        auto* item = new QListWidgetItem(area.title, m_areaList);
        m_areaKeys << area.key;
        QWidget* page = area.createPage ? area.createPage(*m_session) : nullptr;
        if (page) {
            page->setObjectName(area.key + QStringLiteral("Area"));
            m_pages->addWidget(page);
        } else {
            // Shown greyed out rather than hidden: people can see what is coming.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("Kommer i en senare version"));
            item->setText(tr("%1 (kommer senare)").arg(area.title));
        }
        m_areaPages << page;
    }

    auto* welcome = new WelcomePage;
    welcome->setObjectName(QStringLiteral("noRegisterPage"));
    connect(welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(welcome, &WelcomePage::startRequested, this, &MainWindow::startOwnRegister);
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::openRegister);
    connect(welcome, &WelcomePage::connectRequested, this, [this] { m_server->connectAction()->trigger(); });
    m_noRegisterPage = welcome;
    m_pages->addWidget(m_noRegisterPage);

    // Narrow, wrapping the long titles of areas still to come, so the pages get the width.
    m_areaList->setWordWrap(true);
    m_areaList->setTextElideMode(Qt::ElideNone);
    m_areaList->setResizeMode(QListView::Adjust);
    m_areaList->setMinimumWidth(140);
    m_areaList->setMaximumWidth(260);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_areaList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);

    connect(m_areaList, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChosen);
    m_areaList->setCurrentRow(0);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Verktygsfält"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // Short, fixed words on the toolbar so a long step ("Ångra Ändra risken …") never pushes the
    // scope selector out of sight; the whole step is in the tooltip and in the Redigera menu.
    const auto shortAction = [this, bar](const char* name, const QString& text, QAction* full) {
        auto* action = named<QAction>(bar, name, text);
        action->setEnabled(full->isEnabled());
        action->setToolTip(full->text());
        connect(full, &QAction::changed, action, [action, full] {
            action->setEnabled(full->isEnabled());
            action->setToolTip(full->text().remove(QLatin1Char('&')));
        });
        connect(action, &QAction::triggered, full, &QAction::trigger);
        bar->addAction(action);
    };
    shortAction("undoToolAction", tr("Ångra"), m_undoAction);
    shortAction("redoToolAction", tr("Gör om"), m_redoAction);
    bar->addSeparator();
    auto* label = new QLabel(tr("Omfattning:"));
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    auto* scope = new ScopeSelector(*m_session);
    label->setBuddy(scope);
    m_scopeSelector = scope;
    bar->addWidget(scope);
}

void MainWindow::createHistoryDock()
{
    m_historyDock = new QDockWidget(tr("Historik"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(new HistoryPanel(*m_session));
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
}

void MainWindow::openAtStartup(const QString& file)
{
    if (!file.isEmpty() && openFile(file))
        return;
    const QString last = m_recent->files().value(0);
    if (!last.isEmpty() && QFileInfo::exists(last) && openFile(last))
        return;
    if (QFileInfo::exists(DefaultRegister::path()))
        openDemo();
}

void MainWindow::openDemo()
{
    if (!ListFrame::leaveEditors(*this))
        return;
    try {
        setRegister(DefaultRegister::openOrCreate());
        m_recent->add(m_session->reg().path());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Kan inte öppna registret"),
                             tr("Standardregistret %1 kunde inte öppnas.\n\n%2")
                                 .arg(QDir::toNativeSeparators(DefaultRegister::path()), e.message()));
    }
}

bool MainWindow::openFile(const QString& path)
{
    if (!ListFrame::leaveEditors(*this))
        return false;
    try {
        // A file this user may not write is shown read-only rather than refused.
        setRegister(Register::open(path, Database::WhenNotWritable::OpenReadOnly));
    } catch (const Error& e) {
        QMessageBox::warning(
            this, tr("Kan inte öppna registret"),
            tr("%1 kunde inte öppnas.\n\n%2").arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
    m_recent->add(path);
    return true;
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_session->setRegister(std::move(reg));
}

void MainWindow::showArea(const QString& key)
{
    const int row = int(m_areaKeys.indexOf(key));
    if (row >= 0 && m_areaPages.at(row))
        m_areaList->setCurrentRow(row);
}

void MainWindow::onRegisterOpened()
{
    const bool open = m_session->hasRegister();
    if (open) {
        const bool server = m_session->reg().database().onServer();
        const QString name = server ? m_session->reg().path() : QFileInfo(m_session->reg().path()).fileName();
        setWindowTitle(tr("%1 – Säkra").arg(name));
        setWindowFilePath(server ? QString() : m_session->reg().path());
        statusBar()->showMessage(tr("Öppnade %1").arg(QDir::toNativeSeparators(m_session->reg().path())),
                                 5000);
    } else {
        setWindowTitle(tr("Säkra"));
    }
    m_saveAsAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_session->reg().database().isReadOnly());
    m_areaList->setEnabled(open);
    m_scopeAction->setEnabled(open);
    onAreaChosen(m_areaList->currentRow());
}

void MainWindow::importSpreadsheet()
{
    if (!m_session->hasRegister())
        return;
    // Window modal without a nested event loop: the wizard deletes itself when it closes.
    auto* wizard = new ImportWizard(*m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void MainWindow::onAreaChosen(int row)
{
    // An area left with unsaved changes in one of its forms asks first; staying keeps it shown.
    if (row != m_shownArea && m_pages->currentWidget() != m_noRegisterPage &&
        !ListFrame::leaveEditors(*m_pages->currentWidget())) {
        const QSignalBlocker blocker(m_areaList);
        m_areaList->setCurrentRow(m_shownArea);
        return;
    }
    m_shownArea = row;
    QWidget* page = row >= 0 && row < m_areaPages.size() ? m_areaPages.at(row) : nullptr;
    m_pages->setCurrentWidget(m_session->hasRegister() && page ? page : m_noRegisterPage);
}

QString MainWindow::fileDialogFolder() const
{
    if (m_session->hasRegister())
        return QFileInfo(m_session->reg().path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newRegister()
{
    if (!ListFrame::leaveEditors(*this))
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Nytt register"), fileDialogFolder(),
                                                tr("Säkra-register (*.sakra)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kFileSuffix;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("Nytt register"),
            tr("%1 finns redan. Välj ett nytt filnamn, eller öppna filen med Arkiv › Öppna….")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    try {
        setRegister(Register::create(path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Kan inte skapa registret"), e.message());
        return;
    }
    m_recent->add(path);
}

void MainWindow::openRegister()
{
    if (!ListFrame::leaveEditors(*this))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Öppna register"), fileDialogFolder(),
                                                      tr("Säkra-register (*.sakra);;Alla filer (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("Filen finns inte"),
                                 tr("%1 finns inte längre. Den tas bort ur listan över senaste filer.")
                                     .arg(QDir::toNativeSeparators(path)));
        m_recent->remove(path);
        return;
    }
    openFile(path);
}

void MainWindow::saveAs()
{
    // The copy holds what is saved: unsaved changes are asked about first.
    if (!m_session->hasRegister() || !ListFrame::leaveEditors(*this))
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Spara som"), fileDialogFolder(),
                                                tr("Säkra-register (*.sakra)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kFileSuffix;
    try {
        m_session->reg().saveCopyAs(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Kan inte spara kopian"), e.message());
        return;
    }
    // Edits are committed as they are made, so "save as" means: go on working in the copy.
    openFile(path);
}

void MainWindow::startOwnRegister()
{
    if (!ListFrame::leaveEditors(*this))
        return;
    StartRegisterWizard wizard(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    try {
        auto reg = Register::create(wizard.path());
        wizard.start().writeTo(*reg);
        setRegister(std::move(reg));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Kan inte skapa registret"), e.message());
        return;
    }
    m_recent->add(wizard.path());
    showArea(QStringLiteral("organisation"));
}

void MainWindow::editSettings()
{
    if (SettingsDialog::edit(this))
        Q_EMIT languageChanged();
}

void MainWindow::focusScope()
{
    m_scopeSelector->setFocus(Qt::ShortcutFocusReason);
    if (auto* combo = qobject_cast<ScopeSelector*>(m_scopeSelector))
        combo->showPopup();
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Säkra"), message);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Once moved or shown, the panel stays as the user leaves it.
    if (!m_layoutRestored)
        WindowMemory::placeHistoryOnFirstStart(*this, m_historyDock);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!ListFrame::leaveEditors(*this)) {
        event->ignore();
        return;
    }
    WindowMemory::save(*this);
    event->accept();
}

} // namespace sakra::gui
