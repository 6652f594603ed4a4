#include "ListExport.h"

#include "RecordTableModel.h"
#include "Register.h"
#include "exchange/TableWriter.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <memory>

namespace sakra::gui {

namespace {
const char* const kFolderKey = "export/folder";
}

namespace {
// The logical indexes of the columns shown, in the order they stand.
std::vector<int> shownColumns(const QTableView& table)
{
    const QHeaderView* header = table.horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}

QStringList cellsOf(const QAbstractItemModel& model, const std::vector<int>& columns, int row)
{
    const auto* records = qobject_cast<const RecordTableModel*>(&model);
    QStringList cells;
    for (const int c : columns)
        cells << (records ? records->displayText(row, c)
                          : model.index(row, c).data(Qt::DisplayRole).toString());
    return cells;
}
} // namespace

ListExport::Snapshot ListExport::snapshot(QTableView& table)
{
    QAbstractItemModel* model = table.model();
    auto* records = qobject_cast<RecordTableModel*>(model);
    if (records) {
        records->fetchAll();
    } else {
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
    }
    const std::vector<int> columns = shownColumns(table);
    Snapshot snapshot;
    for (const int c : columns)
        snapshot.headers << (records ? records->headerText(c)
                                     : model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    const int rowCount = model->rowCount();
    snapshot.rows.reserve(std::size_t(rowCount));
    for (int r = 0; r < rowCount; ++r)
        snapshot.rows.push_back(cellsOf(*model, columns, r));
    return snapshot;
}

QStringList ListExport::rowCells(const QTableView& table, int row)
{
    return cellsOf(*table.model(), shownColumns(table), row);
}

QString ListExport::askForFile(QTableView& table, const QString& title)
{
    QSettings settings;
    const QString folder = settings
                               .value(QLatin1String(kFolderKey),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString xlsx = tr("Excel-arbetsbok (*.xlsx)");
    const QString csv = tr("CSV med semikolon (*.csv)");
    QString chosen = xlsx;
    QString path = QFileDialog::getSaveFileName(table.window(), tr("Exportera lista"),
                                                folder + QLatin1Char('/') + title + QLatin1String(".xlsx"),
                                                xlsx + QLatin1String(";;") + csv, &chosen);
    if (path.isEmpty())
        return {};
    if (!TableWriter::formatOf(path))
        path += chosen == csv ? QLatin1String(".csv") : QLatin1String(".xlsx");
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    return path;
}

void ListExport::writeTo(QTableView& table, const QString& title, const QString& path, QWidget* button)
{
    // The rows are read from the model here, on the GUI thread that owns it; the file is written
    // on a thread of its own, so a long list does not stop the window.
    auto data = std::make_shared<Snapshot>();
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        *data = snapshot(table);
        QApplication::restoreOverrideCursor();
    }
    auto error = std::make_shared<QString>();
    QThread* worker = QThread::create([data, error, path, title] {
        try {
            TableWriter::write(path, title, data->headers, data->rows);
        } catch (const Error& e) {
            *error = e.message();
        }
    });
    QPointer<QWidget> disabled = button;
    if (disabled)
        disabled->setEnabled(false);
    QPointer<QWidget> window = table.window();
    QObject::connect(worker, &QThread::finished, table.window(), [worker, error, disabled, window] {
        worker->deleteLater();
        if (disabled)
            disabled->setEnabled(true);
        if (!error->isEmpty())
            QMessageBox::warning(window, tr("Listan exporterades inte"), *error);
    });
    worker->start();
}

} // namespace sakra::gui
