#include "EntityEditor.h"

#include "Formatting.h"
#include "MessageLabel.h"
#include "Palette.h"
#include "Register.h"
#include "RegisterSession.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

EntityEditor::EntityEditor(RegisterSession& session, const QString& prefix, QWidget* parent)
    : QWidget(parent), m_session(session), m_prefix(prefix), m_form(new QFormLayout),
      m_extra(new QVBoxLayout), m_message(new MessageLabel(this)),
      m_applyButton(new QPushButton(tr("Verk&ställ"), this)),
      m_resetButton(new QPushButton(tr("&Återställ"), this)), m_heading(new QLabel(this))
{
    m_heading->setObjectName(prefix + QStringLiteral("Heading"));
    m_form->setObjectName(prefix + QStringLiteral("Form"));
    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_applyButton->setObjectName(prefix + QStringLiteral("ApplyButton"));
    m_resetButton->setObjectName(prefix + QStringLiteral("ResetButton"));
    m_applyButton->setToolTip(tr("Spara ändringarna i registret (Ctrl+S; kan ångras)"));
    m_resetButton->setToolTip(tr("Visa det som är sparat och släpp ändringarna"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The larger heading over the form: the shown row's name.
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_form->addRow(m_heading);
    m_extra->setContentsMargins(0, 0, 0, 0);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_applyButton);

    auto* layout = new QVBoxLayout(this);
    // The message right under the fields it is about, not below lists further down.
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addLayout(m_extra, 1);
    layout->addLayout(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, &EntityEditor::apply);
    // Ctrl+S saves the form the cursor is in.
    auto* save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(save);
    connect(save, &QAction::triggered, this, [this] {
        if (m_applyButton->isEnabled())
            apply();
    });
    connect(m_resetButton, &QPushButton::clicked, this, &EntityEditor::revert);
}

namespace {
// The widgets Tab stops at in item, in the order Tab reaches them now.
void collectTabStops(QLayoutItem* item, QList<QWidget*>& out)
{
    if (QWidget* widget = item->widget()) {
        if (widget->isHidden())
            return;
        if (widget->focusPolicy() & Qt::TabFocus) {
            out << widget;
            return;
        }
        for (QWidget* w = widget->nextInFocusChain(); w && w != widget; w = w->nextInFocusChain())
            if (widget->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !out.contains(w))
                out << w;
    } else if (QLayout* layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectTabStops(layout->itemAt(i), out);
    }
}
} // namespace

void EntityEditor::showEvent(QShowEvent* event)
{
    if (!m_buttonsLast) {
        m_buttonsLast = true;
        // Tab follows the form as it reads, whatever order the fields were made in: the fields
        // row by row, then the lists and panels below them, then Reset and Apply.
        QList<QWidget*> order;
        for (int row = 0; row < m_form->rowCount(); ++row)
            if (QLayoutItem* field = m_form->itemAt(row, QFormLayout::FieldRole))
                collectTabStops(field, order);
            else if (QLayoutItem* spanning = m_form->itemAt(row, QFormLayout::SpanningRole))
                collectTabStops(spanning, order);
        collectTabStops(m_extra, order);
        order.removeAll(m_resetButton);
        order.removeAll(m_applyButton);
        order << m_resetButton << m_applyButton;
        for (int i = 1; i < order.size(); ++i)
            setTabOrder(order.at(i - 1), order.at(i));
    }
    QWidget::showEvent(event);
}

void EntityEditor::apply()
{
    clearMessage();
    applyChanges();
}

void EntityEditor::revert()
{
    clearMessage();
    revertChanges();
}

void EntityEditor::addField(const QString& label, QWidget* field, const QString& column)
{
    m_form->addRow(label, field);
    if (!column.isEmpty())
        m_fields.insert(column, field);
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::returnPressed, this, &EntityEditor::apply);
}

void EntityEditor::setUpField(QWidget* field)
{
    if (auto* date = qobject_cast<QDateEdit*>(field)) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        text->setTabChangesFocus(true);
        setLines(text, 3);
    }
}

QPlainTextEdit* EntityEditor::setLines(QPlainTextEdit* edit, int lines)
{
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QWidget* EntityEditor::fieldRow(std::initializer_list<QWidget*> widgets, QWidget* stretched)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        layout->addWidget(widget, widget == stretched ? 1 : 0);
    if (!stretched)
        layout->addStretch();
    return row;
}

QWidget* EntityEditor::fieldColumn(std::initializer_list<QWidget*> widgets)
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    return column;
}

QLabel* EntityEditor::addNote(const QString& label, const char* suffix)
{
    auto* note = makeField<QLabel>(suffix);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    if (label.isEmpty())
        m_form->addRow(static_cast<QWidget*>(nullptr), note);
    else
        m_form->addRow(label, note);
    return note;
}

void EntityEditor::addCode(QComboBox* combo, const QString& label, int value)
{
    combo->addItem(label, value);
}

void EntityEditor::addCheckedField(const QString& label, QWidget* field, const QString& column)
{
    addField(label, field, column);
    auto* message = new MessageLabel(this);
    message->setObjectName(m_prefix + QStringLiteral("FieldMessage_") + column);
    m_form->addRow(static_cast<QWidget*>(nullptr), message);
    m_fieldMessages.insert(column, message);
}

void EntityEditor::addHeading(const QString& text)
{
    auto* label = new QLabel(text, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

void EntityEditor::selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

void EntityEditor::showDue(QLabel* label, const QDate& next, const QString& noneText, bool noneWarns)
{
    const QDate today = QDate::currentDate();
    const bool late = next.isValid() ? next < today : noneWarns;
    label->setText(
        !next.isValid() ? noneText
        : late
            ? tr("%1 – försenad sedan %n dagar", nullptr, int(next.daysTo(today))).arg(Formatting::date(next))
            : Formatting::date(next));
    label->setStyleSheet(late ? palette::warningStyle : QString());
}

void EntityEditor::setChoices(QComboBox* combo, const QList<QPair<qint64, QString>>& rows)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [id, name] : rows)
        combo->addItem(name, id);
    combo->setCurrentIndex(combo->findData(current));
}

void EntityEditor::loadUnitSites(QComboBox* combo, qint64 unitId, qint64 keepSiteId, bool allWithoutUnit)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(ingen särskild lokal)"), qint64(0));
    if (!m_session.hasRegister())
        return;
    Register& reg = m_session.reg();
    if (unitId || allWithoutUnit)
        for (const Site& s : unitId ? reg.sites().ofUnit(unitId) : reg.sites().all())
            combo->addItem(s.name, s.id);
    if (keepSiteId && combo->findData(keepSiteId) < 0)
        if (const auto site = reg.sites().find(keepSiteId))
            combo->addItem(site->name, site->id);
    selectData(combo, keepSiteId);
}

QString EntityEditor::personName(qint64 personId) const
{
    if (personId == 0 || !m_session.hasRegister())
        return QString();
    const auto person = m_session.reg().people().find(personId);
    return person ? person->name : QString();
}

bool EntityEditor::takeChoicesStale()
{
    const bool stale = m_choicesStale;
    m_choicesStale = false;
    return stale;
}

bool EntityEditor::run(RegisterCommand* command)
{
    CommandFailure failure;
    if (m_session.execute(command, &failure)) {
        clearMessage();
        return true;
    }
    showMessage(failure.message, failure.field);
    return false;
}

void EntityEditor::showMessage(const QString& text, const QString& column)
{
    if (m_quiet)
        return;
    clearMessage();
    if (MessageLabel* below = m_fieldMessages.value(column))
        below->showMessage(text);
    else
        m_message->showMessage(text);
    if (QWidget* field = m_fields.value(column)) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->selectAll();
    }
}

void EntityEditor::clearMessage()
{
    m_message->clearMessage();
    for (MessageLabel* message : std::as_const(m_fieldMessages))
        message->clearMessage();
}

void EntityEditor::noteSiteWork(const TableSpec& spec, const QString& uuid)
{
    if (m_siteNoteShown) // the note of the row shown before
        m_message->clearMessage();
    m_siteNoteShown = false;
    if (!m_session.hasRegister())
        return;
    const Register& reg = m_session.reg();
    m_siteNoteShown = true;
    if (reg.isReferenceRow(spec, uuid)) {
        setFieldsEnabled(false);
        m_message->showPlain(
            tr("Posten hör till det centrala registret och kan bara ändras där; den här filen är "
               "en utlämnad del."));
    } else if (const auto handout = reg.handedOutWith(spec, uuid)) {
        m_message->showPlain(
            tr("Utlämnad till %1 sedan %2 för arbete utan nätverk. Du kan ändra här; ändringarna "
               "jämförs fält för fält när delen tas emot.")
                .arg(handout->handedTo, handout->handedOutAt.left(10)));
    } else {
        m_siteNoteShown = false;
    }
}

void EntityEditor::setFieldsEnabled(bool enabled)
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole))
            if (QWidget* w = item->widget())
                w->setEnabled(enabled);
    m_applyButton->setEnabled(enabled);
    m_resetButton->setEnabled(enabled);
}

} // namespace sakra::gui
