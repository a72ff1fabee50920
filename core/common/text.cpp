#include "text.h"

#include <cstring>

namespace keyport {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}
} // namespace

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text)
        if (isControl(c.unicode()))
            return true;
    return false;
}

QString printable(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), qsizetype(maxLength)) + 8);
    for (QChar c : text) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026);
            break;
        }
        const char16_t u = c.unicode();
        if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (isControl(u))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace keyport

namespace keyport {
QString systemErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString formatDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (d > 0)
        return QStringLiteral("%1d %2h").arg(d).arg(h);
    if (h > 0)
        return QStringLiteral("%1h %2m").arg(h).arg(m);
    if (m > 0)
        return QStringLiteral("%1m %2s").arg(m).arg(sec);
    return QStringLiteral("%1s").arg(sec);
}
} // namespace keyport
