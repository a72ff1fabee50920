#include "opensftpjob.h"

#include "common/log.h"
#include "launch/sshcommand.h"
#include "session/sftpclient.h"
#include "transport/stream.h"

namespace keyport {

OpenSftpJob::OpenSftpJob(SourceRegistry *registry, LaunchRequest request, LaunchQuestions *questions, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_request(std::move(request))
    , m_questions(questions)
{
    m_request.action = LaunchRequest::Action::Prepare;
}

void OpenSftpJob::run()
{
    Q_EMIT progress(tr("Preparing %1…").arg(m_request.workspaceId));
    follow(new LaunchJob(m_registry, m_request, m_questions, this), [this](LaunchJob *launch) {
        m_workspace = launch->workspace();
        m_notes = launch->notes();
        if (launch->failed())
            return finish(launch->error());
        openSession();
    });
}

void OpenSftpJob::openSession()
{
    const QStringList argv = sshcommand::sftpArgv(m_workspace, m_request.cliPath);
    qCInfo(lcSftp) << "opening an SFTP session to" << m_workspace.id();
    Q_EMIT progress(tr("Opening the files of %1…").arg(m_workspace.id()));
    auto *stream = new ProcessStream(argv.first(), argv.mid(1), nullptr, true);
    m_client = new SftpClient(stream, this);
    connect(m_client, &SftpClient::ready, this, [this] { finish(); });
    connect(m_client, &SftpClient::failed, this, [this, stream = QPointer<ProcessStream>(stream)](const Error &e) {
        // ssh's own words (on stderr) say why far better than an exit code.
        const QStringList tail =
            stream ? stream->errorTail().split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
        const QString why = tail.isEmpty() ? QString() : tail.last();
        Error error(ErrorCode::Network,
                    tr("Cannot open the files of %1: %2").arg(m_workspace.id(), why.isEmpty() ? e.message : why),
                    e.detail);
        const QString all = tail.join(QLatin1Char(' '));
        if (all.contains(QLatin1String("Host key verification failed")))
            error.message = tr("Cannot open the files of %1: its host key is not the pinned one, or not pinned yet. "
                               "Connect once to see and trust it.")
                                .arg(m_workspace.id());
        else if (all.contains(QLatin1String("subsystem request failed")))
            error.message = tr("Cannot open the files of %1: its SSH server offers no SFTP (no `Subsystem sftp`).")
                                .arg(m_workspace.id());
        finish(error);
    });
    m_client->start();
}

void OpenSftpJob::abort()
{
    if (m_client)
        m_client->close();
}

SftpClient *OpenSftpJob::takeClient(QObject *owner)
{
    if (!m_client || failed())
        return nullptr;
    m_client->disconnect(this);
    m_client->setParent(owner);
    return m_client;
}

} // namespace keyport
