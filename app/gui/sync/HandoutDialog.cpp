#include "HandoutDialog.h"

#include "RegisterSession.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sakra::gui {

HandoutDialog::HandoutDialog(RegisterSession& session, QWidget* parent)
    : QDialog(parent), m_unit(named<UnitComboBox>(this, "handoutUnitCombo")),
      m_to(named<QLineEdit>(this, "handoutToEdit")), m_path(named<QLineEdit>(this, "handoutPathEdit")),
      m_message(named<QLabel>(this, "handoutMessage"))
{
    setObjectName(QStringLiteral("handoutDialog"));
    setWindowTitle(tr("Lämna ut del för arbete utan nätverk"));
    m_unit->load(session.reg());
    if (session.scopeUnitId() > 0)
        m_unit->setUnitId(session.scopeUnitId());
    m_to->setPlaceholderText(tr("t.ex. rektor Anna Berg, Vallaskolan"));
    auto* browse = named<QPushButton>(this, "handoutBrowseButton", tr("&Välj…"));

    auto* intro = new QLabel(
        tr("Enheten lämnas ut med allt under den (lokaler, personer, risker, åtgärder, händelser, "
           "utbildning, rutiner, larm) i en egen registerfil som öppnas i Säkra på platsen. Det som "
           "delen hänvisar till utanför enheten följer med men kan bara ändras här.\n\nNär filen kommer "
           "tillbaka: Arkiv › Ta emot del…. Ändringar här under tiden går bra; de jämförs fält för fält."),
        this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Enhet:"), m_unit);
    form->addRow(tr("&Lämnas till:"), m_to);
    form->addRow(tr("&Fil:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->addButton(tr("&Lämna ut"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("handoutOkButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &HandoutDialog::choosePath);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &HandoutDialog::proposePath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 340);
    proposePath();
}

qint64 HandoutDialog::unitId() const
{
    return m_unit->unitId();
}

QString HandoutDialog::handedTo() const
{
    return m_to->text().trimmed();
}

QString HandoutDialog::path() const
{
    return m_path->text().trimmed();
}

void HandoutDialog::proposePath()
{
    if (m_pathTyped)
        return;
    const QString unit = m_unit->currentText().section(QStringLiteral(" ("), 0, 0).trimmed();
    if (unit.isEmpty())
        return;
    QString name = tr("%1 utlämnad %2.sakra").arg(unit, QDate::currentDate().toString(Qt::ISODate));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
}

void HandoutDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Spara den utlämnade delen"), path(),
                                                        tr("Säkra-register (*.sakra)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(
        chosen.endsWith(QLatin1String(".sakra")) ? chosen : chosen + QStringLiteral(".sakra")));
    m_pathTyped = true;
}

void HandoutDialog::accept()
{
    if (unitId() == 0) {
        m_message->setText(tr("Välj enheten som lämnas ut bland förslagen som visas när du skriver."));
        m_unit->setFocus();
        return;
    }
    if (handedTo().isEmpty()) {
        m_message->setText(tr("Skriv vem som tar emot delen; det visas på enheten tills delen är tillbaka."));
        m_to->setFocus();
        return;
    }
    if (path().isEmpty() || QFileInfo::exists(path())) {
        m_message->setText(path().isEmpty() ? tr("Välj var filen ska sparas.")
                                            : tr("%1 finns redan; välj ett nytt filnamn.").arg(path()));
        m_path->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sakra::gui
