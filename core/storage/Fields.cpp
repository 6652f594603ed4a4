#include "Fields.h"

namespace sakra::bind {

QString flagText(const QString& stored)
{
    if (stored == QLatin1String("1"))
        return QCoreApplication::translate("sakra::History", "Ja");
    if (stored == QLatin1String("0"))
        return QCoreApplication::translate("sakra::History", "Nej");
    return stored;
}

} // namespace sakra::bind
