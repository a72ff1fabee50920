#include "generatekeydialog.h"

#include "common/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace keyport {

GenerateKeyDialog::GenerateKeyDialog(int defaultAgentMinutes, QSet<QString> existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(tr("Generate a key"));
    setAccessibleName(tr("Generate a key"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Key file name"));
    // The first free conventional name.
    QString name = QStringLiteral("id_ed25519");
    for (int i = 2; m_existing.contains(name); ++i)
        name = QStringLiteral("id_ed25519_%1").arg(i);
    m_name->setText(name);
    form->addRow(tr("&Name:"), m_name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Key type"));
    m_type->addItem(tr("Ed25519 (recommended)"), QStringLiteral("ed25519"));
    m_type->addItem(tr("ECDSA P-256"), QStringLiteral("ecdsa"));
    m_type->addItem(tr("RSA 3072"), QStringLiteral("rsa3072"));
    m_type->addItem(tr("RSA 4096"), QStringLiteral("rsa4096"));
    form->addRow(tr("&Type:"), m_type);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setText(paths::userName() + QLatin1Char('@') + QHostInfo::localHostName());
    form->addRow(tr("&Comment:"), m_comment);
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_pass);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    form->addRow(tr("&Repeat:"), m_repeat);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setWordWrap(true);
    form->addRow(QString(), m_strength);
    m_remember = new QCheckBox(tr("Remember the passphrase in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    auto *agentRow = new QHBoxLayout;
    m_agent = new QCheckBox(tr("Add to the agent for"), this);
    m_agent->setObjectName(QStringLiteral("addToAgent"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("agentMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(defaultAgentMinutes > 0 ? defaultAgentMinutes : 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes in the agent"));
    agentRow->addWidget(m_agent);
    agentRow->addWidget(m_minutes);
    agentRow->addStretch();
    form->addRow(QString(), agentRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    form->addRow(QString(), m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { m_name, m_pass, m_repeat })
        connect(e, &QLineEdit::textChanged, this, &GenerateKeyDialog::validate);
    connect(m_agent, &QCheckBox::toggled, this, &GenerateKeyDialog::validate);
    validate();
}

QString GenerateKeyDialog::strengthHint(const QString &p)
{
    if (p.isEmpty())
        return tr("No passphrase: anyone who gets a copy of the file can use the key.");
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : p) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const int words = int(p.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (p.size() < 8)
        return tr("Weak: use at least 12 characters, or a few unrelated words.");
    if (p.size() >= 20 || (words >= 4 && p.size() >= 16) || (p.size() >= 14 && classes >= 3))
        return tr("Strong.");
    if (p.size() >= 12 && classes >= 2)
        return tr("Good.");
    return tr("Fair: longer is better; a few unrelated words are easy to type and hard to guess.");
}

void GenerateKeyDialog::validate()
{
    m_strength->setText(strengthHint(m_pass->text()));
    m_remember->setEnabled(!m_pass->text().isEmpty());
    m_minutes->setEnabled(m_agent->isChecked());
    QString problem;
    if (auto path = KeyStore().pathForNewKey(m_name->text(), &m_existing); !path)
        problem = path.error().message;
    else if (m_pass->text() != m_repeat->text())
        problem = tr("The passphrases do not match.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString GenerateKeyDialog::name() const
{
    return m_name->text();
}

GenerateOptions GenerateKeyDialog::options() const
{
    GenerateOptions o;
    const QString type = m_type->currentData().toString();
    if (type == QLatin1String("ecdsa")) {
        o.algorithm = KeyAlgorithm::EcdsaP256;
    } else if (type.startsWith(QLatin1String("rsa"))) {
        o.algorithm = KeyAlgorithm::Rsa;
        o.bits = type.mid(3).toInt();
    }
    o.comment = m_comment->text();
    o.passphrase = m_pass->text().toUtf8();
    return o;
}

bool GenerateKeyDialog::remember() const
{
    return !m_pass->text().isEmpty() && m_remember->isChecked();
}

std::optional<int> GenerateKeyDialog::agentMinutes() const
{
    return m_agent->isChecked() ? std::optional<int>(m_minutes->value()) : std::nullopt;
}

} // namespace keyport
