#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sakra {

// The stored codes and the Swedish labels of an enum whose values run 0..N-1, kept side by side
// so that a value, its code in the file and its label cannot drift apart. Used by the incident,
// training, routine and alarm values; any enum stored as a code can use it.
template <typename E, int N> struct CodeTable
{
    const char* context;
    const char* const (&codes)[N];
    const char* const (&labels)[N];

    QString code(E value) const { return QLatin1String(codes[int(value)]); }
    QString label(E value) const { return QCoreApplication::translate(context, labels[int(value)]); }
    std::optional<E> fromCode(const QString& code) const
    {
        for (int i = 0; i < N; ++i)
            if (code == QLatin1String(codes[i]))
                return E(i);
        return std::nullopt;
    }
    // The label of a stored code; a code the table does not know as it is.
    QString labelOfCode(const QString& code) const
    {
        const auto value = fromCode(code);
        return value ? label(*value) : code;
    }
};

} // namespace sakra
