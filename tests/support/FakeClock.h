#pragma once

#include "Clock.h"

// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'790'000'000'000) // 2026-09-21
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 value) { m_nowMs = value; }
    void advanceMs(qint64 delta) { m_nowMs += delta; }

private:
    qint64 m_nowMs;
};
