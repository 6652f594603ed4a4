#pragma once

#include <QHash>
#include <QStringList>

namespace sakra {

// The options of a command: "--name value" pairs, flags without a value, and what stands alone.
struct Arguments
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString problem; // empty when the arguments could be read

    // withValue: the options followed by a value; flags: those that stand alone. Anything else
    // starting with "--" is a problem.
    static Arguments parse(const QStringList& args, const QStringList& withValue, const QStringList& flags);
};

} // namespace sakra
