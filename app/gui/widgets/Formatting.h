#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace sakra::gui {

// How amounts, dates and times look everywhere in the GUI.
class Formatting
{
public:
    // "1 234 567 kr" with the locale's group separator.
    static QString kronor(qint64 amount);
    // Accepts "1 234 567", "1234567 kr" and the like; nullopt if it is not a whole amount.
    static std::optional<qint64> parseKronor(const QString& text);
    // ISO 8601, which is also the Swedish way; empty for an invalid date.
    static QString date(const QDate& day);
    // A stored UTC time stamp in local time, to the minute.
    static QString localTime(const QString& utcIso);
};

} // namespace sakra::gui
