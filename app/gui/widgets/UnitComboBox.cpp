#include "UnitComboBox.h"

#include "Register.h"

#include <QCompleter>
#include <QHash>
#include <QLineEdit>
#include <algorithm>

namespace sakra::gui {

namespace {
const QList<UnitKind> kAllKinds{UnitKind::Municipality, UnitKind::Board,      UnitKind::Administration,
                                UnitKind::Company,      UnitKind::Department, UnitKind::Unit};
}

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
    const qint64 current = unitId();
    m_register = &reg;
    m_kinds = kinds;
    m_noneText = noneText;
    m_populated = false;
    m_pendingId = current;
    if (m_deferred)
        setUnitId(current);
    else
        populate();
}

QString UnitComboBox::label(qint64 id) const
{
    const auto unit = m_register ? m_register->units().find(id) : std::nullopt;
    if (!unit)
        return QString();
    const auto parent = m_register->units().find(unit->parentId);
    return parent ? QStringLiteral("%1 (%2)").arg(unit->name, parent->name) : unit->name;
}

void UnitComboBox::populate()
{
    if (m_populated || !m_register)
        return;
    m_populated = true;
    const qint64 current = m_pendingId;
    // All units in one go: parents may be of kinds not listed, and their names are wanted too.
    const std::vector<OrgUnit> everyone = m_register->units().ofKinds(kAllKinds);
    QHash<qint64, QString> names;
    names.reserve(qsizetype(everyone.size()));
    for (const OrgUnit& u : everyone)
        names.insert(u.id, u.name);

    QList<QPair<qint64, QString>> items;
    items.reserve(qsizetype(everyone.size()));
    for (const OrgUnit& u : everyone) {
        if (!m_kinds.isEmpty() && !m_kinds.contains(u.kind))
            continue;
        const QString parent = names.value(u.parentId);
        items.append({u.id, parent.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, parent)});
    }
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    fill(items, current);
}

void UnitComboBox::setUnits(const QList<QPair<qint64, QString>>& units, const QString& noneText)
{
    const qint64 current = unitId();
    m_register = nullptr;
    m_noneText = noneText;
    m_populated = true;
    fill(units, current);
}

void UnitComboBox::fill(const QList<QPair<qint64, QString>>& units, qint64 current)
{
    const QSignalBlocker blocker(this);
    clear();
    if (!m_noneText.isEmpty())
        addItem(m_noneText, qint64(0));
    for (const auto& [id, text] : units)
        addItem(text, id);
    m_pendingId = current;
    const int index = findData(current);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
    showStart();
}

void UnitComboBox::showStart()
{
    // A long "unit (parent)" text is read from its start, not scrolled to its end.
    if (QLineEdit* edit = lineEdit())
        edit->setCursorPosition(0);
}

qint64 UnitComboBox::unitId() const
{
    if (!m_populated)
        return currentIndex() >= 0 ? itemData(currentIndex()).toLongLong() : m_pendingId;
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText())
        return itemData(index).toLongLong();
    const int byText = findText(currentText());
    return byText >= 0 ? itemData(byText).toLongLong() : 0;
}

void UnitComboBox::setUnitId(qint64 id)
{
    m_pendingId = id;
    if (m_populated) {
        const int index = findData(id);
        setCurrentIndex(index);
        if (index < 0)
            setEditText(QString());
        showStart();
        return;
    }
    // Only the chosen entry until the list is wanted.
    const QSignalBlocker blocker(this);
    clear();
    const QString text = id ? label(id) : m_noneText;
    if (!text.isEmpty() || !m_noneText.isEmpty()) {
        addItem(text.isEmpty() ? m_noneText : text, text.isEmpty() ? qint64(0) : id);
        setCurrentIndex(0);
    }
    showStart();
}

void UnitComboBox::showPopup()
{
    populate();
    QComboBox::showPopup();
}

void UnitComboBox::focusInEvent(QFocusEvent* event)
{
    // Typing completes against the full list, so it must be there before the first key.
    populate();
    QComboBox::focusInEvent(event);
}

} // namespace sakra::gui
