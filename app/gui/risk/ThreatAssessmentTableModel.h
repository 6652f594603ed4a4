#pragma once

#include "risk/ThreatAssessment.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

struct ThreatAssessmentRow
{
    ThreatAssessment assessment;
    QString unitName;
};

// Threat assessments for the restricted view only: date, unit, whom it concerns, threat level
// and status.
class ThreatAssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, UnitColumn, SubjectColumn, LevelColumn, StatusColumn, ColumnCount };

    explicit ThreatAssessmentTableModel(QObject* parent = nullptr);

    void setRows(std::vector<ThreatAssessmentRow> rows);
    const ThreatAssessmentRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(ThreatAssessment::Status status);

private:
    std::vector<ThreatAssessmentRow> m_rows;
};

} // namespace sakra::gui
