#pragma once

#include "common/job.h"

#include <optional>

namespace keyport {

// Secrets (key passphrases, later source tokens) live only in the OS keychain,
// through QtKeychain, under service "keyport" and a namespaced key. There is
// deliberately no plain-text fallback: without a keychain, callers ask each time.
class SecretJob : public Job {
    Q_OBJECT
public:
    enum class Mode { Read, Write, Delete };
    SecretJob(Mode mode, QString key, QByteArray secret = {}, QObject *parent = nullptr);
    ~SecretJob() override;

    // Read: the secret, or nullopt when the keychain has no entry ("not
    // found" is an answer, not an error).
    const std::optional<QByteArray> &secret() const { return m_secret; }

protected:
    void run() override;

private:
    void attempt();
    Mode m_mode;
    QString m_key;
    QByteArray m_input;
    std::optional<QByteArray> m_secret;
    bool m_retried = false;
};

namespace secrets {

inline constexpr char kService[] = "keyport";

// The keychain key of an SSH key's passphrase, by the key's fingerprint.
QString passphraseKey(const QString &fingerprint);

// Unstarted, as every job.
SecretJob *read(const QString &key, QObject *parent = nullptr);
SecretJob *write(const QString &key, const QByteArray &secret, QObject *parent = nullptr);
SecretJob *remove(const QString &key, QObject *parent = nullptr);

} // namespace secrets

} // namespace keyport
