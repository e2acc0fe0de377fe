#pragma once

#include "SecretBytes.h"

#include <QString>
#include <QTextStream>

// Reading from the person at the terminal, for the commands that need an answer or a secret.
namespace terminal {

// The program's standard output and error as text streams.
QTextStream &out();
QTextStream &err();

bool inputIsTerminal();

// One line of standard input into wiped memory, without its line break. When standard input is a terminal,
// the prompt goes to standard error and echo is off while the line is typed (and back on even if the
// command is interrupted); otherwise the line is read as it comes. At most 4,096 bytes.
SecretBytes readSecretLine(const QString &prompt);

// One line (an answer such as "yes"), echoed as usual; the prompt goes to standard error.
QString readLine(const QString &prompt);

} // namespace terminal
