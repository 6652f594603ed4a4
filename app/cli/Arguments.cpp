#include "Arguments.h"

#include <QCoreApplication>

namespace sakra {

Arguments Arguments::parse(const QStringList& args, const QStringList& withValue, const QStringList& flags)
{
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (withValue.contains(a)) {
            if (i + 1 >= args.size() || parsed.values.contains(a)) {
                parsed.problem =
                    QCoreApplication::translate("sakra::CommandLine", "%1 behöver ett värde, en gång").arg(a);
                return parsed;
            }
            parsed.values.insert(a, args.at(++i));
        } else if (flags.contains(a)) {
            parsed.flags << a;
        } else if (a.startsWith(QLatin1String("--"))) {
            parsed.problem = QCoreApplication::translate("sakra::CommandLine", "okänd flagga: %1").arg(a);
            return parsed;
        } else {
            parsed.positional << a;
        }
    }
    return parsed;
}

} // namespace sakra
