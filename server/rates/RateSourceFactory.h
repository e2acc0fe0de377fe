#pragma once

#include "AppConfig.h"
#include "RateService.h"

#include <memory>
#include <vector>

// Builds the [prices] sources in their configured order from a validated configuration. Network sources
// are started: they fetch at once and then every refreshSeconds, in the background.
std::vector<std::unique_ptr<RateSource>> makeRateSources(const AppConfig &config, const Clock &clock);
