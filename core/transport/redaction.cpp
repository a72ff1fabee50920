#include "redaction.h"

#include "common/text.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace keyport {

namespace {
const QString kRedacted = QStringLiteral("[redacted]");

// Known secrets shorter than this would match ordinary words.
constexpr qsizetype kMinKnownSecret = 4;
// Enough of a body to find whole secrets in before it is cut for showing.
constexpr qsizetype kExcerptWindow = 8 << 10;

// A name that says its value is secret: token, session_token, X-Api-Key,
// password, client_secret, authorization, auth_code, cookie, credentials...
const QString kSecretName = QStringLiteral("[A-Za-z0-9_.-]*(?:token|passw|pwd|secret|key|auth|cookie|session|"
                                           "credential|signature)[A-Za-z0-9_.-]*");

// Replaces capture group `group` of each match of `re` for which `secret`
// (given the captured text) says yes with [redacted].
template <typename F> QString replaceGroup(const QString &text, const QRegularExpression &re, int group, F secret)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : re.globalMatch(text)) {
        if (m.capturedLength(group) == 0 || !secret(m.capturedView(group)))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(group) - last);
        out += kRedacted;
        last = m.capturedEnd(group);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QString replaceGroup(const QString &text, const QRegularExpression &re, int group)
{
    return replaceGroup(text, re, group, [](QStringView) { return true; });
}
} // namespace

QString redactSecrets(QString text, const QList<QByteArray> &known)
{
    for (const QByteArray &secret : known) {
        if (secret.size() < kMinKnownSecret)
            continue;
        // As sent, and as a query string or a JSON encoder may carry it.
        const QString raw = QString::fromUtf8(secret);
        for (const QString &form : { raw, QString::fromLatin1(QUrl::toPercentEncoding(raw)),
                                     QString(raw).replace(QLatin1Char('/'), QLatin1String("\\/")) })
            text.replace(form, kRedacted);
    }
    // "Authorization: Bearer x", "Cookie: a=b": the rest of the line.
    static const QRegularExpression header(
        QStringLiteral("(?i)\\b(?:proxy-)?(?:authorization|cookie|set-cookie|x-[a-z0-9-]*(?:token|key|auth|secret)"
                       "[a-z0-9-]*)[ \\t]*:[ \\t]*([^\\r\\n]*)"));
    text = replaceGroup(text, header, 1);
    // JSON and Python dicts: "token": "x", 'password': 'x', "key": 123. An
    // object or a list as the value is redacted by its own members' names.
    static const QRegularExpression quoted(
        QStringLiteral("(?i)([\"'])%1\\1\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|"
                       "([^\\s,{}\\[\\]\"']+))")
            .arg(kSecretName));
    for (int group : { 2, 3, 4 })
        text = replaceGroup(text, quoted, group);
    // Queries, forms, "token=x; ...": the value up to a separator.
    static const QRegularExpression assigned(
        QStringLiteral("(?i)(?<![A-Za-z0-9_.-])%1\\s*=\\s*([^\\s&;,\"'<>]+)").arg(kSecretName));
    text = replaceGroup(text, assigned, 1);
    // An auth scheme and its credentials, wherever they are; "token expired"
    // is prose: credentials have digits or are long.
    static const QRegularExpression scheme(QStringLiteral("(?i)\\b(?:bearer|basic|token)\\s+([A-Za-z0-9._~+/=-]{6,})"));
    text = replaceGroup(text, scheme, 1, [](QStringView value) {
        return value.size() >= 16 || std::any_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    });
    // JWTs, and long opaque strings of letters and digits (API tokens are).
    static const QRegularExpression jwt(QStringLiteral("(eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*)"));
    text = replaceGroup(text, jwt, 1);
    static const QRegularExpression opaque(QStringLiteral(
        "(?<![A-Za-z0-9_+=-])((?=[A-Za-z0-9_+=-]*[0-9])(?=[A-Za-z0-9_+=-]*[A-Za-z])[A-Za-z0-9_+=-]{32,})"));
    text = replaceGroup(text, opaque, 1);
    return text;
}

QString replyExcerpt(const QByteArray &body, const QList<QByteArray> &known, int maxLength)
{
    for (const QByteArray &secret : known)
        if (!secret.isEmpty() && secret.size() < kMinKnownSecret && body.contains(secret))
            return {};
    QString said = QString::fromUtf8(body.left(kExcerptWindow));
    said = redactSecrets(said, known);
    if (said.contains(QLatin1Char('<'))) {
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        said.replace(tag, QStringLiteral(" ")); // an HTML page: its words
    }
    return printable(said.simplified(), maxLength);
}

} // namespace keyport
