#include "fuzzsupport.h"

#include "common/text.h"
#include "sshconfig/managedconfig.h"
#include "sshconfig/sshconfigreader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

namespace keyport::fuzz {

QString scratchDir()
{
    static QTemporaryDir dir;
    KEYPORT_FUZZ_CHECK(dir.isValid());
    return dir.path();
}

QString writeScratch(const QString &name, QByteArrayView data)
{
    const QString path = QDir(scratchDir()).filePath(name);
    QFile f(path);
    KEYPORT_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    KEYPORT_FUZZ_CHECK(f.write(data.data(), data.size()) == data.size());
    return path;
}

void checkRenderedBlocks(const QList<Workspace> &workspaces)
{
    static const QSet<QString> written { QStringLiteral("hostname"),       QStringLiteral("port"),
                                         QStringLiteral("proxyjump"),      QStringLiteral("proxycommand"),
                                         QStringLiteral("user"),           QStringLiteral("identityfile"),
                                         QStringLiteral("identitiesonly"), QStringLiteral("userknownhostsfile"),
                                         QStringLiteral("hostkeyalias"),   QStringLiteral("stricthostkeychecking"),
                                         QStringLiteral("forwardagent"),   QStringLiteral("certificatefile"),
                                         QStringLiteral("remotecommand"),  QStringLiteral("requesttty") };
    const ManagedSshConfig config(QStringLiteral("/usr/bin/keyport-cli"), scratchDir());
    for (const Workspace &w : workspaces) {
        auto block = config.renderBlock(w);
        if (!block)
            continue;
        const QStringList lines = block->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        KEYPORT_FUZZ_CHECK(!lines.isEmpty());
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString keyword, error;
            QStringList args;
            KEYPORT_FUZZ_CHECK(!hasControlCharacters(lines[i]));
            KEYPORT_FUZZ_CHECK(SshConfigReader::splitLine(lines[i], &keyword, &args, &error));
            if (i == 0) {
                KEYPORT_FUZZ_CHECK(keyword == QLatin1String("host"));
                KEYPORT_FUZZ_CHECK(args == QStringList { w.id() }); // the managed alias, always
                continue;
            }
            if (keyword.isEmpty())
                continue; // a comment
            if (keyword == QLatin1String("match")) {
                // Only the certificate renewal, last, for this alias alone.
                KEYPORT_FUZZ_CHECK(i == lines.size() - 1 && w.certified);
                KEYPORT_FUZZ_CHECK(args
                                   == QStringList({ QStringLiteral("originalhost"), w.id(), QStringLiteral("exec"),
                                                    QStringLiteral("/usr/bin/keyport-cli certificate ") + w.id() }));
                continue;
            }
            KEYPORT_FUZZ_CHECK(written.contains(keyword));
            KEYPORT_FUZZ_CHECK(!seen.contains(keyword));
            seen.insert(keyword);
            // ProxyCommand is a command line (ssh hands it to a shell); every
            // other option Keyport writes is one word.
            KEYPORT_FUZZ_CHECK(keyword == QLatin1String("proxycommand") || args.size() == 1);
        }
    }
}

} // namespace keyport::fuzz
