#include "errorbanner.h"

#include "common/job.h"
#include "common/jsonfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace keyport {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_detail(new QPlainTextEdit(this))
    , m_open(new QToolButton(this))
    , m_moveAside(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    auto *row = new QHBoxLayout;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Message text"));
    m_details->setText(tr("Details"));
    m_details->setCheckable(true);
    m_details->setAccessibleName(tr("Show details"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy message"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss message"));
    m_open->setText(tr("Open the file"));
    m_open->setObjectName(QStringLiteral("openFile"));
    m_open->setAccessibleName(tr("Open the file in its default application"));
    m_moveAside->setText(tr("Move it aside and start afresh"));
    m_moveAside->setObjectName(QStringLiteral("moveAside"));
    m_moveAside->setAccessibleName(tr("Move the file aside and start it afresh"));
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_open);
    row->addWidget(m_moveAside);
    row->addWidget(m_details);
    row->addWidget(m_copy);
    row->addWidget(close);
    outer->addLayout(row);
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(110);
    m_detail->setAccessibleName(tr("Technical details"));
    m_detail->hide();
    outer->addWidget(m_detail);
    connect(m_details, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    connect(m_copy, &QToolButton::clicked, this, &ErrorBanner::copy);
    connect(close, &QToolButton::clicked, this, &ErrorBanner::clear);
    connect(m_open, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_moveAside, &QToolButton::clicked, this, &ErrorBanner::moveFileAside);
    m_open->hide();
    m_moveAside->hide();
    hide();
}

void ErrorBanner::moveFileAside()
{
    const QString path = m_path;
    m_moveAside->setEnabled(false);
    startJob(new TaskJob<QString>([path] { return moveAside(path); }, this), this,
             [this, path](TaskJob<QString> *moved) {
                 m_moveAside->setEnabled(true);
                 if (moved->failed()) {
                     showError(moved->error());
                     return;
                 }
                 showNote(tr("Moved %1 aside to %2, where nothing of it is lost; Keyport starts that file afresh.")
                              .arg(path, moved->value()));
                 Q_EMIT movedAside(path, moved->value());
             });
}

void ErrorBanner::showError(const Error &error)
{
    if (!error.isError()) {
        clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setText(error.message);
    m_detail->setPlainText(error.detail);
    m_details->setChecked(false);
    m_details->setVisible(!error.detail.isEmpty());
    m_copy->show();
    // A file of Keyport's that cannot be read: offer the ways forward.
    m_path = error.code == ErrorCode::BadFormat ? error.path : QString();
    m_open->setVisible(!m_path.isEmpty());
    m_moveAside->setVisible(!m_path.isEmpty());
    m_error = true;
    show();
}

void ErrorBanner::showNote(const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text->setText(text);
    m_detail->clear();
    m_details->setChecked(false);
    m_details->hide();
    m_copy->hide();
    m_path.clear();
    m_open->hide();
    m_moveAside->hide();
    m_error = false;
    show();
}

void ErrorBanner::clearError()
{
    if (m_error)
        clear();
}

void ErrorBanner::clear()
{
    m_text->clear();
    m_detail->clear();
    m_path.clear();
    hide();
}

QString ErrorBanner::message() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

void ErrorBanner::copy()
{
    QString text = m_text->text();
    if (!m_detail->toPlainText().isEmpty())
        text += QStringLiteral("\n\n") + m_detail->toPlainText();
    QApplication::clipboard()->setText(text);
}

} // namespace keyport
