#include "Confirm.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sakra::gui {

bool Confirm::removal(QWidget* parent, const QString& title, const QString& question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmRemovalBox"));
    QPushButton* remove = box.addButton(QCoreApplication::translate("sakra::gui::Confirm", "&Ta bort"),
                                        QMessageBox::DestructiveRole);
    QPushButton* cancel =
        box.addButton(QCoreApplication::translate("sakra::gui::Confirm", "Avbryt"), QMessageBox::RejectRole);
    // Enter keeps the data; removing takes a deliberate choice.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace sakra::gui
