#include "identityjobs.h"

#include "common/text.h"
#include "identity/agentclient.h"
#include "identity/keystore.h"
#include "workspace/registry.h"
#include "workspace/source.h"
#include "workspace/workspacejobs.h"
#include "workspace/workspacesettings.h"

#include <QDateTime>

namespace keyport {

namespace {

// The source an identity names: it must exist.
Result<Source *> namedSource(SourceRegistry *registry, const QString &name)
{
    Source *s = registry->find(name);
    if (!s)
        return Error(ErrorCode::NotFound,
                     ListIdentitiesJob::tr("There is no source %1 (keyport-cli sources list shows them).")
                         .arg(printable(name, 60)));
    return s;
}

} // namespace

ListIdentitiesJob::ListIdentitiesJob(SourceRegistry *registry, QString source, QObject *parent)
    : ValueJob(parent)
    , m_registry(registry)
    , m_source(std::move(source))
{
}

void ListIdentitiesJob::run()
{
    if (!m_source.isEmpty())
        if (auto s = namedSource(m_registry, m_source); !s) {
            fail(s.error());
            return;
        }
    const QString only = m_source;
    follow(new TaskJob<QList<SshIdentity>>([] { return sshidentities::loadLocal(); }, this),
           [this, only](TaskJob<QList<SshIdentity>> *local) {
               if (local->failed()) {
                   fail(local->error());
                   return;
               }
               for (const SshIdentity &i : local->value())
                   if (only.isEmpty() || i.source.isEmpty() || i.source == only)
                       m_found << i;
               next(0);
           });
}

void ListIdentitiesJob::next(qsizetype index)
{
    const QList<Source *> sources = m_registry->sources();
    while (index < sources.size()
           && (!sources[index]->can(Source::Capability::Identities)
               || (!m_source.isEmpty() && sources[index]->name() != m_source)))
        ++index;
    if (index >= sources.size()) {
        nameOwnKeys();
        return;
    }
    follow(sources[index]->identities(), [this, index](ValueJob<QList<SshIdentity>> *listed) {
        if (listed->failed()) {
            if (!m_source.isEmpty()) {
                fail(listed->error());
                return;
            }
            m_notes << listed->error().message;
        } else {
            m_found += listed->value();
        }
        next(index + 1);
    });
}

void ListIdentitiesJob::nameOwnKeys()
{
    QList<SshIdentity> found = m_found;
    auto *named = new TaskJob<QList<SshIdentity>>(
        [found]() mutable -> Result<QList<SshIdentity>> {
            const QHash<QString, QString> own = sshidentities::ownKeys();
            for (SshIdentity &i : found) {
                if (i.isLocal())
                    continue;
                for (const QString &line : std::as_const(i.publicKeys))
                    if (const QString path = own.value(sshidentities::keyBlob(line)); !path.isEmpty()) {
                        i.keyPath = path;
                        break;
                    }
            }
            return found;
        },
        this);
    follow(named, [this](TaskJob<QList<SshIdentity>> *done) { succeed(done->value()); });
}

QHash<QString, QString> sshidentities::ownKeys()
{
    QHash<QString, QString> own;
    for (const KeyInfo &k : KeyStore().discover())
        if (k.publicKey)
            own.insert(keyBlob(QString::fromUtf8(k.publicKey->toOpenSshLine({}))), k.path);
    return own;
}

AddIdentityJob::AddIdentityJob(SourceRegistry *registry, SshIdentity identity, QString key, QObject *parent)
    : ValueJob(parent)
    , m_registry(registry)
    , m_identity(std::move(identity))
    , m_key(std::move(key))
{
}

void AddIdentityJob::run()
{
    if (auto ok = sshidentities::validateName(m_identity.name); !ok) {
        fail(ok.error());
        return;
    }
    m_identity.projectsEnabled = !m_identity.projects.isEmpty();
    m_identity.tagsEnabled = !m_identity.tags.isEmpty();
    Source *source = nullptr;
    if (!m_identity.source.isEmpty()) {
        auto s = namedSource(m_registry, m_identity.source);
        if (!s) {
            fail(s.error());
            return;
        }
        source = *s;
    }
    // A platform's rules are its pattern's; Keyport's own take any plain name.
    const auto rule = source && source->can(Source::Capability::Identities) ? sshidentities::ItemRule::Platform
                                                                            : sshidentities::ItemRule::Local;
    for (const auto &[what, list] :
         { std::pair { tr("project"), m_identity.projects }, std::pair { tr("tag"), m_identity.tags } })
        for (const QString &item : list)
            if (auto ok = sshidentities::validateItem(what, item, rule); !ok) {
                fail(ok.error());
                return;
            }
    const QString key = m_key;
    follow(new TaskJob<KeyInfo>([key] { return KeyStore().find(key); }, this), [this, source](TaskJob<KeyInfo> *found) {
        if (found->failed()) {
            fail(found->error());
            return;
        }
        const KeyInfo &k = found->value();
        if (!k.publicKey) {
            fail(Error(ErrorCode::NotFound, tr("The public key of %1 is unknown (no .pub file).").arg(k.name)));
            return;
        }
        m_identity.keyPath = k.path;
        m_identity.publicKeys = { QString::fromUtf8(k.publicKey->toOpenSshLine(k.comment)).trimmed() };
        if (source && source->can(Source::Capability::Identities)) {
            Q_EMIT progress(tr("Creating the SSH identity %1 on %2…").arg(m_identity.name, source->name()));
            follow(source->addIdentity(m_identity), [this](ValueJob<SshIdentity> *created) {
                if (created->failed())
                    fail(created->error());
                else
                    added(created->value());
            });
            return;
        }
        const SshIdentity identity = m_identity;
        auto *save = new TaskJob<void>(
            [identity]() -> Status {
                auto local = sshidentities::loadLocal();
                if (!local)
                    return local.error();
                for (const SshIdentity &i : *local)
                    if (i.name == identity.name && i.source == identity.source)
                        return Error(ErrorCode::AlreadyExists,
                                     tr("There is an identity \"%1\" already: remove it first (keyport-cli identities "
                                        "remove \"%1\"%2).")
                                         .arg(identity.name, identity.source.isEmpty()
                                                                 ? QString()
                                                                 : QStringLiteral(" --source ") + identity.source));
                local->append(identity);
                return sshidentities::saveLocal(*local);
            },
            this);
        follow(save, [this](TaskJob<void> *saved) {
            if (saved->failed())
                fail(saved->error());
            else
                added(m_identity);
        });
    });
}

void AddIdentityJob::added(const SshIdentity &stored)
{
    SshIdentity result = stored;
    result.keyPath = m_identity.keyPath;
    // A platform's identity names no private key: the source's key, when it
    // has none yet, is what its workspaces then offer.
    if (!m_identity.source.isEmpty()) {
        const auto config = m_registry->config(m_identity.source);
        if (config && config->identityFile.isEmpty()) {
            if (auto ok = m_registry->setIdentity(m_identity.source, m_identity.keyPath); !ok) {
                fail(ok.error());
                return;
            }
            m_becameSourceKey = true;
        }
    }
    succeed(result);
}

RemoveIdentityJob::RemoveIdentityJob(SourceRegistry *registry, QString name, QString source, QObject *parent)
    : StatusJob(parent)
    , m_registry(registry)
    , m_name(std::move(name))
    , m_source(std::move(source))
{
}

void RemoveIdentityJob::run()
{
    if (!m_source.isEmpty()) {
        auto s = namedSource(m_registry, m_source);
        if (!s) {
            fail(s.error());
            return;
        }
        if ((*s)->can(Source::Capability::Identities)) {
            follow((*s)->removeIdentity(m_name), [this](StatusJob *removed) { finish(removed->error()); });
            return;
        }
    }
    const QString name = m_name, source = m_source;
    auto *remove = new TaskJob<void>(
        [name, source]() -> Status {
            auto local = sshidentities::loadLocal();
            if (!local)
                return local.error();
            const qsizetype before = local->size();
            local->removeIf([&](const SshIdentity &i) { return i.name == name && i.source == source; });
            if (local->size() == before)
                return Error(
                    ErrorCode::NotFound,
                    tr("There is no identity \"%1\"%2 (keyport-cli identities list shows them).")
                        .arg(printable(name, 100), source.isEmpty() ? QString() : tr(" for source %1").arg(source)));
            return sshidentities::saveLocal(*local);
        },
        this);
    follow(remove, [this](TaskJob<void> *removed) { finish(removed->error()); });
}

} // namespace keyport

namespace keyport {

bool isLoginRefused(const Error &e)
{
    for (const QString &text : { e.message, e.detail })
        if (text.contains(QLatin1String("Permission denied (publickey"))
            || text.contains(QLatin1String("Too many authentication failures"))
            || text.contains(QLatin1String("Authentication failed")))
            return true;
    return false;
}

ExplainLoginJob::ExplainLoginJob(SourceRegistry *registry, QString workspaceId, QObject *parent)
    : ValueJob(parent)
    , m_registry(registry)
    , m_id(std::move(workspaceId))
{
}

void ExplainLoginJob::add(LoginCheck::Result result, const QString &text, const QString &action)
{
    m_out.checks << LoginCheck { result, text, action };
    if (result == LoginCheck::Result::Problem && m_out.next.isEmpty())
        m_out.next = action;
}

void ExplainLoginJob::run()
{
    m_out.workspace = m_id;
    follow(new FindWorkspaceJob(m_registry, m_id, true, this), [this](FindWorkspaceJob *found) {
        if (found->failed())
            fail(found->error());
        else
            explain(found->value());
    });
}

void ExplainLoginJob::explain(const Workspace &w)
{
    if (!w.unreachable.isEmpty())
        add(LoginCheck::Result::Problem, w.unreachable, w.unreachable);
    if (!w.existingAlias.isEmpty()) {
        add(LoginCheck::Result::Unknown,
            tr("%1 is a host of your own ~/.ssh/config: its IdentityFile lines there decide which key it offers.")
                .arg(w.id()),
            tr("Check the Host %1 block of ~/.ssh/config; `ssh -v %1` shows each key it offers.").arg(w.existingAlias));
        succeed(m_out);
        return;
    }
    struct Why {
        std::optional<KeyInfo> key;
        QString why;
        QString problem;
    };
    const auto source = m_registry->config(w.source);
    const QString sourceKey = source ? source->identityFile : QString();
    auto *why = new TaskJob<Why>(
        [w, sourceKey]() -> Result<Why> {
            Why out;
            if (w.identityFile.isEmpty())
                return out;
            const auto overrides = workspacesettings::overrides();
            const auto local = sshidentities::loadLocal();
            if (overrides && overrides->value(w.id()).identityFile)
                out.why = tr("its own setting (keyport-cli workspaces set)");
            else if (const SshIdentity *i = local ? sshidentities::choose(*local, w) : nullptr;
                     i && i->keyPath == w.identityFile)
                out.why = tr("Keyport's identity \"%1\" (%2)").arg(i->name, i->describeRestrictions());
            else if (!w.identity.isEmpty())
                out.why = tr("the SSH identity \"%1\" of %2, the first that admits %3 and holds a key of yours")
                              .arg(w.identity, w.source, w.id());
            else if (w.identityFile == sourceKey)
                out.why = tr("the key of source %1").arg(w.source);
            else
                out.why = tr("what source %1 says").arg(w.source);
            auto info = KeyStore().inspect(w.identityFile);
            if (!info)
                out.problem = info.error().message;
            else
                out.key = *info;
            return out;
        },
        this);
    follow(why, [this, w](TaskJob<Why> *found) {
        const Why &y = found->value();
        if (found->failed() || w.identityFile.isEmpty()) {
            add(LoginCheck::Result::Problem,
                tr("%1 offers no key of its own, so ssh tries every key in the agent and in ~/.ssh, and a server "
                   "stops after a few (MaxAuthTries): \"Too many authentication failures\".")
                    .arg(w.id()),
                tr("Give it the key it needs: `keyport-cli identities add NAME --key KEY%1` (or `keyport-cli "
                   "workspaces set %2 --key KEY`).")
                    .arg(m_registry->find(w.source) && m_registry->find(w.source)->can(Source::Capability::Identities)
                             ? QStringLiteral(" --source ") + w.source
                             : QString(),
                         w.id()));
            checkSource(w);
            return;
        }
        if (!y.key || !y.key->publicKey) {
            add(LoginCheck::Result::Problem,
                tr("%1 offers %2 (%3), which Keyport cannot read: %4")
                    .arg(w.id(), w.identityFile, y.why, y.problem.isEmpty() ? tr("no public key") : y.problem),
                tr("Choose a key that exists: `keyport-cli workspaces set %1 --key KEY`.").arg(w.id()));
            succeed(m_out);
            return;
        }
        m_offered = *y.key;
        add(LoginCheck::Result::Ok,
            tr("%1 offers only %2 (%3), chosen by %4.").arg(w.id(), keyName(), offeredKey()->fingerprint(), y.why));
        checkSource(w);
    });
}

void ExplainLoginJob::checkSource(const Workspace &w)
{
    Source *source = m_registry->find(w.source);
    if (!source) {
        checkAgentAndCertificate(w);
        return;
    }
    if (source->can(Source::Capability::Identities)) {
        follow(source->identities(), [this, w](ValueJob<QList<SshIdentity>> *listed) {
            if (listed->failed()) {
                add(LoginCheck::Result::Unknown,
                    tr("Keyport could not read the SSH identities of %1: %2").arg(w.source, listed->error().message));
                checkAgentAndCertificate(w);
                return;
            }
            QStringList admitting, refusing;
            bool holdsKey = false;
            for (const SshIdentity &i : listed->value()) {
                bool has = false;
                for (const QString &line : i.publicKeys)
                    if (auto k = PublicKey::fromOpenSshLine(line.toUtf8()); k && offeredKey() && *k == *offeredKey())
                        has = true;
                const Status admits = i.admits(w);
                if (has && admits.ok())
                    admitting << i.name;
                else if (has)
                    refusing << admits.error().message;
                holdsKey |= has;
            }
            const QString key = keyName().isEmpty() ? tr("your key") : keyName();
            if (!admitting.isEmpty())
                add(LoginCheck::Result::Ok, tr("%1 is in the SSH identity \"%2\" of %3, which admits %4.")
                                                .arg(key, admitting.join(QStringLiteral("\", \"")), w.source, w.id()));
            else if (holdsKey)
                add(LoginCheck::Result::Problem, refusing.join(QLatin1Char(' ')),
                    tr("Widen that identity's restrictions in Northflank, or add one that admits %1: `keyport-cli "
                       "identities add NAME --key %2 --source %3 --project %4`.")
                        .arg(w.id(), keyName().isEmpty() ? QStringLiteral("KEY") : keyName(), w.source,
                             SshIdentity::projectOf(w)));
            else
                add(LoginCheck::Result::Problem,
                    tr("%1 is in none of the SSH identities of %2, so %3 refuses it.").arg(key, w.source, w.id()),
                    tr("Add it: `keyport-cli identities add NAME --key %1 --source %2`.")
                        .arg(keyName().isEmpty() ? QStringLiteral("KEY") : keyName(), w.source));
            checkAgentAndCertificate(w);
        });
        return;
    }
    if (source->can(Source::Capability::RegisterKeys) && offeredKey()) {
        follow(source->registeredKeys(), [this, w](RegisteredKeysJob *listed) {
            bool registered = false;
            for (const RegisteredKey &k : listed->value())
                registered |= k.fingerprint == offeredKey()->fingerprint();
            if (listed->failed())
                add(LoginCheck::Result::Unknown,
                    tr("Keyport could not read the keys %1 knows: %2").arg(w.source, listed->error().message));
            else if (registered)
                add(LoginCheck::Result::Ok, tr("%1 is registered with %2.").arg(keyName(), w.source));
            else
                add(LoginCheck::Result::Problem, tr("%1 is not registered with %2.").arg(keyName(), w.source),
                    tr("Register it: `keyport-cli keys register %1 --source %2`.").arg(keyName(), w.source));
            checkAgentAndCertificate(w);
        });
        return;
    }
    if (offeredKey() && !source->can(Source::Capability::IssueCertificates))
        add(LoginCheck::Result::Unknown,
            tr("Keyport cannot see which keys the server of %1 accepts (its ~/.ssh/authorized_keys).").arg(w.id()),
            tr("Make sure the server's ~/.ssh/authorized_keys holds %1 (`ssh-copy-id -i %2 %3` adds it).")
                .arg(keyName(), w.identityFile + QStringLiteral(".pub"), w.sshAlias()));
    checkAgentAndCertificate(w);
}

void ExplainLoginJob::checkAgentAndCertificate(const Workspace &w)
{
    if (!m_offered) {
        succeed(m_out);
        return;
    }
    // The key file was read already (which key, and why): only the agent is asked.
    struct Facts {
        bool agent = false; // one answered
        bool inAgent = false;
        QString agentProblem;
    };
    const PublicKey key = *offeredKey();
    auto *facts = new TaskJob<Facts>(
        [key]() -> Result<Facts> {
            Facts f;
            if (!AgentClient::defaultSocket().isEmpty()) {
                if (auto listed = AgentClient().list()) {
                    f.agent = true;
                    for (const AgentIdentity &i : *listed)
                        f.inAgent |= i.key == key;
                } else {
                    f.agentProblem = listed.error().message;
                }
            }
            return f;
        },
        this);
    follow(facts, [this, w](TaskJob<Facts> *found) {
        const Facts &f = found->value();
        if (f.inAgent)
            add(LoginCheck::Result::Ok, tr("%1 is in the agent.").arg(keyName()));
        else if (!m_offered->encrypted)
            add(LoginCheck::Result::Ok,
                tr("%1 is not in the agent; ssh reads the file itself (it has no passphrase).").arg(keyName()));
        else if (!f.agent)
            add(LoginCheck::Result::Problem,
                tr("%1 has a passphrase and no agent answers%2, so ssh can only ask for it at a terminal.")
                    .arg(keyName(), f.agentProblem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.agentProblem)),
                tr("Start an agent (`eval $(ssh-agent)`) and add the key: `keyport-cli agent add %1`.").arg(keyName()));
        else
            add(LoginCheck::Result::Problem,
                tr("%1 has a passphrase and is not in the agent, so nothing that runs without a terminal (an "
                   "editor, the Files view) can use it.")
                    .arg(keyName()),
                tr("Add it: `keyport-cli agent add %1`.").arg(keyName()));
        if (w.certified) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!m_offered->certificate)
                add(LoginCheck::Result::Problem, tr("%1 has no certificate yet.").arg(keyName()),
                    tr("Get one: `keyport-cli certificate %1`.").arg(w.id()));
            else if (!m_offered->certificate->isValidAt(now))
                add(LoginCheck::Result::Problem,
                    tr("The certificate of %1 is not valid: %2.")
                        .arg(keyName(), m_offered->certificate->statusText(now)),
                    tr("Renew it: `keyport-cli certificate %1` (connecting renews it, too).").arg(w.id()));
            else
                add(LoginCheck::Result::Ok,
                    tr("The certificate of %1: %2.").arg(keyName(), m_offered->certificate->statusText(now)));
        }
        succeed(m_out);
    });
}

} // namespace keyport
