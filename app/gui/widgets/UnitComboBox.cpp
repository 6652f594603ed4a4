#include "UnitComboBox.h"

#include "Register.h"

#include <QCompleter>
#include <QHash>

#include <algorithm>

namespace sakra::gui {

UnitComboBox::UnitComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void UnitComboBox::load(Register& reg, const QList<UnitKind>& kinds, const QString& noneText)
{
    // All units in one go: parents may be of kinds not listed, and their names are wanted too.
    const std::vector<OrgUnit> everyone = reg.units().ofKinds({UnitKind::Municipality, UnitKind::Board,
                                                               UnitKind::Administration, UnitKind::Company,
                                                               UnitKind::Department, UnitKind::Unit});
    QHash<qint64, QString> names;
    names.reserve(qsizetype(everyone.size()));
    for (const OrgUnit& u : everyone)
        names.insert(u.id, u.name);

    QList<QPair<qint64, QString>> items;
    items.reserve(qsizetype(everyone.size()));
    for (const OrgUnit& u : everyone) {
        if (!kinds.isEmpty() && !kinds.contains(u.kind))
            continue;
        const QString parent = names.value(u.parentId);
        items.append({u.id, parent.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, parent)});
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    setUnits(items, noneText);
}

void UnitComboBox::setUnits(const QList<QPair<qint64, QString>>& units, const QString& noneText)
{
    const qint64 current = unitId();
    const QSignalBlocker blocker(this);
    clear();
    if (!noneText.isEmpty())
        addItem(noneText, qint64(0));
    for (const auto& [id, text] : units)
        addItem(text, id);
    setUnitId(current);
}

qint64 UnitComboBox::unitId() const
{
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText())
        return itemData(index).toLongLong();
    const int byText = findText(currentText());
    return byText >= 0 ? itemData(byText).toLongLong() : 0;
}

void UnitComboBox::setUnitId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(QString());
    }
}

} // namespace sakra::gui
