#include "HeatMap.h"

#include <numeric>

namespace sakra {

int HeatMap::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

} // namespace sakra
