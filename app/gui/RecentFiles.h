#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace sakra::gui {

// The registers opened lately, newest first, kept in QSettings between runs.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    // Fills menu with one action per file, numbered as mnemonics, and an action that clears the list.
    void fillMenu(QMenu* menu);

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
};

} // namespace sakra::gui
