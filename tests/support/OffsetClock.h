#pragma once

#include "Clock.h"

#include <atomic>

// The real clock shifted by an offset the test controls, so timers still run in real time while a test
// jumps close to an expiry. Safe to read from other threads (the webhook dispatcher has its own).
class OffsetClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(); }
    void setOffsetMs(qint64 offset) { m_offsetMs.store(offset); }

private:
    std::atomic<qint64> m_offsetMs{0};
};
