// keyport:// links: any web page can hand one to the desktop.

#include "fuzzsupport.h"

#include "common/text.h"
#include "launch/keyporturl.h"
#include "launch/launcher.h"
#include "model/validation.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(keyporturl)
{
    auto url = KeyportUrl::parse(QString::fromUtf8(data.data(), data.size()));
    if (!url) {
        KEYPORT_FUZZ_CHECK(!url.error().message.isEmpty());
        return;
    }
    // What a link may ask for: a known action on "<source>.<workspace>" with
    // a valid source name, nothing that could become an option or a new line.
    const qsizetype dot = url->workspaceId.indexOf(QLatin1Char('.'));
    KEYPORT_FUZZ_CHECK(dot > 0);
    const QString source = url->workspaceId.left(dot);
    KEYPORT_FUZZ_CHECK(source == QLatin1String("ssh") || source == QLatin1String("local")
                       || validateSourceName(source).ok());
    KEYPORT_FUZZ_CHECK(!hasControlCharacters(url->workspaceId));
    KEYPORT_FUZZ_CHECK(url->workspaceId.size() > dot + 1);
    KEYPORT_FUZZ_CHECK(!hasControlCharacters(url->path) && !url->path.startsWith(QLatin1Char('-')));
    KEYPORT_FUZZ_CHECK(url->editor.isEmpty() || knownEditors().contains(url->editor));
    if (url->action != KeyportUrl::Action::Open)
        KEYPORT_FUZZ_CHECK(url->editor.isEmpty() && url->path.isEmpty());
}
