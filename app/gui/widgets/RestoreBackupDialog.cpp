#include "RestoreBackupDialog.h"

#include "Register.h"
#include "RegisterFiles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sakra::gui {

RestoreBackupDialog::RestoreBackupDialog(const QString& registerPath, const QString& backupFolder,
                                         QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget), m_note(new QLabel)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Återställ från säkerhetskopia"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Gjord"), tr("Varför"), tr("Innehåll")});
    m_list->setAccessibleName(tr("Säkerhetskopior"));
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Registret ersätts med den kopia du väljer. Det nuvarande innehållet sparas först som en "
           "säkerhetskopia, så återställningen går att ångra på samma sätt.\n\nKopiorna finns i %1.")
            .arg(QDir::toNativeSeparators(backupFolder)));

    const QList<BackupStore::Entry> entries = BackupStore(backupFolder).list(registerPath);
    for (const BackupStore::Entry& e : entries) {
        QString contents;
        try {
            QStringList parts;
            for (const auto& [label, count] : BackupStore::summary(e.path))
                parts << tr("%1 %2", "a number and what it counts").arg(QLocale().toString(count), label);
            contents = parts.join(QStringLiteral(", "));
        } catch (const Error& error) {
            contents = tr("kan inte läsas: %1").arg(error.message());
        }
        auto* item = new QTreeWidgetItem(m_list, {QLocale().toString(e.made, QLocale::ShortFormat),
                                                  BackupStore::reasonLabel(e.reason), contents});
        item->setData(0, Qt::UserRole, e.path);
    }
    if (entries.isEmpty())
        m_note->setText(tr("Det finns inga säkerhetskopior av det här registret i %1 ännu.")
                            .arg(QDir::toNativeSeparators(backupFolder)));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Återställ"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(720, 420);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString RestoreBackupDialog::chosenPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RestoreBackupDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace sakra::gui
