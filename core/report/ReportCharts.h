#pragma once

#include "ReportDocument.h"

#include <QRectF>

class QPainter;

namespace sakra::report {

class FontSet;

// Paints a chart block (bars, trend lines, the risk heat map) into rect, in layout units.
void paintChart(QPainter& painter, const QRectF& rect, const Block& block, FontSet& fonts);

} // namespace sakra::report
