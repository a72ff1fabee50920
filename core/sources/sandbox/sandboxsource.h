#pragma once

#include "workspace/source.h"

namespace keyport {

// Source "local" with one workspace, "sandbox" (local.sandbox).
class SandboxSource : public Source {
    Q_OBJECT
public:
    using Source::Source;
    QString name() const override { return QStringLiteral("local"); }
    QString kind() const override { return QStringLiteral("sandbox"); }
    QString describe() const override { return tr("The local sandbox"); }
    Capabilities capabilities() const override { return Capability::StartStop; }
    ListJob *list() override;
    StatusJob *start(const Workspace &w) override;
    StatusJob *stop(const Workspace &w) override;
};

} // namespace keyport
