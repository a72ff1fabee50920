#pragma once

#include "workspace/addsourcejob.h"

namespace keyport {

// Imports the connections of knot's own client config (knot.toml) as knot
// sources, one after the other, each through AddSourceJob (so each is tested
// before it is stored). Fails only when the file cannot be read or holds no
// connections; how each connection went is in results().
class KnotImportJob : public Job {
    Q_OBJECT
public:
    struct Outcome {
        SourceConfig config;
        Error error; // none: imported
    };
    KnotImportJob(SourceRegistry *registry, QString path, QObject *parent = nullptr);
    const QList<Outcome> &results() const { return m_results; }
    bool anyFailed() const;

protected:
    void run() override;

private:
    void next();
    SourceRegistry *m_registry;
    QString m_path;
    QList<std::pair<SourceConfig, QByteArray>> m_pending;
    QList<Outcome> m_results;
};

} // namespace keyport
