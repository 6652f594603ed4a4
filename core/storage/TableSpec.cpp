#include "TableSpec.h"

#include <QCoreApplication>

namespace sakra {

const Column* TableSpec::column(const QString& name) const
{
    for (const Column& c : columns)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString TableSpec::translatedLabel() const
{
    return QCoreApplication::translate("sakra::Entity", label);
}

QString TableSpec::translatedFieldLabel(const Column& column)
{
    return QCoreApplication::translate("sakra::Field", column.label ? column.label : column.name);
}

} // namespace sakra
