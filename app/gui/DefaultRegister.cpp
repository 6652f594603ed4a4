#include "DefaultRegister.h"

#include "Register.h"
#include "exchange/DemoMunicipality.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sakra::gui {

QString DefaultRegister::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/register.sakra");
}

std::unique_ptr<Register> DefaultRegister::openOrCreate()
{
    const QString file = path();
    if (QFileInfo::exists(file))
        return Register::open(file, Database::WhenNotWritable::OpenReadOnly);

    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(QCoreApplication::translate("sakra::gui::DefaultRegister", "Kan inte skapa mappen %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    auto reg = Register::create(file);
    try {
        DemoMunicipality::populate(*reg);
    } catch (const Error&) {
        // A half-filled default register would be opened as it is next time; start clean instead.
        reg.reset();
        QFile::remove(file);
        throw;
    }
    return reg;
}

} // namespace sakra::gui
