#include "source.h"

#include "transport/stream.h"

namespace keyport {

Job *Source::unsupported(const QString &what)
{
    auto *job = new PromiseJob(this);
    const Error e(ErrorCode::Unsupported, tr("%1 workspaces cannot %2.").arg(describe(), what));
    QMetaObject::invokeMethod(
        job, [job, e] { job->done(e); }, Qt::QueuedConnection);
    return job;
}

Job *Source::start(const Workspace &)
{
    return unsupported(tr("be started from Keyport"));
}

Job *Source::stop(const Workspace &)
{
    return unsupported(tr("be stopped from Keyport"));
}

Job *Source::registerKey(const PublicKey &, const QString &)
{
    return unsupported(tr("have keys registered by Keyport"));
}

ByteStream *Source::openStream(const Workspace &w, QObject *parent)
{
    return openTransportStream(w.transport, parent);
}

} // namespace keyport
