#include "ReportPreviewDialog.h"

#include "ReportTask.h"
#include "widgets/Named.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& name, const QString& text, const QString& tip,
                        QStyle::StandardPixmap icon)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    if (icon != QStyle::SP_CustomBase)
        button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(icon != QStyle::SP_CustomBase ? Qt::ToolButtonIconOnly
                                                             : Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(std::shared_ptr<PreparedReport> report, const QString& title,
                                         QWidget* parent)
    : QDialog(parent), m_report(std::move(report)), m_printer(new QPrinter(QPrinter::HighResolution)),
      m_preview(named<QPrintPreviewWidget>(this, "reportPreview", m_printer)),
      m_previous(toolButton(this, QStringLiteral("reportPreviewPrevious"), tr("‹ Föregående"),
                            tr("Föregående sida"), QStyle::SP_CustomBase)),
      m_next(toolButton(this, QStringLiteral("reportPreviewNext"), tr("Nästa ›"), tr("Nästa sida"),
                        QStyle::SP_CustomBase)),
      m_page(named<QSpinBox>(this, "reportPreviewPage")),
      m_pageTotal(named<QLabel>(this, "reportPreviewPageTotal")),
      m_note(named<QLabel>(this, "reportPreviewNote")),
      m_printButton(named<QPushButton>(this, "reportPreviewPrintButton", tr("Skriv &ut…"))),
      m_exportButton(named<QPushButton>(this, "reportPreviewExportButton", tr("&Exportera PDF…")))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Förhandsgranskning – %1").arg(title));
    m_page->setAccessibleName(tr("Sida"));
    m_page->setKeyboardTracking(false);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    m_printer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_printer->setFullPage(true);
    m_printer->setDocName(title);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);

    auto* zoomOut = toolButton(this, QStringLiteral("reportPreviewZoomOut"), tr("−"), tr("Förminska"),
                               QStyle::SP_CustomBase);
    auto* zoomIn = toolButton(this, QStringLiteral("reportPreviewZoomIn"), tr("+"), tr("Förstora"),
                              QStyle::SP_CustomBase);
    auto* fitWidth = toolButton(this, QStringLiteral("reportPreviewFitWidth"), tr("Sidbredd"),
                                tr("Anpassa till sidans bredd"), QStyle::SP_CustomBase);
    auto* fitPage = toolButton(this, QStringLiteral("reportPreviewFitPage"), tr("Hel sida"),
                               tr("Visa hela sidan"), QStyle::SP_CustomBase);
    auto* facing = toolButton(this, QStringLiteral("reportPreviewFacing"), tr("Uppslag"),
                              tr("Visa två sidor bredvid varandra"), QStyle::SP_CustomBase);
    facing->setCheckable(true);
    for (QToolButton* b : {zoomOut, zoomIn}) {
        QFont f = b->font();
        f.setBold(true);
        b->setFont(f);
        b->setMinimumWidth(b->sizeHint().height());
    }

    auto* pageLabel = new QLabel(tr("&Sida"), this);
    pageLabel->setBuddy(m_page);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_previous);
    tools->addWidget(pageLabel);
    tools->addWidget(m_page);
    tools->addWidget(m_pageTotal);
    tools->addWidget(m_next);
    tools->addSpacing(16);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fitWidth);
    tools->addWidget(fitPage);
    tools->addWidget(facing);
    tools->addStretch();
    tools->addWidget(m_printButton);
    tools->addWidget(m_exportButton);

    auto* close = new QDialogButtonBox(this);
    close->addButton(tr("S&täng"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("reportPreviewClose"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(close);
    resize(900, 1000);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewDialog::onPaintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPreviewDialog::updatePageControls);
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(m_preview->currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(m_preview->currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, &ReportPreviewDialog::goToPage);
    connect(zoomIn, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(fitPage, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);
    connect(facing, &QToolButton::toggled, m_preview, [this](bool on) {
        m_preview->setViewMode(on ? QPrintPreviewWidget::FacingPagesView
                                  : QPrintPreviewWidget::SinglePageView);
    });
    connect(m_printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportPreviewDialog::exportRequested);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePageControls();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    // The preview widget paints on the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

int ReportPreviewDialog::pageCount() const
{
    return m_report->renderer.pageCount();
}

int ReportPreviewDialog::paintPages(PreparedReport& report, QPrinter& printer, int first, int last,
                                    QWidget* parent, bool discardWhenCancelled)
{
    const int pages = report.renderer.pageCount();
    first = std::max(first, 0);
    last = std::min(last, pages - 1);
    if (first > last)
        return 0;
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const int total = last - first + 1;
    QProgressDialog progress(tr("Sida 1 av %1…").arg(QLocale().toString(total)), tr("Avbryt"), 0, total,
                             parent);
    progress.setObjectName(QStringLiteral("reportPaintProgress"));
    progress.setWindowTitle(tr("Sidorna ritas"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    int painted = 0;
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    for (int page = first; page <= last; ++page) {
        // The dialog lets events through while it is shown, so Cancel is seen between pages.
        if (progress.wasCanceled())
            break;
        if (page > first)
            printer.newPage();
        report.renderer.paintPage(painter, page, QRectF(QPointF(0, 0), paper.size()));
        ++painted;
        progress.setLabelText(
            tr("Sida %1 av %2…").arg(QLocale().toString(painted), QLocale().toString(total)));
        progress.setValue(painted);
    }
    // A print job cut short is withdrawn rather than sent half to the printer.
    if (painted < total && discardWhenCancelled)
        printer.abort();
    if (painter.isActive())
        painter.end();
    return painted;
}

void ReportPreviewDialog::onPaintRequested(QPrinter* printer)
{
    const int pages = pageCount();
    QElapsedTimer clock;
    clock.start();
    m_pagesShown = paintPages(*m_report, *printer, 0, pages - 1, this, false);
    m_paintMs = clock.elapsed();
    m_note->setVisible(m_pagesShown < pages);
    if (m_pagesShown < pages)
        m_note->setText(
            tr("Förhandsgranskningen avbröts och visar de första %1 av %2 sidorna. Utskrift och export "
               "tar med hela dokumentet.")
                .arg(QLocale().toString(m_pagesShown), QLocale().toString(pages)));
}

void ReportPreviewDialog::updatePageControls()
{
    const int pages = std::max(m_preview->pageCount(), 1);
    const int current = std::clamp(m_preview->currentPage(), 1, pages);
    const QSignalBlocker blocker(m_page);
    m_page->setRange(1, pages);
    m_page->setValue(current);
    m_pageTotal->setText(tr("av %1").arg(QLocale().toString(m_preview->pageCount())));
    m_previous->setEnabled(current > 1);
    m_next->setEnabled(current < m_preview->pageCount());
}

void ReportPreviewDialog::goToPage(int page)
{
    if (page < 1 || page > m_preview->pageCount())
        return;
    m_preview->setCurrentPage(page);
    updatePageControls();
}

void ReportPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_printer->docName());
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    dialog.setWindowTitle(tr("Skriv ut"));
    dialog.setMinMax(1, pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage);
    if (dialog.exec() != QDialog::Accepted)
        return;
    int first = 0;
    int last = pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange) {
        first = printer.fromPage() - 1;
        last = printer.toPage() - 1;
    } else if (printer.printRange() == QPrinter::CurrentPage) {
        first = last = m_preview->currentPage() - 1;
    }
    paintPages(*m_report, printer, first, last, this, true);
}

} // namespace sakra::gui
