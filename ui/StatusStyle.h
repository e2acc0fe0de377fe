#pragma once

#include "SessionStatus.h"

#include <QColor>
#include <QString>

// How the console names and colours a session status. The colour always comes with the text (never
// colour alone), and works on light and dark palettes.
QString statusLabel(SessionStatus status); // translated: "Paid late"
QColor statusColor(SessionStatus status);
// Health dots in the status bar: ok, warning, error.
enum class Health { Ok, Warning, Error };
QColor healthColor(Health health);
