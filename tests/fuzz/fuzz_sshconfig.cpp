// ~/.ssh/config as the user (or a tool, or a sync) wrote it, with Includes.
// The input is split at lines "==>" into the config and the files it may
// include (a, b, c, conf.d/d); "/" and "~" become "_" so that an Include
// stays inside the scratch folder instead of reading the machine's files.

#include "fuzzsupport.h"

#include "sshconfig/sshconfigreader.h"

#include <QDir>

using namespace keyport;

KEYPORT_FUZZ_TARGET(sshconfig)
{
    QByteArray text = data.toByteArray();
    text.replace('/', '_').replace('~', '_');
    const QList<QByteArray> files = text.split('\0').first().split('\n');
    // Lines of "==>" start the next file.
    static const QStringList names { QStringLiteral("config"), QStringLiteral("a"), QStringLiteral("b"),
                                     QStringLiteral("c"), QStringLiteral("d.conf") };
    QList<QByteArray> contents(names.size());
    qsizetype file = 0;
    for (const QByteArray &line : files) {
        if (line.trimmed() == "==>" && file + 1 < names.size()) {
            ++file;
            continue;
        }
        contents[file] += line + '\n';
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        fuzz::writeScratch(names[i], contents[i]);

    SshConfigReader reader(fuzz::scratchDir());
    reader.read(QDir(fuzz::scratchDir()).filePath(QStringLiteral("config")));
    for (const SshConfigHost &h : reader.hosts()) {
        // Listed hosts are concrete: ssh could be asked for each by name.
        KEYPORT_FUZZ_CHECK(!h.alias.isEmpty());
        KEYPORT_FUZZ_CHECK(!h.alias.contains(QLatin1Char('*')) && !h.alias.contains(QLatin1Char('?'))
                           && !h.alias.startsWith(QLatin1Char('!')));
        KEYPORT_FUZZ_CHECK(h.proxyJump.isEmpty() || h.proxyCommand.isEmpty());
        KEYPORT_FUZZ_CHECK(h.port >= 0 && h.port <= 65535);
    }

    // The line splitter and the pattern matcher on their own, with the raw
    // bytes (slashes and all): the first line a pattern, the second a host.
    const QList<QByteArray> raw = data.toByteArray().split('\n');
    for (const QByteArray &line : raw) {
        QString keyword, error;
        QStringList args;
        if (SshConfigReader::splitLine(QString::fromUtf8(line), &keyword, &args, &error))
            KEYPORT_FUZZ_CHECK(keyword == keyword.toLower());
    }
    if (raw.size() >= 2) {
        const QString pattern = QString::fromUtf8(raw[0]), host = QString::fromUtf8(raw[1]);
        const bool matches = SshConfigReader::patternMatches(pattern, host);
        // Without wildcards a pattern is the name itself.
        if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
            KEYPORT_FUZZ_CHECK(matches == (pattern == host));
        KEYPORT_FUZZ_CHECK(SshConfigReader::patternMatches(QStringLiteral("*"), host));
    }
}
