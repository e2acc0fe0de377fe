#pragma once

#include <algorithm>
#include <vector>

// The p-quantile (0..1) of a benchmark's samples, nearest rank; 0 without samples.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}
