#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace keyport {

// A concrete host alias from ssh_config with the options that apply to it,
// resolved as ssh does: for each option the first value found wins, scanning
// every Host block whose patterns match (wildcards like `Host *` included).
struct SshConfigHost {
    QString alias;
    QString hostName; // empty: the alias itself
    QString user;
    int port = 0; // 0: not set (22)
    QStringList identityFiles;
    QString proxyJump; // at most one of proxyJump and proxyCommand is set, as in ssh
    QString proxyCommand;
    QString file; // where the Host line is
    int line = 0;
};

// Reads `path` if it is a regular file of at most `maxSize` bytes; nullopt
// when it does not exist. Anything else is refused before a byte is read, so
// nothing blocks (a FIFO nobody writes to) or reads forever (/dev/zero):
// directories, FIFOs, devices and sockets are BadFormat errors naming the file
// and what it is; a file that cannot be opened is PermissionDenied (or Io).
Result<std::optional<QByteArray>> readRegularFile(const QString &path, qint64 maxSize);

// Reads ~/.ssh/config (or any file) the way OpenSSH does, as far as listing
// hosts needs: Include (globs as glob(3), ~, paths relative to ~/.ssh), Host
// and Match blocks, quoted arguments, `key=value`, comments and CRLF line
// ends. Match blocks cannot be evaluated without connecting: their options are
// ignored, and what they include is read as if it were outside them.
class SshConfigReader {
    // tr() in this class translates in context "keyport::SshConfigReader", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::SshConfigReader)

public:
    explicit SshConfigReader(QString sshDir = {});

    // Files to leave out (Keyport's own managed config).
    void setIgnoredFiles(const QStringList &paths) { m_ignored = paths; }

    // Errors are about `path` itself (NotFound when there is none); those
    // other than NotFound, and every Include that was skipped, are warnings.
    Status read(const QString &path);
    // Concrete aliases (no wildcards, no negations), in file order.
    QList<SshConfigHost> hosts() const;
    QStringList warnings() const { return m_warnings; }

    // Splits one line into keyword and arguments (quotes removed); empty
    // keyword for blank and comment lines. Exposed for tests.
    static bool splitLine(const QString &line, QString *keyword, QStringList *args, QString *error);
    // One pattern of a Host line as OpenSSH's match_pattern() tests it: `*`
    // and `?` are wildcards, everything else is literal, case matters.
    static bool patternMatches(const QString &pattern, const QString &host);

private:
    // Only the options hosts() resolves are kept: 10,000 hosts' other
    // options would cost memory and tell nothing.
    enum class Option { HostName, User, Port, IdentityFile, ProxyJump, ProxyCommand };
    struct Entry {
        Option option;
        QStringList args;
    };
    struct Block {
        QStringList patterns; // empty for the global section
        bool isMatch = false;
        QString file;
        int line = 0;
        // The Host block an Include was read under (-1: none). OpenSSH reads
        // such a file only for hosts that block matches, so its own blocks
        // apply only where this one does as well.
        int guard = -1;
        QList<Entry> entries;
    };
    struct Include {
        QString path;
        bool matchedByPattern = false;
    };
    Status readFile(const QString &path, int depth, int blockIndex, int guard);
    QList<Include> expandInclude(const QString &arg, const QString &where);

    QString m_sshDir;
    QStringList m_ignored;
    QList<Block> m_blocks;
    QStringList m_warnings;
    QStringList m_reading; // canonical paths of the files being read: the Include chain
    qint64 m_bytesRead = 0;
    int m_filesRead = 0;
    bool m_budgetSpent = false;
};

} // namespace keyport
