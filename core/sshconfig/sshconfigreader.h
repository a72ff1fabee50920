#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QList>
#include <QStringList>

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
    QString proxyJump;
    QString proxyCommand;
    QString file; // where the Host line is
    int line = 0;
};

// Reads ~/.ssh/config (or any file) the way OpenSSH does, as far as listing
// hosts needs: Include (globs, ~, paths relative to ~/.ssh), Host and Match
// blocks, quoted arguments, `key=value`, comments and CRLF line ends. Match
// blocks cannot be evaluated without connecting: their options are ignored.
class SshConfigReader {
    // tr() in this class translates in context "keyport::SshConfigReader", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::SshConfigReader)

public:
    explicit SshConfigReader(QString sshDir = {});

    // Files to leave out (Keyport's own managed config).
    void setIgnoredFiles(const QStringList &paths) { m_ignored = paths; }

    Status read(const QString &path);
    // Concrete aliases (no wildcards, no negations), in file order.
    QList<SshConfigHost> hosts() const;
    QStringList warnings() const { return m_warnings; }

    // Splits one line into keyword and arguments (quotes removed); empty
    // keyword for blank and comment lines. Exposed for tests.
    static bool splitLine(const QString &line, QString *keyword, QStringList *args, QString *error);
    static bool patternMatches(const QString &pattern, const QString &host);

private:
    struct Entry {
        QString keyword; // lower case
        QStringList args;
    };
    struct Block {
        QStringList patterns; // empty for the global section
        bool isMatch = false;
        QString file;
        int line = 0;
        QList<Entry> entries;
    };
    Status readFile(const QString &path, int depth, int blockIndex);
    QStringList expandInclude(const QString &arg) const;

    QString m_sshDir;
    QStringList m_ignored;
    QList<Block> m_blocks;
    QStringList m_warnings;
};

} // namespace keyport
