#include "ReportRenderer.h"

#include "ReportCharts.h"
#include "ReportLayout.h"
#include "ReportText.h"

#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace sakra::report {

namespace {

const QColor kRunningRule(0xb8c2ce);

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument& document) : m_document(document) {}

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::fontFamily()
{
    // DejaVu Sans is on every Debian desktop and covers Swedish; any other installed family will do.
    static const QString family = [] {
        const QString preferred = QStringLiteral("DejaVu Sans");
        return QFontDatabase::families().contains(preferred)
                   ? preferred
                   : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

int ReportRenderer::pageCount()
{
    if (!m_layout)
        m_layout = std::make_unique<ReportLayout>(m_document);
    return int(m_layout->pages().size());
}

bool ReportRenderer::render(QPagedPaintDevice& device, const Progress& progress,
                            const std::atomic_bool* cancel)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const bool done = render(painter, device, progress, cancel);
    painter.end();
    return done;
}

bool ReportRenderer::render(QPainter& painter, QPagedPaintDevice& device, const Progress& progress,
                            const std::atomic_bool* cancel)
{
    const int pages = pageCount();
    const qreal sx = device.logicalDpiX() / (72.0 * kUnitsPerPoint);
    const qreal sy = device.logicalDpiY() / (72.0 * kUnitsPerPoint);
    for (int i = 0; i < pages; ++i) {
        if (cancelled(cancel))
            return false;
        if (i > 0)
            device.newPage();
        painter.save();
        painter.scale(sx, sy);
        paintOne(painter, i);
        painter.restore();
        if (progress)
            progress(i + 1, pages);
    }
    return true;
}

void ReportRenderer::paintPage(QPainter& painter, int page, const QRectF& target)
{
    if (page < 0 || page >= pageCount())
        return;
    const qreal s =
        std::min(target.width() / ReportLayout::kPageWidth, target.height() / ReportLayout::kPageHeight);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(s, s);
    painter.fillRect(QRectF(0, 0, ReportLayout::kPageWidth, ReportLayout::kPageHeight), Qt::white);
    paintOne(painter, page);
    painter.restore();
}

void ReportRenderer::paintOne(QPainter& painter, int index)
{
    FontSet& fonts = m_layout->fonts();
    const LaidOutPage& page = m_layout->pages()[std::size_t(index)];
    const int pages = int(m_layout->pages().size());
    const qreal left = ReportLayout::kLeft;
    const qreal right = ReportLayout::kRight;

    for (const RectItem& r : page.rects) {
        if (r.fill.isValid())
            painter.fillRect(r.rect, r.fill);
        if (r.border.isValid()) {
            painter.setPen(QPen(r.border, pt(0.6)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.rect);
        }
    }
    for (const LineItem& l : page.lines) {
        painter.setPen(QPen(l.colour, l.width));
        painter.drawLine(l.line);
    }
    int current = -1;
    for (const TextItem& t : page.texts) {
        if (int(t.style) != current) {
            current = int(t.style);
            painter.setFont(fonts.font(t.style));
            painter.setPen(fonts.colour(t.style));
        }
        painter.drawText(t.baseline, t.text);
    }
    for (const ChartItem& c : page.charts)
        paintChart(painter, c.rect, *c.block, fonts);

    // Running head and foot: the same on every page, numbered now that the count is known.
    auto line = [&](Style s, qreal top, qreal x, int align, const QString& text) {
        if (text.isEmpty())
            return;
        const qreal w = fonts.width(s, text);
        const qreal at = align == 0 ? x : align == 1 ? x - w / 2 : x - w;
        painter.setFont(fonts.font(s));
        painter.setPen(fonts.colour(s));
        painter.drawText(QPointF(at, top + fonts.ascent(s)), text);
    };
    const ReportText text(m_document.language);
    if (!m_document.classification.isEmpty())
        line(Style::Classification, pt(22), (left + right) / 2, 1, m_document.classification);
    if (index > 0) {
        // The document's name on the left gives way to the municipality's on the right.
        const qreal room = right - left - fonts.width(Style::Header, m_document.title.organisation) - pt(16);
        QString name = m_document.footerText;
        if (fonts.width(Style::Header, name) > room) {
            const QString ellipsis(QChar(0x2026));
            while (!name.isEmpty() && fonts.width(Style::Header, name + ellipsis) > room)
                name.chop(1);
            name = name.trimmed() + ellipsis;
        }
        line(Style::Header, pt(38), left, 0, name);
        line(Style::Header, pt(38), right, 2, m_document.title.organisation);
        painter.setPen(QPen(kRunningRule, pt(0.5)));
        painter.drawLine(QLineF(left, pt(50), right, pt(50)));
    }
    const qreal foot = ReportLayout::kBottom + pt(22);
    painter.setPen(QPen(kRunningRule, pt(0.5)));
    painter.drawLine(QLineF(left, foot, right, foot));
    line(Style::Header, foot + pt(5), left, 0, m_document.title.issuer);
    line(Style::Header, foot + pt(5), (left + right) / 2, 1, text.isoDate(m_document.documentDate));
    line(Style::Header, foot + pt(5), right, 2, text.pageOf(index + 1, pages));
}

bool ReportRenderer::writePdf(QIODevice& device, const Progress& progress, const std::atomic_bool* cancel)
{
    QPdfWriter writer(&device);
    // PDF/A-1b: the archive format; Qt embeds the font subsets and writes the XMP identification.
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(1440);
    writer.setTitle(m_document.title.title);
    writer.setCreator(QStringLiteral("Säkra"));
    return render(writer, progress, cancel);
}

bool ReportRenderer::writePdf(const ReportDocument& document, QIODevice& device, const Progress& progress,
                              const std::atomic_bool* cancel)
{
    ReportRenderer renderer(document);
    return renderer.writePdf(device, progress, cancel);
}

} // namespace sakra::report
