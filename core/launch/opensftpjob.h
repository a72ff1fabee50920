#pragma once

#include "common/job.h"
#include "launch/launchjob.h"

#include <QPointer>

namespace keyport {

class SftpClient;

// The Files view's and `keyport-cli ls/cp`'s way in: the launch pipeline
// (Action::Prepare: the workspace started, key in the agent, certificate,
// managed config, pinned host key, all with the same questions as Connect),
// then an SFTP session through OpenSSH with that config. A changed host key
// blocks files as it blocks a terminal.
class OpenSftpJob : public Job {
    Q_OBJECT

public:
    OpenSftpJob(SourceRegistry *registry, LaunchRequest request, LaunchQuestions *questions, QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    const QStringList &notes() const { return m_notes; }
    // After success: the ready session, parented to `owner` from then on.
    SftpClient *takeClient(QObject *owner);

protected:
    void run() override;
    void abort() override;

private:
    void openSession();

    SourceRegistry *m_registry;
    LaunchRequest m_request;
    LaunchQuestions *m_questions;
    Workspace m_workspace;
    QStringList m_notes;
    QPointer<SftpClient> m_client;
};

} // namespace keyport
