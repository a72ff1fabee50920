#include "errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyport {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_detail(new QPlainTextEdit(this))
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
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
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
    hide();
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
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    m_detail->clear();
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
