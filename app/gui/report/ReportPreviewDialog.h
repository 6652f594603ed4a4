#pragma once

#include <QDialog>
#include <atomic>
#include <memory>

class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace sakra::gui {

struct PreparedReport;

// The board document as it will be printed: Qt's print preview painted by the report renderer,
// with zoom, page navigation, printing and PDF export. The document was built and laid out off
// the GUI thread; painting the pages here shows its progress and can be cancelled, leaving the
// pages painted so far on screen.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(std::shared_ptr<PreparedReport> report, const QString& title,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    int pageCount() const;
    // Pages painted into the preview (fewer than pageCount() when cancelled).
    int pagesShown() const { return m_pagesShown; }
    // How long painting the pages into the preview took (for the timing tool).
    qint64 paintMilliseconds() const { return m_paintMs; }

    // Paints pages first..last (0-based, inclusive) on the printer, A4 portrait without margins,
    // with a progress dialog over parent that can cancel. Returns the pages painted; a cancelled
    // run is withdrawn from the printer when discardWhenCancelled (printing, not the preview).
    static int paintPages(PreparedReport& report, QPrinter& printer, int first, int last, QWidget* parent,
                          bool discardWhenCancelled);

public Q_SLOTS:
    void print();

Q_SIGNALS:
    // "Exportera PDF…": the owner asks for the file name and writes the file.
    void exportRequested();

private:
    void onPaintRequested(QPrinter* printer);
    void updatePageControls();
    void goToPage(int page);

    std::shared_ptr<PreparedReport> m_report;
    QPrinter* m_printer;
    QPrintPreviewWidget* m_preview;
    QToolButton* m_previous;
    QToolButton* m_next;
    QSpinBox* m_page;
    QLabel* m_pageTotal;
    QLabel* m_note;
    QPushButton* m_printButton;
    QPushButton* m_exportButton;
    int m_pagesShown = 0;
    qint64 m_paintMs = 0;
};

} // namespace sakra::gui
