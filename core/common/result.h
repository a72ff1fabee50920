#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace keyport {

// What went wrong, coarsely: front ends map these to exit codes and icons,
// people read the message.
enum class ErrorCode {
    None,
    InvalidArgument, // the input itself is wrong (a name, a flag value)
    NotFound, // a file, key or entry that should exist does not
    AlreadyExists, // we refuse to overwrite
    PermissionDenied,
    Io, // read/write failure, full disk
    BadFormat, // a file or message we cannot parse
    Unsupported, // understood, but not something we do
    WrongPassphrase,
    NeedPassphrase, // the key is encrypted and no passphrase was available
    Agent, // the agent refused or is unreachable
    Timeout,
    Keychain,
    NoKeychain,
    Network,
    Cancelled,
    Internal,
};

// An error is a value a person can act on: `message` says what happened and
// what to do; `detail` carries technical context for a "details" expander.
struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;
    QString detail;
    // The file the error is about, when a front end can offer to open it or
    // move it aside (a file of Keyport's that cannot be read).
    QString path;

    Error() = default;
    Error(ErrorCode c, QString msg, QString det = {})
        : code(c)
        , message(std::move(msg))
        , detail(std::move(det))
    {
    }
    bool isError() const { return code != ErrorCode::None; }
    // One line for a CLI or a log: message plus detail in parentheses.
    QString oneLine() const { return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail); }
};

// A small std::expected stand-in (C++20 has none): either a value or an Error.
template <typename T> class Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <> class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// Translatable messages from non-QObject code share one context.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("keyport", text, disambiguation, n);
}

// Functions in a nested namespace (keyport::paths, ...): lupdate files their
// tr() calls under that namespace, so they must translate in the same context.
#define KEYPORT_NAMESPACE_TR(context)                                                                                  \
    inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)                              \
    {                                                                                                                  \
        return QCoreApplication::translate(context, text, disambiguation, n);                                          \
    }

} // namespace keyport
