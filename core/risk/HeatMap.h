#pragma once

#include <vector>

namespace sakra {

// Number of risks per cell of the matrix.
class HeatMap
{
public:
    HeatMap(int likelihoodSize, int consequenceSize)
        : m_likelihoodSize(likelihoodSize), m_consequenceSize(consequenceSize),
          m_counts(std::size_t(likelihoodSize * consequenceSize), 0)
    {
    }

    int likelihoodSize() const { return m_likelihoodSize; }
    int consequenceSize() const { return m_consequenceSize; }
    // 1-based likelihood and consequence; 0 outside the matrix.
    int at(int likelihood, int consequence) const
    {
        return inside(likelihood, consequence) ? m_counts[index(likelihood, consequence)] : 0;
    }
    void add(int likelihood, int consequence, int count)
    {
        if (inside(likelihood, consequence))
            m_counts[index(likelihood, consequence)] += count;
    }
    int total() const;

private:
    bool inside(int l, int c) const
    {
        return l >= 1 && l <= m_likelihoodSize && c >= 1 && c <= m_consequenceSize;
    }
    std::size_t index(int l, int c) const { return std::size_t((l - 1) * m_consequenceSize + (c - 1)); }

    int m_likelihoodSize;
    int m_consequenceSize;
    std::vector<int> m_counts;
};

} // namespace sakra
