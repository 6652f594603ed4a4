#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
const char* const kAddressKey = "server/address";
const char* const kUserKey = "server/user";
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Anslut till gemensamt register"));
    const QSettings settings;
    m_address->setText(settings.value(QLatin1String(kAddressKey)).toString());
    m_address->setPlaceholderText(tr("postgresql://server.kommun.se/sakra"));
    m_address->setToolTip(tr("Serverns adress som en libpq-adress (postgresql://värd/databas) eller som "
                             "host=… dbname=…"));
    m_user->setText(settings.value(QLatin1String(kUserKey)).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Lämna tomt om servern känner igen dig via kommunens inloggning."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Adress:"), m_address);
    form->addRow(tr("A&nvändare:"), m_user);
    form->addRow(tr("&Lösenord:"), m_password);
    auto* note = new QLabel(tr("Du ser och ändrar det som dina behörigheter i registret omfattar. Lösenordet "
                               "sparas inte."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Anslut"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings settings;
        settings.setValue(QLatin1String(kAddressKey), address());
        settings.setValue(QLatin1String(kUserKey), user());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
    (m_address->text().isEmpty() ? m_address : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    resize(520, sizeHint().height());
}

QString ConnectDialog::address() const
{
    return m_address->text().trimmed();
}

QString ConnectDialog::user() const
{
    return m_user->text().trimmed();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
    m_password->clear();
    m_password->setFocus();
}

void ConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!address().isEmpty());
}

} // namespace sakra::gui
