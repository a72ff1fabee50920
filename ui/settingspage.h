#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace keyport {

class AppContext;
class ErrorBanner;

// Settings: terminal (detected or a custom template), editor, default key,
// agent lifetime, ssh config integration (diff shown before writing), agent
// forwarding default, language, closing behaviour. Changes apply at once.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(AppContext *context, QWidget *parent = nullptr);
    ErrorBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void load();

private:
    void setIntegration(bool on);
    void save();
    void showEditorFound();

    AppContext *m_context;
    ErrorBanner *m_banner;
    QComboBox *m_terminal;
    QLineEdit *m_template;
    QComboBox *m_editor;
    QLabel *m_editorFound;
    QComboBox *m_key;
    QSpinBox *m_lifetime;
    QSpinBox *m_transfersAtOnce;
    QCheckBox *m_confirm;
    QCheckBox *m_integration;
    QCheckBox *m_forwarding;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QCheckBox *m_keepProxies;
    bool m_loading = false;
};

} // namespace keyport
