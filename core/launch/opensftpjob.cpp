#include "opensftpjob.h"

#include "common/log.h"
#include "launch/sshcommand.h"
#include "session/sftpclient.h"

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
    m_client = SftpClient::overProcess(argv, this);
    connect(m_client, &SftpClient::ready, this, [this] { finish(); });
    connect(m_client, &SftpClient::failed, this, [this](const Error &e) {
        finish(Error(e.code, tr("Cannot open the files of %1: %2").arg(m_workspace.id(), e.message), e.detail));
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
