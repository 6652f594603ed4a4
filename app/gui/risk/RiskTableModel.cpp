#include "RiskTableModel.h"

#include "Register.h"
#include "widgets/ColourContrast.h"
#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QStyle>

namespace sakra::gui {

namespace {
// Dark red that keeps 4.5:1 against white and the pale alternate row colour.
} // namespace

RiskTableModel::RiskTableModel(QObject* parent) : QueryTableModel(&Register::risks, parent)
{
    addColumn(TitleColumn, tr("Risk"), [](const RiskRow& r) { return r.risk.title; })
        .sortedBy(RiskQuery::Sort::Title)
        .wide(240);
    addColumn(UnitColumn, tr("Enhet"), [](const RiskRow& r) { return r.unitName; })
        .sortedBy(RiskQuery::Sort::Unit)
        .wide(150);
    addColumn(CategoryColumn, tr("Kategori"), [](const RiskRow& r) { return r.categoryName; })
        .sortedBy(RiskQuery::Sort::Category)
        .wide(120);
    addColumn(LevelColumn, tr("Nivå"), [this](const RiskRow& r) { return levelText(r.risk.level); })
        .sortedBy(RiskQuery::Sort::Level)
        .wide(80);
    addColumn(ResidualLevelColumn, tr("Efter åtgärder"),
              [this](const RiskRow& r) {
                  return r.risk.hasResidual() ? levelText(r.risk.residualLevel) : tr("ej bedömd");
              })
        .sortedBy(RiskQuery::Sort::ResidualLevel)
        .wide(100);
    addColumn(StatusColumn, tr("Status"), [](const RiskRow& r) { return Risk::statusLabel(r.risk.status); })
        .sortedBy(RiskQuery::Sort::Status)
        .wide(80);
    addColumn(OwnerColumn, tr("Ägare"), [](const RiskRow& r) { return r.ownerName; })
        .sortedBy(RiskQuery::Sort::Owner)
        .wide(140);
    addColumn(NextReviewColumn, tr("Omprövas"),
              [this](const RiskRow& r) {
                  const QString date = Formatting::date(r.risk.nextReview);
                  return r.risk.isReviewOverdue(today()) ? tr("%1 (försenad)").arg(date) : date;
              })
        .sortedBy(RiskQuery::Sort::NextReview)
        .withToolTip([this](const RiskRow& r) {
            const QString date = Formatting::date(r.risk.nextReview);
            return r.risk.isReviewOverdue(today()) ? tr("Omprövningen skulle ha gjorts %1").arg(date)
                                                   : tr("Omprövas senast %1").arg(date);
        });
}

void RiskTableModel::setQuery(Register* reg, const RiskQuery& query, const RiskMatrix& matrix)
{
    m_matrix = matrix;
    QueryTableModel::setQuery(reg, query);
}

const RiskMatrix::Level* RiskTableModel::levelOf(int level) const
{
    return level >= 0 && level < int(m_matrix.levels().size()) ? &m_matrix.levels()[std::size_t(level)]
                                                               : nullptr;
}

QString RiskTableModel::levelText(int level) const
{
    const RiskMatrix::Level* l = levelOf(level);
    return l ? l->name.text() : tr("–");
}

QVariant RiskTableModel::levelColours(int level, int role) const
{
    const RiskMatrix::Level* l = levelOf(level);
    if (!l)
        return {};
    switch (role) {
    case Qt::BackgroundRole: return l->colour;
    case Qt::ForegroundRole: return ColourContrast::textOn(l->colour);
    default: return {};
    }
}

QVariant RiskTableModel::reviewData(const Risk& risk, int role) const
{
    if (!risk.isReviewOverdue(today()))
        return {};
    switch (role) {
    case Qt::DecorationRole: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::ForegroundRole: return palette::lateText;
    case Qt::FontRole: return boldFont();
    default: return {};
    }
}

QVariant RiskTableModel::rowData(const RiskRow& row, int column, int role) const
{
    switch (Column(column)) {
    case LevelColumn: return levelColours(row.risk.level, role);
    case ResidualLevelColumn:
        return row.risk.hasResidual() ? levelColours(row.risk.residualLevel, role) : QVariant();
    case NextReviewColumn: return reviewData(row.risk, role);
    default: return {};
    }
}

} // namespace sakra::gui
