#include "keyporturl.h"

#include "common/text.h"
#include "launch/launcher.h"
#include "model/validation.h"

#include <QUrl>
#include <QUrlQuery>

namespace keyport {

Result<KeyportUrl> KeyportUrl::parse(const QString &text)
{
    const auto bad = [&text](const QString &why) {
        return Error(ErrorCode::InvalidArgument, tr("Not a Keyport link: %1").arg(why), printable(text, 200));
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("keyport"))
        return bad(tr("links start with keyport://"));
    KeyportUrl out;
    const QString action = url.host();
    if (action == QLatin1String("connect"))
        out.action = Action::Connect;
    else if (action == QLatin1String("open"))
        out.action = Action::Open;
    else if (action == QLatin1String("proxy"))
        out.action = Action::Proxy;
    else
        return bad(tr("the action must be connect, open or proxy"));
    const QStringList parts = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return bad(tr("expected keyport://%1/<source>/<workspace>").arg(action));
    const bool builtIn = parts[0] == QLatin1String("ssh") || parts[0] == QLatin1String("local");
    if ((!builtIn && !validateSourceName(parts[0])) || parts[1].isEmpty() || hasControlCharacters(parts[1]))
        return bad(tr("the source or workspace name is not valid"));
    out.workspaceId = parts[0] + QLatin1Char('.') + parts[1];
    const QUrlQuery query(url);
    if (out.action == Action::Open) {
        out.editor = query.queryItemValue(QStringLiteral("editor"), QUrl::FullyDecoded);
        if (!out.editor.isEmpty() && !knownEditors().contains(out.editor))
            return bad(tr("unknown editor \"%1\"").arg(printable(out.editor, 30)));
        out.path = query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
        if (hasControlCharacters(out.path) || out.path.startsWith(QLatin1Char('-')))
            return bad(tr("the path is not valid"));
    }
    return out;
}

} // namespace keyport
