#include "registry.h"

#include "identityjobs.h"
#include "sourcekind.h"
#include "workspacesettings.h"

#include "common/jsonfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/settings.h"
#include "common/text.h"
#include "model/validation.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace keyport {

ListAllJob::ListAllJob(QList<Source *> sources, QObject *parent)
    : Job(parent)
{
    for (Source *s : sources)
        m_sources << QPointer<Source>(s);
}

void ListAllJob::run()
{
    // Read before anything is listed: workspaces without the user's settings
    // would reach the ssh config with the wrong key or user. Files: off the
    // caller's (GUI) thread.
    struct Settings {
        QMap<QString, WorkspaceOverride> overrides;
        bool forwardAgentByDefault = false;
        QList<SshIdentity> identities;
    };
    auto *read = new TaskJob<Settings>(
        []() -> Result<Settings> {
            auto overrides = workspacesettings::overrides();
            if (!overrides)
                return overrides.error();
            auto preferences = AppSettings::load();
            if (!preferences)
                return preferences.error();
            auto identities = sshidentities::loadLocal();
            if (!identities)
                return identities.error();
            return Settings { *overrides, preferences->agentForwardingDefault, *identities };
        },
        this);
    follow(read, [this](TaskJob<Settings> *settings) {
        if (settings->failed()) {
            finish(settings->error());
            return;
        }
        m_identities = settings->value().identities;
        listEach(settings->value().overrides, settings->value().forwardAgentByDefault);
    });
}

void ListAllJob::listEach(const QMap<QString, WorkspaceOverride> &overrides, bool forwardAgentByDefault)
{
    m_pending = 0;
    for (const QPointer<Source> &s : std::as_const(m_sources)) {
        if (!s)
            continue;
        ++m_pending;
        const QString name = s->name();
        const auto removed = [this, name] {
            m_errors.insert(
                name, Error(ErrorCode::NotFound, tr("The source %1 was removed while it was being listed.").arg(name)));
            oneDone();
        };
        follow(
            s->list(),
            [this, source = s, name, overrides, forwardAgentByDefault, removed](ListJob *job) {
                if (job->failed()) {
                    qCInfo(lcWorkspace) << "listing" << name << "failed:" << job->error().oneLine();
                    m_errors.insert(name, job->error());
                    oneDone();
                    return;
                }
                withPlatformKeys(
                    source, job->value(),
                    [this, name, overrides, forwardAgentByDefault](const QList<Workspace> &listed) {
                        m_workspaces +=
                            workspacesettings::apply(listed, overrides, forwardAgentByDefault, m_identities);
                        m_listed << name;
                        oneDone();
                    },
                    removed);
            },
            removed);
    }
    if (m_pending == 0)
        remember();
}

// A platform that keeps SSH identities says which of the user's keys each
// workspace takes: the first identity that admits it and holds one. A
// platform that cannot say now costs the listing nothing (its key stays).
void ListAllJob::withPlatformKeys(QPointer<Source> source, QList<Workspace> workspaces,
                                  std::function<void(const QList<Workspace> &)> then, std::function<void()> lost)
{
    if (!source || !source->can(Source::Capability::Identities)) {
        then(workspaces);
        return;
    }
    const QString name = source->name();
    follow(
        source->recentIdentities(),
        [this, name, workspaces, then](ValueJob<QList<SshIdentity>> *listed) {
            if (listed->failed() || listed->value().isEmpty()) {
                if (listed->failed())
                    qCInfo(lcWorkspace) << "the SSH identities of" << name
                                        << "are not known:" << listed->error().oneLine();
                then(workspaces);
                return;
            }
            const QList<SshIdentity> platform = listed->value();
            auto *choose = new TaskJob<QList<Workspace>>(
                [platform, workspaces]() mutable -> Result<QList<Workspace>> {
                    const QHash<QString, QString> own = sshidentities::ownKeys();
                    for (Workspace &w : workspaces)
                        if (const auto chosen = sshidentities::choosePlatform(platform, own, w); chosen.identity) {
                            w.identityFile = chosen.keyPath;
                            w.identity = chosen.identity->name;
                        }
                    return workspaces;
                },
                this);
            follow(choose, [then](TaskJob<QList<Workspace>> *chosen) { then(chosen->value()); });
        },
        lost);
}

void ListAllJob::oneDone()
{
    if (--m_pending == 0)
        remember();
}

// What the sources that answered said replaces what the cache knew of them;
// a source that failed keeps its last known workspaces there.
void ListAllJob::remember()
{
    const QStringList listed = m_listed;
    const QList<Workspace> workspaces = m_workspaces;
    auto *write =
        new TaskJob<void>([listed, workspaces] { return SourceRegistry::remember(listed, workspaces); }, this);
    follow(write, [this](TaskJob<void> *written) {
        if (written->failed())
            qCWarning(lcCommon) << "the workspace cache was not updated:" << written->error().oneLine();
        finish();
    });
}

SourceRegistry::SourceRegistry(QObject *parent)
    : QObject(parent)
{
    reload();
}

void SourceRegistry::reload()
{
    for (Source *s : std::as_const(m_sources))
        s->deleteLater();
    m_sources.clear();
    m_configs.clear();
    m_loadError = {};
    for (const SourceKind &k : sourcekinds::all())
        if (!k.builtInName.isEmpty()) {
            SourceConfig builtIn;
            builtIn.name = k.builtInName;
            builtIn.kind = k.id;
            m_sources << k.create(builtIn, this);
        }
    auto file = readJsonFile(paths::sourcesPath());
    if (!file) {
        m_loadError = file.error();
        return;
    }
    for (const auto &v : file->value(QStringLiteral("sources")).toArray()) {
        const SourceConfig c = SourceConfig::fromJson(v.toObject());
        m_configs << c;
        if (Source *s = create(c, this))
            m_sources << s;
        else
            qCWarning(lcWorkspace) << "unknown source kind" << c.kind << "for" << c.name;
    }
}

Source *SourceRegistry::find(const QString &name) const
{
    for (Source *s : m_sources)
        if (s->name() == name)
            return s;
    return nullptr;
}

std::optional<SourceConfig> SourceRegistry::config(const QString &name) const
{
    for (const auto &c : m_configs)
        if (c.name == name)
            return c;
    return std::nullopt;
}

Status SourceRegistry::save(const QList<SourceConfig> &configs) const
{
    if (m_loadError.isError())
        return m_loadError;
    QJsonArray arr;
    for (const auto &c : configs)
        arr.append(c.toJson());
    return writeJsonFile(paths::sourcesPath(), QJsonObject { { QStringLiteral("sources"), arr } });
}

Status SourceRegistry::validate(const SourceConfig &c)
{
    if (auto ok = validateSourceName(c.name); !ok)
        return ok;
    if (sourcekinds::isBuiltInName(c.name))
        return Error(ErrorCode::AlreadyExists, tr("\"%1\" is the name of a built-in source.").arg(c.name));
    const SourceKind *kind = sourcekinds::find(c.kind);
    if (!kind || !kind->builtInName.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Unknown source kind \"%1\".").arg(printable(c.kind, 40)));
    const QUrl url(c.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not an http(s) URL.").arg(printable(c.url, 100)));
    const QHostAddress addr(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!addr.isNull() && addr.isLoopback());
    if (url.scheme() == QLatin1String("http") && !loopback)
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 must use https:// (plain http is only allowed for loopback addresses, for local testing).")
                         .arg(printable(c.url, 100)));
    return kind->validate ? kind->validate(c) : Status();
}

Status SourceRegistry::add(const SourceConfig &c, const QByteArray &token)
{
    if (auto ok = validate(c); !ok)
        return ok;
    if (find(c.name) || config(c.name))
        return Error(ErrorCode::AlreadyExists, tr("A source named %1 exists already; remove it first.").arg(c.name));
    QList<SourceConfig> configs = m_configs;
    configs << c;
    // On disk first: a source that is not saved does not exist.
    if (auto ok = save(configs); !ok)
        return ok;
    m_configs = configs;
    adopt(create(c, this), token);
    return {};
}

Status SourceRegistry::replace(const SourceConfig &c, const QByteArray &token)
{
    if (auto ok = validate(c); !ok)
        return ok;
    QList<SourceConfig> configs = m_configs;
    const auto it = std::find_if(configs.begin(), configs.end(),
                                 [&c](const SourceConfig &existing) { return existing.name == c.name; });
    if (it == configs.end())
        return Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(c.name, 60)));
    *it = c;
    if (auto ok = save(configs); !ok)
        return ok;
    m_configs = configs;
    if (Source *old = find(c.name)) {
        m_sources.removeOne(old);
        old->deleteLater();
    }
    adopt(create(c, this), token);
    return {};
}

void SourceRegistry::adopt(Source *source, const QByteArray &token)
{
    if (!token.isEmpty())
        source->presetToken(token);
    m_sources << source;
    Q_EMIT changed();
}

Status SourceRegistry::setIdentity(const QString &name, const QString &identityFile)
{
    auto c = config(name);
    if (!c)
        return Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(name, 60)));
    QList<SourceConfig> configs = m_configs;
    for (SourceConfig &each : configs)
        if (each.name == name)
            each.identityFile = identityFile;
    if (auto ok = save(configs); !ok)
        return ok;
    m_configs = configs;
    return {};
}

Source *SourceRegistry::create(const SourceConfig &config, QObject *parent)
{
    const SourceKind *kind = sourcekinds::find(config.kind);
    return kind ? kind->create(config, parent) : nullptr;
}

Status SourceRegistry::remove(const QString &name)
{
    QList<SourceConfig> configs = m_configs;
    const auto removed = configs.removeIf([&name](const SourceConfig &c) { return c.name == name; });
    if (removed == 0)
        return Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(name, 60)));
    if (auto ok = save(configs); !ok)
        return ok;
    m_configs = configs;
    if (Source *s = find(name)) {
        m_sources.removeOne(s);
        s->deleteLater();
    }
    Q_EMIT changed();
    return {};
}

ListAllJob *SourceRegistry::listAll(const QStringList &only)
{
    QList<Source *> chosen;
    for (Source *s : m_sources)
        if (only.isEmpty() || only.contains(s->name()))
            chosen << s;
    return new ListAllJob(chosen, this);
}

namespace {
QJsonObject readCache()
{
    auto cache = readJsonFile(paths::workspaceCachePath());
    if (cache)
        return *cache;
    // Only a copy of what the sources said: keep it for a look, start afresh.
    if (auto moved = moveAside(paths::workspaceCachePath()))
        qCWarning(lcCommon) << "the workspace cache could not be read; moved it aside to" << *moved;
    return {};
}
} // namespace

QList<Workspace> SourceRegistry::cached()
{
    QList<Workspace> out;
    for (const auto &v : readCache().value(QStringLiteral("workspaces")).toArray())
        out << Workspace::fromJson(v.toObject());
    return out;
}

std::optional<Workspace> SourceRegistry::cachedWorkspace(const QString &id)
{
    for (const Workspace &w : cached())
        if (w.id() == id)
            return w;
    return std::nullopt;
}

Status SourceRegistry::remember(const QStringList &sources, const QList<Workspace> &workspaces)
{
    QJsonArray arr;
    for (const Workspace &w : cached())
        if (!sources.contains(w.source))
            arr.append(w.toJson());
    for (const Workspace &w : workspaces)
        arr.append(w.toJson());
    return writeJsonFile(paths::workspaceCachePath(), QJsonObject { { QStringLiteral("workspaces"), arr } });
}

std::pair<QString, QString> SourceRegistry::splitId(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return { QString(), id };
    return { id.left(dot), id.mid(dot + 1) };
}

} // namespace keyport
