#pragma once

#include "agentclient.h"
#include "keystore.h"

#include "common/job.h"

#include <optional>

namespace keyport {

// Makes a new key in ~/.ssh, then (when asked) remembers its passphrase in
// the keychain and loads it into the agent: the flow behind `keys generate`
// and the Generate dialog. The key exists once generation succeeded; a later
// step that fails says so in its error without undoing the key.
class GenerateKeyJob : public Job {
    Q_OBJECT
public:
    struct Options {
        GenerateOptions key;
        bool remember = false; // the passphrase, in the OS keychain
        std::optional<AgentConstraints> addToAgent;
    };
    GenerateKeyJob(QString name, Options options, QObject *parent = nullptr);
    ~GenerateKeyJob() override;
    // Set once the key was written (also when a later step failed).
    const std::optional<KeyInfo> &key() const { return m_key; }
    bool remembered() const { return m_remembered; }
    bool addedToAgent() const { return m_added; }

protected:
    void run() override;

private:
    void remember();
    void addToAgent();
    QString m_name;
    Options m_options;
    std::optional<KeyInfo> m_key;
    bool m_remembered = false;
    bool m_added = false;
};

} // namespace keyport
