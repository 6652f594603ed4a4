#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

namespace sakra {

// The register's risk matrix: the likelihood and consequence scales, the risk levels a cell falls
// into, and optionally several consequence dimensions of which the worst counts. One per register.
class RiskMatrix
{
public:
    struct Label
    {
        QString sv;
        QString en;
        QString text() const; // in the UI language
    };
    // A risk level: cells whose score (likelihood × consequence) reaches minScore, and no higher
    // level's, are of this level.
    struct Level
    {
        Label name;
        QColor colour;
        int minScore = 1;
    };
    struct Dimension
    {
        QString key;
        Label name;
    };

    static constexpr int kMinSize = 3;
    static constexpr int kMaxSize = 6;

    static RiskMatrix standard();

    int likelihoodSize() const { return int(m_likelihood.size()); }
    int consequenceSize() const { return int(m_consequence.size()); }
    const std::vector<Label>& likelihoodLabels() const { return m_likelihood; }
    const std::vector<Label>& consequenceLabels() const { return m_consequence; }
    const std::vector<Level>& levels() const { return m_levels; }
    // Empty: one consequence scale without dimensions.
    const std::vector<Dimension>& dimensions() const { return m_dimensions; }

    void setLikelihoodLabels(const std::vector<Label>& labels) { m_likelihood = labels; }
    void setConsequenceLabels(const std::vector<Label>& labels) { m_consequence = labels; }
    void setLevels(const std::vector<Level>& levels) { m_levels = levels; }
    void setDimensions(const std::vector<Dimension>& dimensions) { m_dimensions = dimensions; }
    // Resizes a scale, keeping the labels it has and naming new steps by number.
    void resize(int likelihoodSize, int consequenceSize);

    // Index into levels() of the cell (1-based likelihood and consequence), or -1 if outside.
    int levelOf(int likelihood, int consequence) const;
    // A problem with the configuration for people, or an empty string.
    QString problem() const;

    // Moves a value on a scale of fromSize steps to the step that covers it on a scale of toSize.
    static int rescale(int value, int fromSize, int toSize);

    QByteArray toJson() const;
    // Throws ValidationError when json is not a sound matrix.
    static RiskMatrix fromJson(const QByteArray& json);

    bool operator==(const RiskMatrix& other) const { return toJson() == other.toJson(); }

private:
    std::vector<Label> m_likelihood;
    std::vector<Label> m_consequence;
    std::vector<Level> m_levels;
    std::vector<Dimension> m_dimensions;
};

} // namespace sakra
