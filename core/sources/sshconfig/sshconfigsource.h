#pragma once

#include "workspace/source.h"

namespace keyport {

// Source "ssh": the concrete Host aliases of ~/.ssh/config and its Includes
// (Keyport's own managed file excluded). ssh already knows these aliases, so
// they keep them (ssh.<alias> is their Keyport name). Also the hosts added in
// Keyport, which get a managed block as ssh.<name>.
class SshConfigSource : public Source {
    Q_OBJECT
public:
    using Source::Source;
    QString name() const override { return QStringLiteral("ssh"); }
    QString kind() const override { return QStringLiteral("ssh"); }
    QString describe() const override { return tr("Hosts from your ssh config"); }
    // Reads files (Includes of thousands of hosts): on the thread pool.
    ListJob *list() override;
    // Blocking; fails when Keyport's own workspace settings cannot be read.
    static Result<QList<Workspace>> read(QStringList *warnings = nullptr);
};

} // namespace keyport
