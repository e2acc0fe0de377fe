#pragma once

#include "Backend.h"
#include "HttpClient.h"
#include "TestDataDir.h"

#include <QByteArray>
#include <QString>

#include <memory>

class Clock;

// The whole server in the test's own process, the way most integration tests want it: a Backend on a fresh
// data directory (config.ini written by the test), listening on loopback, with a test-mode API key and an
// HttpClient that sends it. The test keeps the clock, so it can move time while the server runs.
//
// Stopping and starting again keeps the data directory and the key (it is in the database), as a restart of
// the program does; resetDataDir() begins again from nothing.
class ServerFixture
{
public:
    // Listens on a free loopback port. Tests append the sections they need.
    static constexpr const char *kListen = "[server]\nlisten=127.0.0.1:0\n";

    explicit ServerFixture(const Clock &clock);
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    // Writes config.ini, then start().
    bool start(const QByteArray &config);
    // Loads config.ini as it is and starts a Backend on it (stopping the running one first); the first time
    // on this data directory it creates the test-mode key. False, with error() saying why, when the
    // configuration is refused or the server does not start.
    bool start();
    // The client and the Backend go; the data directory (and the key in its database) stays.
    void stop();
    // stop(), and an empty data directory for the next start(), which creates a new key.
    void resetDataDir();

    QString error() const { return m_error; }

    TestDataDir &dir() { return *m_dir; }
    // Only while running.
    Backend &backend() { return *m_backend; }
    HttpClient &client() { return *m_client; }

    QByteArray apiKey() const { return m_apiKey; }

private:
    const Clock &m_clock;
    std::unique_ptr<TestDataDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<HttpClient> m_client;
    QByteArray m_apiKey;
    QString m_error;
};
