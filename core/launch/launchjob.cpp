#include "launchjob.h"

#include "certificatejob.h"
#include "launcher.h"
#include "sshcommand.h"
#include "sshconfigjob.h"

#include "common/atomicfile.h"
#include "common/log.h"
#include "identity/addtoagentjob.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "transport/stream.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"

#include <QDateTime>
#include <QFileInfo>

namespace keyport {

namespace {

struct HostKeyCheck {
    PublicKey offered;
    std::optional<PublicKey> pinned;
    Status check; // ok: pinned and equal; NotFound: nothing pinned
    bool repinned = false; // the source's key was pinned just now
};

// Pins the key a source vouches for under the workspace's alias: true when
// the pin changed. Without a key from the source, an existing pin stays and
// nothing is pinned: such a host is never left to a question.
Result<bool> pinVouchedKey(const Workspace &w, const KnownHosts &pins, const QString &authority)
{
    auto pinned = pins.lookup(w.id());
    if (!pinned)
        return pinned.error();
    if (w.vouchedHostKey.isEmpty()) {
        if (*pinned)
            return false;
        return Error(ErrorCode::PermissionDenied,
                     LaunchJob::tr("%1 did not send the key of the entry host of %2, and none is pinned; Keyport does "
                                   "not connect without it. Refresh the workspaces, or ask its operators.")
                         .arg(authority, w.id()));
    }
    auto key = PublicKey::fromOpenSshLine(w.vouchedHostKey.toUtf8());
    if (!key)
        return Error(ErrorCode::BadFormat, LaunchJob::tr("%1 sent a host key Keyport cannot read.").arg(authority),
                     key.error().message);
    if (*pinned && **pinned == *key)
        return false;
    if (auto ok = pins.pin(w.id(), *key); !ok)
        return ok.error();
    return true;
}

} // namespace

LaunchJob::LaunchJob(SourceRegistry *registry, LaunchRequest request, LaunchQuestions *questions, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_request(std::move(request))
    , m_questions(questions)
{
    // A failed launch leaves a trace (QT_LOGGING_RULES="keyport.*=true"); errors hold no secrets.
    connect(this, &Job::finished, this, [this] {
        if (failed())
            qCInfo(lcLaunch) << "launch of" << m_request.workspaceId << "failed:" << error().oneLine();
        else
            qCDebug(lcLaunch) << "launch of" << m_request.workspaceId << "done";
    });
}

Status LaunchJob::canServe(const Workspace &w, LaunchRequest::Action action)
{
    if (!w.unreachable.isEmpty())
        return Error(ErrorCode::InvalidArgument, w.unreachable);
    if (!w.commandsOnly())
        return {};
    QString what;
    switch (action) {
    case LaunchRequest::Action::Editor:
        what = tr("an editor");
        break;
    case LaunchRequest::Action::Prepare:
        what = tr("files (SFTP)");
        break;
    case LaunchRequest::Action::Proxy:
        what = tr("a proxy port for scp and rsync");
        break;
    default:
        return {};
    }
    return Error(ErrorCode::Unsupported,
                 tr("%1 is reached through an entry host that picks it by the command it runs, so it "
                    "cannot serve %2. Connect opens its shell; `keyport-cli connect %1 -- CMD` runs a "
                    "command there.")
                     .arg(w.id(), what));
}

void LaunchJob::run()
{
    qCDebug(lcLaunch) << "launch" << int(m_request.action) << m_request.workspaceId;
    const std::optional<AppSettings> given = m_request.settings;
    auto *load = new TaskJob<AppSettings>([given] { return given ? Result(*given) : AppSettings::load(); }, this);
    follow(load, [this](TaskJob<AppSettings> *loaded) {
        if (loaded->failed()) {
            finish(loaded->error());
            return;
        }
        m_settings = loaded->value();
        if (m_request.action != LaunchRequest::Action::Editor) {
            resolve();
            return;
        }
        // An editor that is not installed is said before anything is asked.
        const QString editor = m_request.editor.isEmpty() ? m_settings.editor : m_request.editor;
        follow(new TaskJob<QString>([editor] { return findEditor(editor); }, this), [this](TaskJob<QString> *found) {
            if (found->failed()) {
                finish(found->error());
                return;
            }
            m_editorProgram = found->value();
            resolve();
        });
    });
}

void LaunchJob::resolve()
{
    Q_EMIT progress(tr("Looking up %1…").arg(m_request.workspaceId));
    follow(new FindWorkspaceJob(m_registry, m_request.workspaceId, m_request.refresh, this),
           [this](FindWorkspaceJob *found) {
               if (found->failed()) {
                   finish(found->error());
                   return;
               }
               m_workspace = found->value();
               if (auto served = canServe(m_workspace, m_request.action); !served) {
                   finish(served.error());
                   return;
               }
               if (m_request.action == LaunchRequest::Action::Trust && !m_workspace.existingAlias.isEmpty()) {
                   finish(Error(ErrorCode::Unsupported,
                                tr("%1 comes from your own ssh config; ssh checks its host key in your known_hosts.")
                                    .arg(m_workspace.id())));
                   return;
               }
               ensureRunning();
           });
}

void LaunchJob::ensureRunning()
{
    if (m_workspace.state != WorkspaceState::Stopped) {
        ensureCertificate();
        return;
    }
    QPointer<LaunchJob> self(this);
    m_questions->startWorkspace(m_workspace, [self](bool yes) {
        if (!self || self->isFinished())
            return;
        if (!yes) {
            self->finish(Error(
                ErrorCode::Cancelled,
                tr("%1 is stopped; start it with `keyport-cli workspaces start %1`.").arg(self->m_workspace.id())));
            return;
        }
        auto *power = new PowerJob(self->m_registry, self->m_workspace, PowerJob::Action::Start, self);
        connect(power, &Job::progress, self, &Job::progress);
        self->follow(power, [self](PowerJob *started) {
            if (started->failed()) {
                self->finish(started->error());
                return;
            }
            self->m_workspace = started->value();
            self->ensureCertificate();
        });
    });
}

void LaunchJob::loadKey()
{
    if (m_workspace.identityFile.isEmpty() || AgentClient::defaultSocket().isEmpty()) {
        // No key of ours, or no agent: ssh uses its own defaults and asks by itself.
        writeConfig();
        return;
    }
    const QString path = m_workspace.identityFile;
    follow(new TaskJob<KeyInfo>([path] { return KeyStore().inspect(path); }, this), [this](TaskJob<KeyInfo> *key) {
        if (key->failed()) {
            m_notes << tr("The key %1 cannot be read: %2").arg(m_workspace.identityFile, key->error().message);
            writeConfig();
            return;
        }
        Q_EMIT progress(tr("Checking the agent…"));
        auto *add =
            new AddToAgentJob(key->value(), pipelineAgentOptions(m_settings), m_questions->passphrasePrompt(), this);
        follow(add, [this](AddToAgentJob *added) {
            if (added->wasCancelled()) {
                finish(added->error());
                return;
            }
            if (added->failed())
                m_notes << tr("The key was not added to the agent (%1); ssh will ask for its passphrase.")
                               .arg(added->error().message);
            else if (!added->keychainNote().isEmpty())
                m_notes << added->keychainNote();
            writeConfig();
        });
    });
}

void LaunchJob::ensureCertificate()
{
    Source *source = m_registry->find(m_workspace.source);
    if (!source || !source->can(Source::Capability::IssueCertificates) || m_workspace.identityFile.isEmpty()) {
        loadKey();
        return;
    }
    auto *certificate = new CertificateJob(m_registry, m_workspace, this);
    connect(certificate, &Job::progress, this, &Job::progress);
    follow(certificate, [this](CertificateJob *done) {
        m_notes << done->notes();
        if (done->failed())
            finish(done->error());
        else
            loadKey();
    });
}

void LaunchJob::writeConfig()
{
    if (!m_workspace.existingAlias.isEmpty()) {
        // The user's own ssh config host: ssh checks its host key the usual way.
        act();
        return;
    }
    const bool editor = m_request.action == LaunchRequest::Action::Editor;
    if (!editor || m_settings.sshConfigIntegration) {
        applyConfig(m_settings.sshConfigIntegration);
        return;
    }
    // Editors read ~/.ssh/config: it must include ours. Show what changes first.
    SshConfigJob::Options plan { m_request.cliPath, false, true, false, true };
    follow(new SshConfigJob(m_registry, plan, this), [this](SshConfigJob *planned) {
        if (planned->failed()) {
            finish(planned->error());
            return;
        }
        if (planned->wasIncluded()) {
            applyConfig(true);
            return;
        }
        QPointer<LaunchJob> self(this);
        const QString line = planned->includeLine(), userConfig = planned->userConfigPath();
        m_questions->includeInSshConfig(m_workspace, line, planned->diff(), [self, line, userConfig](bool yes) {
            if (!self || self->isFinished())
                return;
            if (!yes) {
                self->finish(
                    Error(ErrorCode::Cancelled, tr("Editors find %1 only through ~/.ssh/config; nothing was changed.")
                                                    .arg(self->m_workspace.sshAlias())));
                return;
            }
            self->m_notes << tr("Added `%1` to %2 so editors find %3 (undo: keyport-cli ssh-config --remove).")
                                 .arg(line, userConfig, self->m_workspace.sshAlias());
            // Asked once: from now on the Include line is part of the settings.
            auto *remember = new TaskJob<void>(
                []() -> Status {
                    auto s = AppSettings::load();
                    if (!s)
                        return s.error();
                    s->sshConfigIntegration = true;
                    return s->save();
                },
                self);
            self->follow(remember, [self](TaskJob<void> *saved) {
                if (saved->failed())
                    self->m_notes << saved->error().message;
                self->m_settings.sshConfigIntegration = true;
                self->applyConfig(true);
            });
        });
    });
}

void LaunchJob::applyConfig(bool include)
{
    Q_EMIT progress(tr("Writing the ssh config…"));
    follow(new SshConfigJob(m_registry, { m_request.cliPath, false, include, false, false }, this),
           [this](SshConfigJob *written) {
               if (written->failed()) {
                   finish(written->error());
                   return;
               }
               preflight();
           });
}

Error LaunchJob::reachError(const QString &what, const Error &e) const
{
    return Error(e.code, what.arg(m_workspace.id(), e.message), e.detail);
}

// Opens and closes the tunnel once, so a refusal (401, 403, a stopped
// server) is reported in the source's words, not as an SSH failure.
void LaunchJob::preflight()
{
    Source *source = m_registry->find(m_workspace.source);
    if (m_workspace.transport.kind == TransportSpec::Kind::Tcp || !source) {
        checkHostKey();
        return;
    }
    Q_EMIT progress(tr("Opening the tunnel…"));
    ByteStream *stream = source->openStream(m_workspace, this);
    if (!stream) {
        finish(Error(ErrorCode::Unsupported, tr("Keyport cannot open a tunnel to %1.").arg(m_workspace.id())));
        return;
    }
    auto done = std::make_shared<bool>(false);
    connect(stream, &ByteStream::opened, this, [this, stream, done] {
        if (std::exchange(*done, true) || isFinished())
            return;
        stream->close();
        stream->deleteLater();
        checkHostKey();
    });
    connect(stream, &ByteStream::closed, this, [this, stream, done](const Error &e) {
        if (std::exchange(*done, true) || isFinished())
            return;
        stream->deleteLater();
        finish(reachError(tr("Cannot reach %1: %2"), e));
    });
    stream->open();
}

void LaunchJob::checkHostKey()
{
    Q_EMIT progress(tr("Checking the host key…"));
    const Workspace w = m_workspace;
    const QString cli = m_request.cliPath;
    Source *source = m_registry->find(w.source);
    const bool vouches = source && source->can(Source::Capability::VouchesHostKeys);
    const QString authority = source ? source->describe() : w.source;
    auto *fetch = new TaskJob<HostKeyCheck>(
        [w, cli, vouches, authority]() -> Result<HostKeyCheck> {
            const KnownHosts pins(ManagedSshConfig(cli).knownHostsPath());
            bool repinned = false;
            if (vouches) {
                // The source's word (over its authenticated TLS API) is the pin:
                // taken without asking; without it, the pin stays as it was.
                if (auto pinned = pinVouchedKey(w, pins, authority); !pinned)
                    return pinned.error();
                else
                    repinned = *pinned;
            }
            auto offered = sshcommand::fetchHostKey(w, cli);
            if (!offered)
                return offered.error();
            // A pin file that cannot be read shows in check(): never "nothing pinned".
            return HostKeyCheck { *offered, pins.lookup(w.id()).value_or(std::nullopt), pins.check(w.id(), *offered),
                                  repinned };
        },
        this);
    follow(fetch, [this, vouches, authority](TaskJob<HostKeyCheck> *fetched) {
        if (fetched->failed()) {
            finish(reachError(tr("Cannot fetch the host key of %1: %2"), fetched->error()));
            return;
        }
        const HostKeyCheck &c = fetched->value();
        m_offered = c.offered;
        m_pinned = c.pinned;
        if (c.repinned) {
            m_pinnedNow = true;
            qCInfo(lcLaunch) << "pinned the host key" << m_pinned->fingerprint() << "of" << m_workspace.id()
                             << "that its source vouches for";
        }
        if (c.check.ok()) {
            // The pin makes the managed block strict.
            c.repinned ? rewriteConfigThenAct() : act();
            return;
        }
        const bool unknown = c.check.error().code == ErrorCode::NotFound;
        const bool changed = c.pinned && *c.pinned != c.offered;
        if (vouches && changed) {
            // Not the person's to overrule: the key came from the source.
            m_changed = true;
            finish(Error(c.check.error().code,
                         tr("%1 The expected key came from %2 over its authenticated API; ask its operators whether "
                            "the entry host's key was changed.")
                             .arg(c.check.error().message, authority),
                         c.check.error().detail));
            return;
        }
        if (!unknown && !(changed && m_request.replaceChangedHostKey)) {
            // A changed key, or pins that cannot be read: never a question.
            m_changed = changed;
            Error refused = c.check.error();
            if (Source *s = m_registry->find(m_workspace.source); changed && s)
                if (const QString hint = s->hostKeyChangeHint(m_workspace); !hint.isEmpty())
                    refused.message += QLatin1Char(' ') + hint;
            finish(refused);
            return;
        }
        QPointer<LaunchJob> self(this);
        m_questions->trustHostKey(m_workspace, c.offered, changed ? c.pinned : std::nullopt, [self](bool yes) {
            if (!self || self->isFinished())
                return;
            if (!yes) {
                self->finish(Error(ErrorCode::Cancelled, tr("Not trusted; nothing was changed.")));
                return;
            }
            self->pin();
        });
    });
}

void LaunchJob::pin()
{
    const Workspace w = m_workspace;
    const PublicKey offered = *m_offered;
    const QString pins = ManagedSshConfig(m_request.cliPath).knownHostsPath();
    auto *pin = new TaskJob<void>([w, offered, pins] { return KnownHosts(pins).pin(w.id(), offered); }, this);
    follow(pin, [this](TaskJob<void> *pinned) {
        if (pinned->failed()) {
            finish(pinned->error());
            return;
        }
        m_pinnedNow = true;
        qCInfo(lcLaunch) << "pinned host key of" << m_workspace.id() << m_offered->fingerprint();
        rewriteConfigThenAct();
    });
}

void LaunchJob::rewriteConfigThenAct()
{
    // A new pin makes the managed block strict.
    SshConfigJob::Options strict { m_request.cliPath, false, m_settings.sshConfigIntegration, false, false };
    follow(new SshConfigJob(m_registry, strict, this), [this](SshConfigJob *written) {
        if (written->failed())
            finish(written->error());
        else
            act();
    });
}

void LaunchJob::act()
{
    const Workspace w = m_workspace;
    const LaunchRequest r = m_request;
    const AppSettings settings = m_settings;
    switch (r.action) {
    case LaunchRequest::Action::Prepare:
    case LaunchRequest::Action::Trust:
        finish();
        return;
    case LaunchRequest::Action::Shell: {
        auto *argv = new TaskJob<QStringList>(
            [w, r] {
                return Result<QStringList>(sshcommand::sshArgv(w, r.cliPath, { r.user, r.forwardAgent, r.command }));
            },
            this);
        follow(argv, [this](TaskJob<QStringList> *built) {
            m_argv = built->value();
            finish();
        });
        return;
    }
    case LaunchRequest::Action::Terminal: {
        Q_EMIT progress(tr("Opening a terminal…"));
        // Agent forwarding is in the managed config (the workspace's setting,
        // else the user's default): what a plain `ssh` does, too.
        auto *open = new TaskJob<void>(
            [w, r, settings]() -> Status {
                const QStringList argv = sshcommand::sshArgv(w, r.cliPath);
                auto command = preferredTerminalCommand(settings, argv, w.sshAlias());
                return command ? launchDetached(*command) : Status(command.error());
            },
            this);
        follow(open, [this](TaskJob<void> *opened) {
            if (!opened->failed())
                qCInfo(lcLaunch) << "terminal started for" << m_workspace.id();
            finish(opened->error());
        });
        return;
    }
    case LaunchRequest::Action::Editor: {
        const QString program = m_editorProgram;
        Q_EMIT progress(tr("Opening %1…").arg(QFileInfo(program).fileName()));
        auto *open = new TaskJob<void>(
            [w, r, program] { return launchDetached(editorCommand(program, w.sshAlias(), r.path)); }, this);
        follow(open, [this](TaskJob<void> *opened) { finish(opened->error()); });
        return;
    }
    case LaunchRequest::Action::Proxy: {
        if (!r.proxies) {
            finish(Error(ErrorCode::Internal, tr("No proxy manager was given.")));
            return;
        }
        auto started = r.proxies->start(w, r.port, r.bind);
        if (!started) {
            finish(started.error());
            return;
        }
        m_proxy = *started;
        finish();
        return;
    }
    }
}

} // namespace keyport
