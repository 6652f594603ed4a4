#pragma once

#include "assessment/Assessment.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace sakra::gui {

// The self-assessment as a table: one row per board, administration or assessed unit, one column
// per question of the auditors. Each cell says the answer in words (ja, i huvudsak, delvis, nej),
// marked when a coordinator has overridden it, and is coloured by the answer as well.
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Level
    {
        Boards,
        Administrations,
        Units,
        Municipality // the municipality's own roll-up, when the scope is the whole organisation
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        QuestionRole,
        AnswerRole,
        OverriddenRole
    };
    static constexpr int NameColumn = 0;

    explicit AssessmentTableModel(QObject* parent = nullptr);

    void setAssessment(Assessment assessment, std::optional<GroupAssessment> municipality = std::nullopt);
    void setLevel(Level level);
    Level level() const { return m_level; }
    const Assessment& assessment() const { return m_assessment; }

    // The answer in a cell; null for the name column or an empty cell.
    const QuestionAnswer* answerAt(const QModelIndex& index) const;
    qint64 unitIdAt(int row) const;
    QString nameAt(int row) const;
    // The row of the unit (or group) on this level, -1 if none.
    int rowOf(qint64 unitId) const;
    // The column of a question code, -1 if none.
    static int columnOf(const QString& question);
    static QString questionAt(int column);
    // The short heading of a question.
    static QString shortTitle(const QString& question);
    static QColor answerColour(AssessmentAnswer answer);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 unitId = 0;
        QString name;
        int units = 0; // groups: assessed units below; units: 0
        const std::vector<QuestionAnswer>* answers = nullptr;
    };
    void rebuild();

    Assessment m_assessment;
    std::optional<GroupAssessment> m_municipality;
    Level m_level = Level::Boards;
    std::vector<Row> m_rows;
};

} // namespace sakra::gui
