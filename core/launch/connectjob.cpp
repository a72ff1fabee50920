#include "connectjob.h"

#include "sshcommand.h"

#include "common/log.h"
#include "identity/agentclient.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "transport/stream.h"
#include "workspace/registry.h"

namespace keyport {

ConnectJob::ConnectJob(SourceRegistry *registry, Workspace workspace, Options options, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_workspace(std::move(workspace))
    , m_options(std::move(options))
{
}

void ConnectJob::run()
{
    addKeyToAgent();
}

void ConnectJob::addKeyToAgent()
{
    const QString keyPath = m_workspace.identityFile;
    if (keyPath.isEmpty() || AgentClient::defaultSocket().isEmpty()) {
        writeConfig();
        return;
    }
    Q_EMIT progress(tr("Checking the agent…"));
    // Inspecting the key and asking the agent both block.
    struct Need {
        std::optional<KeyInfo> key; // set: encrypted and not in the agent yet
    };
    auto *check = runTask<Need>(
        [keyPath]() -> Result<Need> {
            auto info = KeyStore().inspect(keyPath);
            if (!info || !info->encrypted || !info->publicKey)
                return Need {};
            if (auto ids = AgentClient().list())
                for (const auto &id : *ids)
                    if (id.key == *info->publicKey)
                        return Need {};
            return Need { *info };
        },
        this);
    connect(check, &Job::finished, this, [this, check] {
        if (!check->result() || !check->result()->key) {
            writeConfig();
            return;
        }
        auto *unlock = new UnlockKeyJob(*check->result()->key, m_options.prompt, this);
        connect(unlock, &Job::finished, this, [this, unlock] {
            if (unlock->failed()) {
                if (unlock->error().code == ErrorCode::Cancelled) {
                    finish(unlock->error());
                    return;
                }
                m_agentNote = unlock->error().message;
                writeConfig();
                return;
            }
            const DecryptedKey key = *unlock->key();
            const quint32 lifetime = quint32(m_options.agentLifetimeSeconds);
            auto *add = runTask<bool>(
                [key, lifetime]() -> Result<bool> {
                    AgentConstraints c;
                    if (lifetime > 0)
                        c.lifetimeSeconds = lifetime;
                    if (auto ok = AgentClient().add(key.key, key.comment, c); !ok)
                        return ok.error();
                    return true;
                },
                this);
            connect(add, &Job::finished, this, [this, add] {
                if (add->failed())
                    m_agentNote = add->error().message;
                writeConfig();
            });
        });
        unlock->start();
    });
}

void ConnectJob::writeConfig()
{
    if (!m_workspace.existingAlias.isEmpty()) {
        // The user's own ssh config host: ssh checks its host key the usual way.
        finish();
        return;
    }
    if (auto ok = sshcommand::writeManagedConfig(m_options.cliPath, m_options.includeInUserConfig); !ok) {
        finish(ok.error());
        return;
    }
    preflight();
}

// Opens and closes the tunnel once, so a refusal (401, 403, a stopped server)
// is reported in the source's words, not as an SSH failure.
void ConnectJob::preflight()
{
    Source *source = m_registry->find(m_workspace.source);
    if (m_workspace.transport.kind == TransportSpec::Kind::Tcp || !source) {
        checkHostKey();
        return;
    }
    Q_EMIT progress(tr("Opening the tunnel…"));
    ByteStream *stream = source->openStream(m_workspace, this);
    auto done = std::make_shared<bool>(false);
    connect(stream, &ByteStream::opened, this, [this, stream, done] {
        if (std::exchange(*done, true))
            return;
        stream->close();
        stream->deleteLater();
        checkHostKey();
    });
    connect(stream, &ByteStream::closed, this, [this, stream, done](const Error &e) {
        if (std::exchange(*done, true))
            return;
        stream->deleteLater();
        finish(Error(e.code, tr("Cannot reach %1: %2").arg(m_workspace.id(), e.message), e.detail));
    });
    stream->open();
}

void ConnectJob::checkHostKey()
{
    Q_EMIT progress(tr("Checking the host key…"));
    const Workspace w = m_workspace;
    const QString cli = m_options.cliPath;
    auto *fetch = runTask<PublicKey>([w, cli] { return sshcommand::fetchHostKey(w, cli); }, this);
    connect(fetch, &Job::finished, this, [this, fetch] {
        if (!fetch->result()) {
            const Error &e = fetch->result().error();
            finish(Error(e.code, tr("Cannot fetch the host key of %1: %2").arg(m_workspace.id(), e.message), e.detail));
            return;
        }
        m_offered = fetch->result().value();
        const KnownHosts pins(ManagedSshConfig(m_options.cliPath).knownHostsPath());
        const Status check = pins.check(m_workspace.id(), *m_offered);
        if (check.ok()) {
            finish();
            return;
        }
        if (check.error().code != ErrorCode::NotFound) {
            m_changed = pins.load().ok(); // a pin file it cannot read is no changed key
            finish(check.error());
            return;
        }
        m_waitingForTrust = true;
        Q_EMIT hostKeyUnknown(*m_offered);
    });
}

void ConnectJob::trustHostKey(bool trust)
{
    if (!std::exchange(m_waitingForTrust, false))
        return;
    if (!trust) {
        finish(Error(ErrorCode::Cancelled, tr("Not trusted; nothing was changed.")));
        return;
    }
    pinAndFinish();
}

void ConnectJob::pinAndFinish()
{
    const KnownHosts pins(ManagedSshConfig(m_options.cliPath).knownHostsPath());
    if (auto ok = pins.pin(m_workspace.id(), *m_offered); !ok) {
        finish(ok.error());
        return;
    }
    qCInfo(lcSession) << "pinned host key of" << m_workspace.id() << m_offered->fingerprint();
    // The pin makes the managed block strict.
    const Status written = sshcommand::writeManagedConfig(m_options.cliPath, m_options.includeInUserConfig);
    finish(written ? Error {} : written.error());
}

} // namespace keyport
