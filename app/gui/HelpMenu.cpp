#include "HelpMenu.h"

#include "i18n/Translation.h"
#include "widgets/Named.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {

// A dialog with content above a Close button.
QDialog* dialogWith(QWidget* parent, const char* name, const QString& title, QWidget* content)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QLatin1String(name));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(HelpMenu::tr("&Stäng"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* column = new QVBoxLayout(dialog);
    column->addWidget(content);
    column->addWidget(buttons);
    return dialog;
}

// The keys of the lists and forms, which are no menu's.
struct Key
{
    const char* keys;
    const char* what;
};
const Key kListKeys[] = {
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Insert"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Lägg till en post i listan")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Alt+Insert"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Lägg till en post, var som helst i fliken")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Delete"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Ta bort den valda posten (kan ångras)")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Retur eller dubbelklick"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Öppna den valda posten i formuläret")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Ctrl+F"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Sök i listan")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Ctrl+S"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Spara formuläret (kan ångras)")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Ctrl+Retur"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Lägg till anteckningen i en åtgärds uppföljning")},
    {QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Piltangenter och Retur"),
     QT_TRANSLATE_NOOP("sakra::gui::HelpMenu", "Flytta i riskmatrisen och välj en ruta")},
};

void collect(const QMenu* menu, QList<QPair<QString, QString>>& rows)
{
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), rows);
        else if (!action->shortcut().isEmpty())
            rows.append({action->shortcut().toString(QKeySequence::NativeText),
                         action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))});
    }
}

} // namespace

HelpMenu::HelpMenu(QMainWindow& window) : QObject(&window), m_window(window)
{
    m_menu = window.menuBar()->addMenu(tr("&Hjälp"));
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    auto* handbook = named<QAction>(m_menu, "handbookAction", tr("&Handbok"));
    handbook->setShortcut(QKeySequence::HelpContents);
    connect(handbook, &QAction::triggered, this, &HelpMenu::showHandbook);
    auto* keys = named<QAction>(m_menu, "shortcutsAction", tr("&Kortkommandon"));
    connect(keys, &QAction::triggered, this, &HelpMenu::showShortcuts);
    auto* about = named<QAction>(m_menu, "aboutAction", tr("&Om Säkra"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
    m_menu->addAction(handbook);
    m_menu->addAction(keys);
    m_menu->addSeparator();
    m_menu->addAction(about);
}

QString HelpMenu::handbookSource()
{
    return QStringLiteral("qrc:/handbook/%1/index.html").arg(Translation::code(Translation::language()));
}

void HelpMenu::showHandbook()
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("handbookBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl(handbookSource()));
    QDialog* dialog = dialogWith(&m_window, "handbookDialog", tr("Handbok – Säkra"), browser);
    dialog->resize(760, 680);
    // Beside the window rather than in front of it: one reads and works at the same time.
    dialog->setModal(false);
    dialog->show();
}

void HelpMenu::showShortcuts()
{
    QList<QPair<QString, QString>> rows;
    for (QAction* action : m_window.menuBar()->actions())
        if (action->menu())
            collect(action->menu(), rows);
    for (const Key& key : kListKeys)
        rows.append({tr(key.keys), tr(key.what)});
    auto* table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Tangenter"), tr("Vad")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    QDialog* dialog = dialogWith(&m_window, "shortcutsDialog", tr("Kortkommandon"), table);
    dialog->resize(560, 620);
    dialog->show();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
        &m_window, tr("Om Säkra"),
        tr("<h3>Säkra %1</h3><p>Stöd för kommunens systematiska säkerhetsarbete: organisation, "
           "risker, åtgärder, händelser och rapporter till nämnderna.</p>")
            .arg(QStringLiteral(SAKRA_VERSION)));
}

} // namespace sakra::gui
