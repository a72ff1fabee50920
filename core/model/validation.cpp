#include "validation.h"

#include "common/text.h"

#include <QRegularExpression>

namespace keyport {

Status validateConfigValue(const QString &workspace, const QString &field, const QString &value)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s")); // built once: configs have 10,000s of values
    QString why;
    if (value.isEmpty())
        why = tr("is empty");
    else if (hasControlCharacters(value))
        why = tr("contains control characters");
    else if (value.contains(whitespace))
        why = tr("contains whitespace");
    else if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
        why = tr("contains quotes or backslashes");
    else if (value.contains(QLatin1Char('#')) || value.contains(QLatin1Char('%')) || value.contains(QLatin1Char('=')))
        why = tr("contains #, % or =");
    else if (value.startsWith(QLatin1Char('-')))
        why = tr("starts with -");
    if (why.isEmpty())
        return {};
    return Error(
        ErrorCode::InvalidArgument,
        tr("Workspace %1: the %2 \"%3\" %4, which would change the meaning of the ssh config; it was left out.")
            .arg(printable(workspace, 80), field, printable(value, 80), why));
}

Status validateAlias(const QString &alias)
{
    if (auto ok = validateConfigValue(alias, QStringLiteral("name"), alias); !ok)
        return ok;
    // anchoredPattern (\A...\z), not ^...$: "$" also matches before a final "\n".
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")));
    if (!allowed.match(alias).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("Workspace %1: the name may only hold letters, digits, '.', '_' and '-' to be an ssh host "
                        "alias; it was left out.")
                         .arg(printable(alias, 80)));
    return {};
}

Status validateSourceName(const QString &name)
{
    // anchoredPattern (\A...\z), not ^...$: "$" also matches before a final "\n".
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_-]{0,62}")));
    if (!re.match(name).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("The source name \"%1\" is not allowed: start with a letter; use letters, digits, _ and - "
                        "(it becomes the first part of workspace names and ssh aliases).")
                         .arg(printable(name, 60)));
    return {};
}

} // namespace keyport
