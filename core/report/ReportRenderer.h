#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QRectF>
#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace sakra::report {

class ReportLayout;

// Lays a ReportDocument out on A4 pages with its own pagination (text measured once, word
// widths cached, no QTextDocument) and paints the pages on any paged device: QPdfWriter for
// files, QPrinter for the print preview and for printing. Lay out first, then paint, so that
// every page knows the page count. Works on any thread (fonts and QPdfWriter do; no widgets).
class ReportRenderer
{
public:
    // done pages of total, after each page painted.
    using Progress = std::function<void(int done, int total)>;

    // The document must outlive the renderer.
    explicit ReportRenderer(const ReportDocument& document);
    explicit ReportRenderer(ReportDocument&&) = delete; // would dangle
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    // Pages of the laid-out document (lays it out on first use).
    int pageCount();

    // Sets the device to A4 without margins and paints every page, starting a new page between
    // them. Returns false when cancel was set (the device then holds a partial document).
    bool render(QPagedPaintDevice& device, const Progress& progress = {},
                const std::atomic_bool* cancel = nullptr);
    // The same on a painter already active on device (as QPrintPreviewWidget hands one out).
    bool render(QPainter& painter, QPagedPaintDevice& device, const Progress& progress = {},
                const std::atomic_bool* cancel = nullptr);
    // Paints one page (0-based) into target on any painter, keeping the page's proportions:
    // thumbnails and custom previews.
    void paintPage(QPainter& painter, int page, const QRectF& target);

    // Writes the document as PDF/A-1b (fonts embedded, A4) to device, which must be open for
    // writing. Returns false when cancelled.
    bool writePdf(QIODevice& device, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    static bool writePdf(const ReportDocument& document, QIODevice& device, const Progress& progress = {},
                         const std::atomic_bool* cancel = nullptr);

    // The family the documents are set in.
    static QString fontFamily();

private:
    void paintOne(QPainter& painter, int page);

    const ReportDocument& m_document;
    std::unique_ptr<ReportLayout> m_layout;
};

} // namespace sakra::report
