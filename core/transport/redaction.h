#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyport {

// A server's words go into errors a person sees, copies and pastes: these keep
// secrets out of them. A server may echo the request (its Authorization
// header, a token in the query) or put one of its own in an error page.

// `text` with secrets replaced by "[redacted]": each of `known` (the values we
// sent), the value after an auth scheme (Bearer, Basic, token), the value of
// an Authorization, Cookie or token-like header, the values of JSON, Python
// or form fields named like token, session_token, password, secret, key,
// auth..., cookie, credential, and long opaque strings that look like tokens.
QString redactSecrets(QString text, const QList<QByteArray> &known = {});

// The start of an HTTP reply's body for an error's detail: HTML tags gone,
// secrets redacted, whitespace collapsed, control characters escaped, at
// most maxLength characters. Empty when a known secret is too short to be
// found reliably (then nothing of the body is shown).
QString replyExcerpt(const QByteArray &body, const QList<QByteArray> &known = {}, int maxLength = 200);

} // namespace keyport
