#pragma once

#include "identity/certificate.h"
#include "model/workspace.h"

#include <QHash>

#include <optional>

namespace keyport {

// What the details of a workspace show that lives in files: its key's name
// and certificate, and the pinned host key. Gathered off the GUI thread and
// kept as a snapshot, so selecting a workspace reads no file.
struct WorkspaceFacts {
    QString keyName; // empty: ssh's defaults
    std::optional<Certificate> certificate;
    QString keyProblem; // the key file cannot be read
    std::optional<PublicKey> pinnedHostKey;
    QString pinProblem; // the pin file cannot be read
};

// Blocking (reads key files and the pin file once each): run it in a TaskJob.
QHash<QString, WorkspaceFacts> gatherFacts(const QList<Workspace> &workspaces);

} // namespace keyport
