#pragma once

#include <QObject>

class QLocalServer;

namespace keyport {

// One Keyport per user session: the first instance listens on a local
// socket; later ones hand it their keyport:// link (or just "show") and exit.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString name = {}, QObject *parent = nullptr);

    // True when another instance took `message`; this one should exit.
    bool forwardToRunning(const QString &message);
    // Starts listening (the first instance).
    bool listen();
    QString name() const { return m_name; }

Q_SIGNALS:
    void messageReceived(const QString &message);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace keyport
