#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// The real cryptocheckout executable (the path CTest passes in CRYPTOCHECKOUT_BINARY), run as a child process
// the way an operator runs it on a server: without a display.
namespace serverprocess {

QString binary();
// The test's environment without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
QProcessEnvironment headlessEnvironment();
// Starts `cryptocheckout <arguments>` and returns the base URL from its "listening on" line, or an invalid
// URL when it exited or did not say so within 20 s (what it printed is then logged). What it printed up to
// that line is appended to startupLog when given.
QUrl start(QProcess &process, const QStringList &arguments, QByteArray *startupLog = nullptr);
// `cryptocheckout keys create --mode test --data-dir <dataDir>`: the new key, or empty on failure.
QByteArray createTestKey(const QString &dataDir);

} // namespace serverprocess
