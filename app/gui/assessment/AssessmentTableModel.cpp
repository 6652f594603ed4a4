#include "AssessmentTableModel.h"

#include "assessment/AssessmentRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sakra::gui {

AssessmentTableModel::AssessmentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AssessmentTableModel::setAssessment(Assessment assessment, std::optional<GroupAssessment> municipality)
{
    beginResetModel();
    m_assessment = std::move(assessment);
    m_municipality = std::move(municipality);
    rebuild();
    endResetModel();
}

void AssessmentTableModel::setLevel(Level level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    rebuild();
    endResetModel();
}

void AssessmentTableModel::rebuild()
{
    m_rows.clear();
    switch (m_level) {
    case Level::Boards:
        for (const GroupAssessment& g : m_assessment.boards)
            m_rows.push_back({g.unitId, g.name, g.units, &g.answers});
        break;
    case Level::Administrations:
        for (const GroupAssessment& g : m_assessment.administrations)
            m_rows.push_back({g.unitId, g.name, g.units, &g.answers});
        break;
    case Level::Units:
        for (const UnitAssessment& u : m_assessment.units)
            m_rows.push_back({u.unitId, u.unitName, 0, &u.answers});
        break;
    case Level::Municipality:
        if (m_municipality)
            m_rows.push_back({m_municipality->unitId, m_municipality->name, m_municipality->units,
                              &m_municipality->answers});
        break;
    }
}

const QuestionAnswer* AssessmentTableModel::answerAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() == NameColumn)
        return nullptr;
    const Row& row = m_rows[size_t(index.row())];
    const QString question = questionAt(index.column());
    for (const QuestionAnswer& a : *row.answers)
        if (a.question == question)
            return &a;
    return nullptr;
}

qint64 AssessmentTableModel::unitIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].unitId : 0;
}

QString AssessmentTableModel::nameAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].name : QString();
}

int AssessmentTableModel::rowOf(qint64 unitId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].unitId == unitId)
            return row;
    return -1;
}

int AssessmentTableModel::columnOf(const QString& question)
{
    const auto& questions = AssessmentRules::questions();
    for (int i = 0; i < int(questions.size()); ++i)
        if (question == QLatin1String(questions[size_t(i)].code))
            return i + 1;
    return -1;
}

QString AssessmentTableModel::questionAt(int column)
{
    const auto& questions = AssessmentRules::questions();
    return column >= 1 && column <= int(questions.size())
               ? QString::fromLatin1(questions[size_t(column - 1)].code)
               : QString();
}

QString AssessmentTableModel::shortTitle(const QString& question)
{
    static const struct
    {
        const char* code;
        const char* title;
    } kTitles[] = {
        {"analysis", QT_TR_NOOP("Analys och uppföljning")},
        {"routines", QT_TR_NOOP("Rutiner kända")},
        {"physical", QT_TR_NOOP("Fysiskt skydd och larm")},
        {"outside_work", QT_TR_NOOP("Utanför arbetet")},
        {"support", QT_TR_NOOP("Stöd efteråt")},
        {"prevention", QT_TR_NOOP("Utbildning och övning")},
        {"lone_work", QT_TR_NOOP("Ensamarbete")},
        {"alarm_tests", QT_TR_NOOP("Larm provas")},
    };
    for (const auto& entry : kTitles)
        if (question == QLatin1String(entry.code))
            return tr(entry.title);
    return question;
}

QColor AssessmentTableModel::answerColour(AssessmentAnswer answer)
{
    // Pale backgrounds: black text stays well above 4.5:1 on each.
    switch (answer) {
    case AssessmentAnswer::Yes: return QColor(0xcf, 0xec, 0xd2);
    case AssessmentAnswer::Mostly: return QColor(0xe6, 0xf2, 0xc4);
    case AssessmentAnswer::Partly: return QColor(0xfd, 0xe7, 0xb8);
    case AssessmentAnswer::No: return QColor(0xf8, 0xcf, 0xcf);
    }
    return {};
}

int AssessmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(AssessmentRules::questions().size());
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.units > 0 ? tr("%1 (%n enheter)", nullptr, row.units).arg(row.name) : row.name;
        case Qt::ToolTipRole: return row.name;
        case UnitIdRole: return row.unitId;
        default: return {};
        }
    }
    const QuestionAnswer* a = answerAt(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!a->applicable)
            return tr("gäller ej");
        // The mark is in the text, not only in the colour.
        return a->overridden ? tr("%1 (ändrat)").arg(kAssessmentAnswers.label(a->answer))
                             : kAssessmentAnswers.label(a->answer);
    case Qt::ToolTipRole: {
        QString text = AssessmentRules::questionText(a->question);
        if (a->overridden)
            text += QLatin1Char('\n') +
                    tr("Ändrat från %1: %2")
                        .arg(kAssessmentAnswers.label(a->computed).toLower(), a->justification);
        return text;
    }
    case Qt::BackgroundRole: return a->applicable ? QVariant(QBrush(answerColour(a->answer))) : QVariant();
    case Qt::FontRole:
        if (a->overridden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case UnitIdRole: return row.unitId;
    case QuestionRole: return a->question;
    case AnswerRole: return int(a->answer);
    case OverriddenRole: return a->overridden;
    default: return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn) {
        if (role != Qt::DisplayRole)
            return {};
        switch (m_level) {
        case Level::Boards: return tr("Nämnd");
        case Level::Administrations: return tr("Förvaltning eller bolag");
        case Level::Units: return tr("Enhet");
        case Level::Municipality: return tr("Kommun");
        }
        return {};
    }
    const QString question = questionAt(section);
    if (role == Qt::DisplayRole) {
        // Two lines, so the columns stay narrow enough for every question to be in view.
        QString title = shortTitle(question);
        const int middle = int(title.size()) / 2;
        const int before = int(title.lastIndexOf(QLatin1Char(' '), middle));
        const int after = int(title.indexOf(QLatin1Char(' '), middle));
        const int at = before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
        if (at > 0)
            title[at] = QLatin1Char('\n');
        return title;
    }
    if (role == Qt::ToolTipRole)
        return AssessmentRules::questionText(question);
    return {};
}

} // namespace sakra::gui
