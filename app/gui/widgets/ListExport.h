#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

class QTableView;
class QWidget;

namespace sakra::gui {

// Writes a list out as it is shown: every row of the current filter and scope, not only the
// pages read so far, and the columns not hidden, in the order they stand, with the texts of the
// headers and cells. The file is written on a worker thread; a failure is shown in a message.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(sakra::gui::ListExport)

public:
    struct Snapshot
    {
        QStringList headers;
        std::vector<QStringList> rows;
    };
    // Reads all of the table's rows first (see RecordTableModel::fetchAll).
    static Snapshot snapshot(QTableView& table);
    // The cells of one row as shown, the columns not hidden in the order they stand.
    static QStringList rowCells(const QTableView& table, int row);

    // Asks for a file (XLSX or CSV) to write the table's list to, in the folder used last; empty
    // when the user cancels.
    static QString askForFile(QTableView& table, const QString& title);
    // Writes the table's list to path without asking; button, when given, is off until the file
    // is written.
    static void writeTo(QTableView& table, const QString& title, const QString& path, QWidget* button);
};

} // namespace sakra::gui
