#include "terminal.h"

#include <cstdio>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace keyport::cli {

namespace {

std::optional<QByteArray> readLine()
{
    std::string line;
    int c;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray out(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
#ifdef _WIN32
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios t = m_saved;
            t.c_lflag &= ~tcflag_t(ECHO);
            t.c_lflag |= ECHONL;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef _WIN32
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
        std::fputc('\n', stderr);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }

private:
    bool m_ok = false;
#ifdef _WIN32
    HANDLE m_handle;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

} // namespace

bool stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

std::optional<QByteArray> readSecret(const QByteArray &prompt, bool forceStdin)
{
    if (forceStdin || !stdinIsTerminal())
        return readLine();
    std::fputs(prompt.constData(), stderr);
    std::fflush(stderr);
    EchoOff noEcho;
    return readLine();
}

std::optional<QByteArray> readNewSecret(const QByteArray &prompt, bool forceStdin, bool *mismatch)
{
    *mismatch = false;
    auto first = readSecret(prompt, forceStdin);
    if (!first || forceStdin || !stdinIsTerminal())
        return first;
    auto again = readSecret("Enter it again: ", false);
    if (!again || *again != *first) {
        *mismatch = true;
        return std::nullopt;
    }
    return first;
}

} // namespace keyport::cli
