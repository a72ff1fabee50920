#pragma once

#include "identity/publickey.h"

#include <QDialog>

namespace keyport {

// First contact: shows the fingerprint the server offered and asks whether
// to trust (pin) it. A changed key: a blocking warning that explains what
// may be happening and what to check; it offers no way to connect.
class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    // A first-seen key: accept() means "trust and pin".
    static HostKeyDialog *unknownKey(const QString &workspace, const PublicKey &offered, QWidget *parent);
    // A key that differs from the pinned one; `detail` names both and the pin file.
    static HostKeyDialog *changedKey(const QString &workspace, const std::optional<PublicKey> &offered,
                                     const QString &detail, QWidget *parent);
    bool isWarning() const { return m_warning; }

private:
    HostKeyDialog(QWidget *parent, bool warning);
    bool m_warning;
};

} // namespace keyport
