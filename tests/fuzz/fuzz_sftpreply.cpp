// Replies of a workspace's SFTP server (or whatever answers on ssh's stdout),
// and the names in them, which decide where a download may write.

#include "fuzzsupport.h"

#include "session/sftpcopy.h"
#include "session/sftpwire.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(sftpreply)
{
    const QByteArray message = data.toByteArray();
    if (auto reply = sftp::parseReply(message)) {
        // Nothing is made up: every entry came out of the message.
        KEYPORT_FUZZ_CHECK(qint64(reply->entries.size()) * 12 <= message.size());
        qint64 bytes = reply->bytes.size();
        for (const sftp::Entry &e : reply->entries) {
            bytes += e.name.size() + e.longName.size();
            // A name that is "safe" cannot leave the folder it is written into.
            if (isSafeEntryName(e.name))
                KEYPORT_FUZZ_CHECK(!e.name.contains('/') && e.name != ".." && e.name != "." && !e.name.contains('\0'));
        }
        KEYPORT_FUZZ_CHECK(bytes <= message.size());
    }
    if (auto version = sftp::parseVersion(message))
        KEYPORT_FUZZ_CHECK(version->extensions.size() <= message.size() / 8);
    sftp::parseLimits(message);
}
