#include "workspacejobs.h"

#include "sourcekind.h"

#include "common/text.h"
#include "identity/secretstore.h"

namespace keyport {

FindWorkspaceJob::FindWorkspaceJob(SourceRegistry *registry, QString id, bool refresh, QObject *parent)
    : ValueJob<Workspace>(parent)
    , m_registry(registry)
    , m_id(std::move(id))
    , m_refresh(refresh)
{
}

void FindWorkspaceJob::run()
{
    if (hasControlCharacters(m_id) || m_id.isEmpty()) {
        fail(Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a workspace name.").arg(printable(m_id, 80))));
        return;
    }
    const auto [sourceName, name] = SourceRegistry::splitId(m_id);
    if (!m_registry->find(sourceName)) {
        fail(Error(ErrorCode::NotFound, tr("No workspace %1: workspaces are named <source>.<name>; "
                                           "`keyport-cli workspaces list` shows them.")
                                            .arg(printable(m_id, 80))));
        return;
    }
    const QString id = m_id;
    const QString source = sourceName;
    const auto list = [this, id, source] {
        // Through the registry, so the user's per-workspace settings apply.
        follow(m_registry->listAll({ source }), [this, id, source](ListAllJob *listing) {
            if (listing->failed()) {
                fail(listing->error());
                return;
            }
            if (listing->errors().contains(source)) {
                const Error &e = listing->errors().value(source);
                fail(Error(e.code, tr("Source %1: %2").arg(source, e.message), e.detail));
                return;
            }
            for (const Workspace &w : listing->workspaces())
                if (w.id() == id) {
                    succeed(w);
                    return;
                }
            fail(Error(ErrorCode::NotFound, tr("No workspace %1 in source %2.").arg(printable(id, 80), source)));
        });
    };
    if (m_refresh) {
        list();
        return;
    }
    follow(new TaskJob<std::optional<Workspace>>([id] { return Result(SourceRegistry::cachedWorkspace(id)); }, this),
           [this, list](TaskJob<std::optional<Workspace>> *cached) {
               if (cached->value())
                   succeed(*cached->value());
               else
                   list();
           });
}

PowerJob::PowerJob(SourceRegistry *registry, Workspace workspace, Action action, QObject *parent)
    : ValueJob<Workspace>(parent)
    , m_registry(registry)
    , m_workspace(std::move(workspace))
    , m_action(action)
{
}

void PowerJob::run()
{
    Source *source = m_registry->find(m_workspace.source);
    if (!source) {
        fail(Error(ErrorCode::NotFound, tr("The source %1 is not configured any more.").arg(m_workspace.source)));
        return;
    }
    const bool start = m_action == Action::Start;
    if (!source->can(Source::Capability::StartStop)) {
        fail(Error(ErrorCode::Unsupported,
                   start ? tr("%1 is stopped, and Keyport cannot start workspaces of %2: start it there.")
                               .arg(m_workspace.id(), source->describe())
                         : tr("Keyport cannot stop workspaces of %1.").arg(source->describe())));
        return;
    }
    Q_EMIT progress(start ? tr("Starting %1…").arg(m_workspace.id()) : tr("Stopping %1…").arg(m_workspace.id()));
    StatusJob *power = start ? source->start(m_workspace) : source->stop(m_workspace);
    connect(power, &Job::progress, this, &Job::progress);
    follow(power, [this](StatusJob *done) {
        if (done->failed()) {
            fail(done->error());
            return;
        }
        follow(new FindWorkspaceJob(m_registry, m_workspace.id(), true, this), [this](FindWorkspaceJob *found) {
            if (found->failed())
                fail(Error(
                    found->error().code,
                    m_action == Action::Start
                        ? tr("%1 started, but is not listed any more: %2").arg(m_workspace.id(), found->error().message)
                        : found->error().message));
            else
                succeed(found->value());
        });
    });
}

namespace {
// The source, or why there is none that keeps keys.
Result<Source *> keySource(SourceRegistry *registry, const QString &name)
{
    Source *source = registry->find(name);
    if (!source)
        return Error(ErrorCode::NotFound, RegisterKeyJob::tr("There is no source named %1.").arg(printable(name, 60)));
    if (!source->can(Source::Capability::RegisterKeys))
        return Error(ErrorCode::Unsupported,
                     RegisterKeyJob::tr("%1 does not take keys from Keyport: add the key there yourself.")
                         .arg(source->describe()));
    return source;
}
} // namespace

RegisterKeyJob::RegisterKeyJob(SourceRegistry *registry, QString source, KeyInfo key, QObject *parent)
    : StatusJob(parent)
    , m_registry(registry)
    , m_source(std::move(source))
    , m_key(std::move(key))
{
}

void RegisterKeyJob::run()
{
    auto found = keySource(m_registry, m_source);
    if (!found) {
        fail(found.error());
        return;
    }
    Source *source = *found;
    if (!m_key.publicKey) {
        fail(Error(ErrorCode::NotFound, tr("The public key of %1 is unknown (no .pub file).").arg(m_key.name)));
        return;
    }
    Q_EMIT progress(tr("Registering %1 with %2…").arg(m_key.name, m_source));
    follow(source->registerKey(*m_key.publicKey, m_key.comment), [this](StatusJob *registered) {
        if (registered->failed()) {
            fail(registered->error());
            return;
        }
        const auto config = m_registry->config(m_source);
        if (config && config->identityFile.isEmpty()) {
            if (auto ok = m_registry->setIdentity(m_source, m_key.path); !ok) {
                fail(Error(ok.error().code, tr("Registered %1 with %2, but could not make it the key of %2: %3")
                                                .arg(m_key.name, m_source, ok.error().message)));
                return;
            }
            m_becameIdentity = true;
        }
        succeed();
    });
}

RemoveSourceJob::RemoveSourceJob(SourceRegistry *registry, QString name, QObject *parent)
    : StatusJob(parent)
    , m_registry(registry)
    , m_name(std::move(name))
{
}

void RemoveSourceJob::run()
{
    const auto config = m_registry->config(m_name);
    if (!config) {
        fail(Error(ErrorCode::NotFound, sourcekinds::isBuiltInName(m_name)
                                            ? tr("%1 is a built-in source; it cannot be removed.").arg(m_name)
                                            : tr("There is no source named %1.").arg(printable(m_name, 60))));
        return;
    }
    if (auto ok = m_registry->remove(m_name); !ok) {
        fail(ok.error());
        return;
    }
    const QString name = m_name;
    follow(new TaskJob<void>([name] { return SourceRegistry::remember({ name }, {}); }, this),
           [this, key = config->tokenKey()](TaskJob<void> *) {
               follow(secrets::remove(key, this), [this](SecretJob *del) {
                   if (del->failed())
                       m_tokenNote = del->error().message;
                   succeed();
               });
           });
}

ListRegisteredKeysJob::ListRegisteredKeysJob(SourceRegistry *registry, QString source, QObject *parent)
    : ValueJob(parent)
    , m_registry(registry)
    , m_source(std::move(source))
{
}

void ListRegisteredKeysJob::run()
{
    auto source = keySource(m_registry, m_source);
    if (!source) {
        fail(source.error());
        return;
    }
    follow((*source)->registeredKeys(), [this](RegisteredKeysJob *listed) {
        if (listed->failed()) {
            fail(listed->error());
            return;
        }
        const QList<RegisteredKey> keys = listed->value();
        auto *match = new TaskJob<QList<KnownKey>>(
            [keys]() -> Result<QList<KnownKey>> {
                const QList<KeyInfo> local = KeyStore().discover();
                QList<KnownKey> out;
                for (const RegisteredKey &k : keys) {
                    KnownKey known { k, {}, {} };
                    for (const KeyInfo &l : local)
                        if (k.key && l.publicKey && *l.publicKey == *k.key) {
                            known.localName = l.name;
                            known.localPath = l.path;
                            break;
                        }
                    out << known;
                }
                return out;
            },
            this);
        follow(match, [this](TaskJob<QList<KnownKey>> *matched) {
            matched->failed() ? fail(matched->error()) : succeed(matched->value());
        });
    });
}

UnregisterKeyJob::UnregisterKeyJob(SourceRegistry *registry, QString source, QString fingerprint, QObject *parent)
    : StatusJob(parent)
    , m_registry(registry)
    , m_source(std::move(source))
    , m_fingerprint(std::move(fingerprint))
{
}

void UnregisterKeyJob::run()
{
    auto source = keySource(m_registry, m_source);
    if (!source) {
        fail(source.error());
        return;
    }
    Q_EMIT progress(tr("Removing %1 from %2…").arg(m_fingerprint, m_source));
    follow((*source)->unregisterKey(m_fingerprint),
           [this](StatusJob *removed) { removed->failed() ? fail(removed->error()) : succeed(); });
}

} // namespace keyport
