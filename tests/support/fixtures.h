#pragma once

// Shared test fixtures: a temp HOME, and real peers (OpenSSH sshd, ssh-agent,
// gnome-keyring's Secret Service in a private D-Bus session). Each peer runs
// as the user running the tests and touches nothing outside its temp dir.

#include "model/workspace.h"
#include "session/sftpworker.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace keyport::test {

// True in CI (the CI variable is set), where a missing tool fails the test.
bool inCi();
QString findTool(const QString &name);

// Skips on a developer machine that lacks `tool`; fails in CI.
#define KEYPORT_REQUIRE_TOOL(tool)                                                                                     \
    do {                                                                                                               \
        if (keyport::test::findTool(QStringLiteral(tool)).isEmpty()) {                                                 \
            if (keyport::test::inCi())                                                                                 \
                QFAIL("required tool missing in CI: " tool);                                                           \
            QSKIP("tool not installed: " tool " (run tools/dev test to install everything)");                          \
        }                                                                                                              \
    } while (0)

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
    QString describe() const; // for failure messages
};

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &input = {},
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000, bool closeStdin = true);
// Runs the built keyport-cli with this process's environment.
ProcessResult runCli(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QString cliPath();
// Runs the system ssh with `-F config -o BatchMode=yes` and the given arguments.
ProcessResult runSsh(const QString &config, const QStringList &args, const QByteArray &input = {});
// Reads a running process's stdout until `marker` appears (or the time is up); returns what was read.
QByteArray readUntil(QProcess &process, const QByteArray &marker, int timeoutMs = 15000);
// QStringList from string literals: args({"keys", "list"}).
QStringList args(std::initializer_list<const char *> list);
// A whole file (empty when it cannot be read), and writing one (making its folder).
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
// A peer's control endpoints (/_peer/...): GET a JSON object (empty when it
// does not answer), POST with no body (false when it does not answer).
QJsonObject peerGet(const QString &url);
bool peerPost(const QString &url);
// `ssh-keygen -q -t ed25519 -N '' -f path`: true when it made the key.
bool makeKeyWithSshKeygen(const QString &path);
// Signs `publicKeyPath` (a .pub) with the CA key at `caKey` as `ssh-keygen -s`
// does (key id "test"; `extra`: -z SERIAL, -V INTERVAL, -I ID ...) and
// returns the certificate line it wrote next to it, or empty on failure.
QByteArray signWithSshKeygen(const QString &caKey, const QString &publicKeyPath, const QString &principals,
                             const QStringList &extra = {});
// Starts tests/peers/knotpeer with `args` and returns the port it listens on (0: it did not start).
quint16 startKnotPeer(QProcess &peer, const QString &program, const QStringList &args);

// `keyport-cli sandbox start`, then `trust local.sandbox --yes` (the launch
// pipeline's host-key step, as the app's buttons run it first): empty on
// success, else what failed.
QString startTrustedSandbox();
class TempHome;
// A test case's own HOME with the sandbox started and trusted there, and
// reached without an agent and, unless the test brings a bus of its own,
// without a keyring; the sandbox stops when it goes.
class SandboxHome {
public:
    enum class Bus { None, Own };
    ~SandboxHome();
    // Empty on success, else what failed.
    QString start(Bus bus = Bus::None);
    QString path() const;
    QString sshDir() const;

private:
    std::unique_ptr<TempHome> m_home;
};
// The files a round trip test copies (columns "name" and "size"): empty,
// one byte, past a buffer's edge, large, and a name of spaces and non-ASCII.
void addRoundTripRows();
// A workspace as `keyport-cli workspaces list --json` gives it (a test's own
// Qt paths are not the CLI's, so its cache is not read here); an invalid one
// (empty id) when it is not listed.
Workspace listedWorkspace(const QString &id);
// An SFTP session (SftpWorker) on a listed workspace, ready; null when it
// did not get ready.
std::unique_ptr<SftpWorker> readySftpWorker(const QString &id = QStringLiteral("local.sandbox"));
// Kills the sandbox sshd of the test HOME `home` (only it: the pattern names
// that HOME), its sessions first so that none can finish; false when it
// was not running.
bool killSandboxSshd(const QString &home);

// Files, for the copy tests: a file's sha256 in hex (empty when it cannot be
// read), random contents of a size, a modification time set and read.
QByteArray sha256Of(const QString &path);
bool writeRandomFile(const QString &path, qint64 size);
bool setMtime(const QString &path, qint64 seconds);
qint64 mtimeOf(const QString &path);
// `count` small files (distinct contents, names with spaces) in 20 folders
// under `root`, each with the modification time `mtime`.
bool writeSmallTree(const QString &root, int count, qint64 mtime);

// `keyport-cli cp` of `source` (a file, or a folder with -r) up into
// `workspace:remoteDir`, then down again into `localDir` (another folder than
// the source's); remoteDir is a path
// on this machine (the test's sshd is local), so both copies are compared
// with the source here: the same bytes (sha256) and modification time of
// every file, the same set of files, and no part file left on either side.
// Empty when all that holds, else what did not.
QString cpRoundTrip(const QString &workspace, const QString &source, const QString &remoteDir, const QString &localDir);

// A transfer whose connection dies in the middle: `keyport-cli cp` between
// `localFile` and `workspace:remoteFile` (both paths on this machine; the
// source must exist), `dropFarEnd` called once the part file holds `dropAfter`
// bytes. Then: exit 1 with one line that says the connection was lost, names
// the part file and says to resume; no target; the part file (once it stops
// growing) a prefix of the source. `restore` is called (the far end back), and `cp --resume` must make
// the target identical with no part file left. Empty when all that holds.
struct DroppedCopy {
    QString workspace;
    QString localFile;
    QString remoteFile;
    bool upload = true;
    qint64 dropAfter = 8 << 20;
    std::function<void()> dropFarEnd;
    std::function<void()> restore;
};
QString cpDroppedThenResumed(const DroppedCopy &copy);

// A temporary HOME (and XDG dirs under it) for this test process, with
// QStandardPaths' test mode on. Restores nothing: one per test process.
class TempHome {
public:
    TempHome();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString sshDir() const;
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
};

// SIGTERM, then SIGKILL after five seconds.
void stopProcess(QProcess *process);

// A stand-in program `name` in `dir` that records its arguments (one per
// line) instead of running (a terminal, an editor); recordedArgs() reads them.
bool writeRecordingStub(const QString &dir, const QString &name);
QStringList recordedArgs(const QString &dir, const QString &name);

// A free TCP port on 127.0.0.1 (bound and released).
quint16 freeLoopbackPort();

// OpenSSH sshd on 127.0.0.1:<free port>, its own host key and an
// authorized_keys file the test controls.
class SshServer {
public:
    ~SshServer();
    // Returns an empty string on success, else why it could not start.
    QString start();
    void stop();
    quint16 port() const { return m_port; }
    QString user() const;
    QString dir() const { return m_dir.path(); }
    QString hostKeyPublicPath() const { return m_dir.filePath(QStringLiteral("ssh_host_ed25519_key.pub")); }
    // Before start(): read keys from this file instead (e.g. a user's ~/.ssh/authorized_keys).
    void setAuthorizedKeysFile(const QString &path) { m_authorizedKeys = path; }
    // Before start(): more sshd_config lines (TrustedUserCAKeys, ...).
    void setExtraConfig(const QString &lines) { m_extraConfig = lines; }
    void authorize(const QByteArray &publicKeyLine);
    void clearAuthorized();
    QByteArray log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
    QString m_authorizedKeys;
    QString m_extraConfig;
};

// OpenSSH ssh-agent on a temp socket; start() exports SSH_AUTH_SOCK.
class SshAgentProcess {
public:
    ~SshAgentProcess();
    QString start(const QProcessEnvironment &extraEnv = {});
    void stop();
    QString socket() const { return m_dir.filePath(QStringLiteral("agent.sock")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proc;
};

// gnome-keyring's Secret Service, unlocked, in a private dbus-run-session;
// start() exports DBUS_SESSION_BUS_ADDRESS. Start it before any keychain use:
// the bus address is read once per process.
class SecretService {
public:
    ~SecretService();
    QString start();
    void stop();
    QString busAddress() const { return m_address; }

private:
    std::unique_ptr<QProcess> m_proc;
    QString m_address;
};

} // namespace keyport::test
