#include "workspacefacts.h"

#include "identity/keystore.h"
#include "sshconfig/knownhosts.h"

namespace keyport {

QHash<QString, WorkspaceFacts> gatherFacts(const QList<Workspace> &workspaces)
{
    QHash<QString, WorkspaceFacts> out;
    QHash<QString, WorkspaceFacts> byKey; // many workspaces share a key: read each once
    const KeyStore keys;
    const auto pins = KnownHosts().load(); // once for all: thousands of workspaces share the file
    for (const Workspace &w : workspaces) {
        WorkspaceFacts f;
        if (!w.identityFile.isEmpty()) {
            auto known = byKey.constFind(w.identityFile);
            if (known == byKey.constEnd()) {
                WorkspaceFacts k;
                k.keyName = keys.displayName(w.identityFile);
                if (auto info = keys.inspect(w.identityFile))
                    k.certificate = info->certificate;
                else
                    k.keyProblem = info.error().message;
                known = byKey.insert(w.identityFile, k);
            }
            f.keyName = known->keyName;
            f.certificate = known->certificate;
            f.keyProblem = known->keyProblem;
        }
        // Hosts of the user's own ssh config are checked by ssh against their known_hosts.
        if (w.existingAlias.isEmpty() && pins)
            f.pinnedHostKey = pins->find(w.id());
        else if (w.existingAlias.isEmpty())
            f.pinProblem = pins.error().message;
        out.insert(w.id(), f);
    }
    return out;
}

} // namespace keyport
