#include "hostkeydialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyport {

HostKeyDialog::HostKeyDialog(QWidget *parent, bool warning)
    : QDialog(parent)
    , m_warning(warning)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
}

namespace {

QLabel *wrapped(const QString &html, QWidget *parent, const QString &accessibleName)
{
    auto *l = new QLabel(html, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAccessibleName(accessibleName);
    return l;
}

} // namespace

HostKeyDialog *HostKeyDialog::unknownKey(const QString &workspace, const PublicKey &offered, QWidget *parent)
{
    auto *d = new HostKeyDialog(parent, false);
    d->setWindowTitle(tr("Trust %1?").arg(workspace));
    d->setAccessibleName(tr("New host key"));
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(wrapped(tr("<h3>First connection to %1</h3>"
                                 "<p>Keyport has not seen this server before. It offered this host key:</p>")
                                  .arg(workspace.toHtmlEscaped()),
                              d, tr("Explanation")));
    auto *fp = wrapped(
        QStringLiteral("<p style='font-family:monospace; font-size:large'>%1<br>%2</p>")
            .arg(algorithmDisplayName(offered.algorithm()).toHtmlEscaped(), offered.fingerprint().toHtmlEscaped()),
        d, tr("Fingerprint"));
    fp->setObjectName(QStringLiteral("fingerprint"));
    layout->addWidget(fp);
    layout->addWidget(wrapped(tr("If whoever runs the workspace published its fingerprint, compare it now. Trusting "
                                 "pins this key: Keyport and ssh will refuse a different one later."),
                              d, tr("Advice")));
    auto *buttons = new QDialogButtonBox(d);
    auto *trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(buttons);
    return d;
}

HostKeyDialog *HostKeyDialog::changedKey(const QString &workspace, const std::optional<PublicKey> &offered,
                                         const QString &detail, QWidget *parent)
{
    auto *d = new HostKeyDialog(parent, true);
    d->setWindowTitle(tr("The host key of %1 changed").arg(workspace));
    d->setAccessibleName(tr("Host key changed"));
    auto *layout = new QVBoxLayout(d);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(d);
    icon->setPixmap(d->style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(wrapped(tr("<h3>Keyport did not connect to %1</h3>"
                              "<p>The server offered a different host key from the one pinned when you first "
                              "connected. Either the workspace was rebuilt or moved and got a new key, or "
                              "something between you and it is pretending to be it.</p>")
                               .arg(workspace.toHtmlEscaped()),
                           d, tr("Warning")),
                   1);
    layout->addLayout(row);
    if (offered)
        layout->addWidget(wrapped(tr("<p>Offered now: <tt>%1 %2</tt></p>")
                                      .arg(algorithmDisplayName(offered->algorithm()).toHtmlEscaped(),
                                           offered->fingerprint().toHtmlEscaped()),
                                  d, tr("Offered fingerprint")));
    auto *det = wrapped(QStringLiteral("<p><small>%1</small></p>").arg(detail.toHtmlEscaped()), d, tr("Details"));
    det->setObjectName(QStringLiteral("detail"));
    layout->addWidget(det);
    layout->addWidget(wrapped(tr("<p><b>What to check:</b> ask whoever runs the workspace whether it was rebuilt "
                                 "and what its new fingerprint is. Only when it matches, replace the pin with "
                                 "<tt>keyport-cli trust %1 --replace</tt>. Until then, do not type passwords or "
                                 "copy secrets to it.</p>")
                                  .arg(workspace.toHtmlEscaped()),
                              d, tr("What to check")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    layout->addWidget(buttons);
    return d;
}

} // namespace keyport
