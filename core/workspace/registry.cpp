#include "registry.h"

#include "common/jsonfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/text.h"
#include "sources/jupyterhub/jupyterhubsource.h"
#include "sources/knot/knotsource.h"
#include "sources/sandbox/sandboxsource.h"
#include "sources/sshconfig/sshconfigsource.h"
#include "workspacesettings.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace keyport {

namespace {
QMap<QString, SourceRegistry::Factory> &factories()
{
    static QMap<QString, SourceRegistry::Factory> f;
    return f;
}
} // namespace

QJsonObject SourceConfig::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("url"), url },
                         { QStringLiteral("hub_user"), hubUser },
                         { QStringLiteral("login_user"), loginUser },
                         { QStringLiteral("insecure"), insecure },
                         { QStringLiteral("identity_file"), identityFile } };
}

SourceConfig SourceConfig::fromJson(const QJsonObject &o)
{
    SourceConfig c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.url = o.value(QStringLiteral("url")).toString();
    c.hubUser = o.value(QStringLiteral("hub_user")).toString();
    c.loginUser = o.value(QStringLiteral("login_user")).toString();
    c.insecure = o.value(QStringLiteral("insecure")).toBool();
    c.identityFile = o.value(QStringLiteral("identity_file")).toString();
    return c;
}

Status validateSourceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,62}$"));
    if (!re.match(name).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("The source name \"%1\" is not allowed: start with a letter; use letters, digits, _ and - "
                        "(it becomes the first part of workspace names and ssh aliases).")
                         .arg(printable(name, 60)));
    if (name == QLatin1String("ssh") || name == QLatin1String("local"))
        return Error(ErrorCode::AlreadyExists, tr("\"%1\" is the name of a built-in source.").arg(name));
    return {};
}

ListAllJob::ListAllJob(QList<Source *> sources, QObject *parent)
    : Job(parent)
    , m_sources(std::move(sources))
{
}

void ListAllJob::run()
{
    m_pending = int(m_sources.size());
    if (m_pending == 0) {
        finish();
        return;
    }
    for (Source *s : m_sources) {
        ListJob *job = s->list();
        const QString name = s->name();
        connect(job, &Job::finished, this, [this, job, name] {
            if (job->failed())
                m_errors.insert(name, job->error());
            else
                m_workspaces += workspacesettings::apply(job->workspaces());
            if (--m_pending == 0)
                finish();
        });
        job->start();
    }
}

SourceRegistry::SourceRegistry(QObject *parent)
    : QObject(parent)
{
    static const bool kindsRegistered = [] {
        KnotSource::registerKind();
        JupyterHubSource::registerKind();
        return true;
    }();
    Q_UNUSED(kindsRegistered);
    m_sources << new SshConfigSource(this) << new SandboxSource(this);
    const QJsonArray arr = readJsonObject(configPath()).value(QStringLiteral("sources")).toArray();
    for (const auto &v : arr) {
        const SourceConfig c = SourceConfig::fromJson(v.toObject());
        m_configs << c;
        const auto it = factories().constFind(c.kind);
        if (it == factories().constEnd()) {
            qCWarning(lcCommon) << "unknown source kind" << c.kind << "for" << c.name;
            continue;
        }
        m_sources << (*it)(c, this);
    }
}

void SourceRegistry::registerKind(const QString &kind, Factory factory)
{
    factories().insert(kind, std::move(factory));
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

QString SourceRegistry::configPath()
{
    return QDir(paths::configDir()).filePath(QStringLiteral("sources.json"));
}

QString SourceRegistry::cachePath()
{
    return QDir(paths::stateDir()).filePath(QStringLiteral("workspaces.json"));
}

Status SourceRegistry::save() const
{
    QJsonArray arr;
    for (const auto &c : m_configs)
        arr.append(c.toJson());
    return writeJsonObject(configPath(), QJsonObject { { QStringLiteral("sources"), arr } });
}

Status SourceRegistry::validate(const SourceConfig &c)
{
    if (auto ok = validateSourceName(c.name); !ok)
        return ok;
    if (!factories().contains(c.kind))
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
    return {};
}

Status SourceRegistry::add(const SourceConfig &c)
{
    if (auto ok = validate(c); !ok)
        return ok;
    if (find(c.name) || config(c.name))
        return Error(ErrorCode::AlreadyExists, tr("A source named %1 exists already; remove it first.").arg(c.name));
    m_configs << c;
    m_sources << factories().value(c.kind)(c, this);
    return save();
}

Status SourceRegistry::setIdentity(const QString &name, const QString &identityFile)
{
    for (SourceConfig &c : m_configs) {
        if (c.name != name)
            continue;
        c.identityFile = identityFile;
        return save();
    }
    return Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(name, 60)));
}

Source *SourceRegistry::create(const SourceConfig &config, QObject *parent)
{
    const auto it = factories().constFind(config.kind);
    return it == factories().constEnd() ? nullptr : (*it)(config, parent);
}

Status SourceRegistry::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_configs.size(); ++i) {
        if (m_configs[i].name != name)
            continue;
        m_configs.removeAt(i);
        if (Source *s = find(name)) {
            m_sources.removeOne(s);
            s->deleteLater();
        }
        return save();
    }
    return Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(name, 60)));
}

ListAllJob *SourceRegistry::listAll(const QStringList &only)
{
    QList<Source *> chosen;
    for (Source *s : m_sources)
        if (only.isEmpty() || only.contains(s->name()))
            chosen << s;
    auto *job = new ListAllJob(chosen, this);
    job->start();
    return job;
}

QList<Workspace> SourceRegistry::cached()
{
    QList<Workspace> out;
    for (const auto &v : readJsonObject(cachePath()).value(QStringLiteral("workspaces")).toArray())
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
    return writeJsonObject(cachePath(), QJsonObject { { QStringLiteral("workspaces"), arr } });
}

std::pair<QString, QString> SourceRegistry::splitId(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return { QString(), id };
    return { id.left(dot), id.mid(dot + 1) };
}

} // namespace keyport
