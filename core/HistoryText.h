#pragma once

#include "risk/RiskMatrix.h"

#include <QString>
#include <functional>
#include <map>
#include <utility>

namespace sakra {

struct Column;
struct TableSpec;

// A value as the change history stores it, as people read it: a stored code as its label
// ("planned" → "Planerad"), a flag as "Ja" or "Nej", an amount in kronor ("800000" → "800 000 kr"),
// a risk's level and its steps on the scales by the register's matrix ("2" → "Hög",
// "4" → "4 – Sannolik"); anything else as stored. Given to ChangeLog::describe by what shows the
// history.
class HistoryText
{
public:
    explicit HistoryText(const RiskMatrix& matrix = RiskMatrix::standard());

    QString operator()(const TableSpec& table, const Column& column, const QString& stored) const;

private:
    using Show = std::function<QString(const QString&)>;
    std::map<std::pair<QString, QString>, Show> m_shown;
};

} // namespace sakra
