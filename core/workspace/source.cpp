#include "source.h"

#include "transport/stream.h"

namespace keyport {

Error Source::unsupported(const QString &what) const
{
    return Error(ErrorCode::Unsupported, tr("%1 workspaces cannot %2.").arg(describe(), what));
}

StatusJob *Source::start(const Workspace &)
{
    return finishedJob(Status(unsupported(tr("be started from Keyport"))), this);
}

StatusJob *Source::stop(const Workspace &)
{
    return finishedJob(Status(unsupported(tr("be stopped from Keyport"))), this);
}

StatusJob *Source::registerKey(const PublicKey &, const QString &)
{
    return finishedJob(Status(unsupported(tr("have keys registered by Keyport"))), this);
}

RegisteredKeysJob *Source::registeredKeys()
{
    return finishedJob(Result<QList<RegisteredKey>>(unsupported(tr("list the keys registered there"))), this);
}

StatusJob *Source::unregisterKey(const QString &)
{
    return finishedJob(Status(unsupported(tr("have keys removed by Keyport"))), this);
}

ValueJob<QByteArray> *Source::issueCertificate(const Workspace &, const PublicKey &)
{
    return finishedJob(Result<QByteArray>(unsupported(tr("issue certificates"))), this);
}

ValueJob<QList<SshIdentity>> *Source::identities()
{
    return finishedJob(Result<QList<SshIdentity>>(unsupported(tr("keep SSH identities"))), this);
}

ValueJob<SshIdentity> *Source::addIdentity(const SshIdentity &)
{
    return finishedJob(Result<SshIdentity>(unsupported(tr("keep SSH identities"))), this);
}

StatusJob *Source::removeIdentity(const QString &)
{
    return finishedJob(Status(unsupported(tr("keep SSH identities"))), this);
}

ByteStream *Source::openStream(const Workspace &w, QObject *parent)
{
    return openTransportStream(w.transport, parent);
}

} // namespace keyport
