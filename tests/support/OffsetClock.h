#pragma once

#include "Clock.h"

// The real clock shifted by an offset the test controls, so timers still run in real time while a test
// jumps close to an expiry.
class OffsetClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    void setOffsetMs(qint64 offset) { m_offsetMs = offset; }

private:
    qint64 m_offsetMs = 0;
};
