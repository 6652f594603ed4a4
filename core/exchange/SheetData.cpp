#include "SheetData.h"

#include <algorithm>

namespace sakra {

const SheetRow* SheetData::row(int number) const
{
    const auto it = std::lower_bound(rows.begin(), rows.end(), number,
                                     [](const SheetRow& r, int n) { return r.number < n; });
    return it != rows.end() && it->number == number ? &*it : nullptr;
}

const SheetData* WorkbookData::sheet(const QString& name) const
{
    for (const SheetData& s : sheets)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

std::vector<const SheetData*> WorkbookData::visibleSheets() const
{
    std::vector<const SheetData*> out;
    for (const SheetData& s : sheets)
        if (!s.hidden)
            out.push_back(&s);
    return out;
}

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

} // namespace sakra
