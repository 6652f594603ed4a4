#include "RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace sakra::gui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& list)
{
    QSettings().setValue(kKey, QStringList(list.mid(0, kMaxFiles)));
}

void RecentFiles::fillMenu(QMenu* menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString& path : list) {
        // The number is the mnemonic, so the list can be used from the keyboard alone.
        const QString text = QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName());
        QAction* action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("(inga senaste filer)"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Töm listan")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace sakra::gui
