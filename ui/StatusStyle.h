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

// A session flagged needsAttention: money arrived that the session does not count (after the grace window,
// at a settled session, or in another asset), recorded for the operator to refund or reconcile by hand.
QString attentionBadgeText();        // short, after the status badge: "⚠ Needs attention"
QString needsAttentionExplanation(); // what happened and what to do
QColor attentionColor();
