#include "Terminal.h"

#include <csignal>
#include <cstdio>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace terminal {

namespace {

constexpr qsizetype MaxLine = 4096;

struct termios savedTerminal;
volatile sig_atomic_t echoDisabled = 0;

// An interrupt while echo is off must not leave the shell without echo.
void restoreAndReraise(int signalNumber)
{
    if (echoDisabled)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

void prompt(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Bytes up to a line break or the end of input, into buffer; the count.
qsizetype readInto(unsigned char *buffer, qsizetype capacity)
{
    qsizetype length = 0;
    for (;;) {
        unsigned char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || c == '\n')
            break;
        if (length < capacity)
            buffer[length++] = c;
        c = 0;
    }
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    return length;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

SecretBytes readSecretLine(const QString &text)
{
    SecretBytes buffer(MaxLine);
    const bool tty = inputIsTerminal();
    qsizetype length = 0;
    if (tty) {
        prompt(text);
        if (tcgetattr(STDIN_FILENO, &savedTerminal) == 0) {
            struct termios quiet = savedTerminal;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ICANON;
            const auto oldInt = std::signal(SIGINT, restoreAndReraise);
            const auto oldTerm = std::signal(SIGTERM, restoreAndReraise);
            const auto oldHup = std::signal(SIGHUP, restoreAndReraise);
            echoDisabled = 1;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
            length = readInto(buffer.data(), MaxLine);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
            echoDisabled = 0;
            std::signal(SIGINT, oldInt);
            std::signal(SIGTERM, oldTerm);
            std::signal(SIGHUP, oldHup);
            std::fputc('\n', stderr);
        } else {
            length = readInto(buffer.data(), MaxLine);
        }
    } else {
        length = readInto(buffer.data(), MaxLine);
    }
    return SecretBytes::copyOf(QByteArrayView(buffer.data(), length));
}

QString readLine(const QString &text)
{
    if (inputIsTerminal())
        prompt(text);
    unsigned char buffer[256];
    const qsizetype length = readInto(buffer, sizeof buffer);
    return QString::fromLocal8Bit(reinterpret_cast<const char *>(buffer), length).trimmed();
}

} // namespace terminal
