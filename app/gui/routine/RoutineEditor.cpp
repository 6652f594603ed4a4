#include "RoutineEditor.h"

#include "Register.h"
#include "RoutineUnitsPanel.h"
#include "widgets/Formatting.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sakra::gui {

RoutineEditor::RoutineEditor(RegisterSession& session, QWidget* parent)
    : RecordEditor(session, QStringLiteral("routine"), parent), m_title(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_documented(new QCheckBox(tr("Rutinen är dokumenterad (skriftlig)"), this)),
      m_adopted(new OptionalDateEdit(tr("Har antagits"), this)), m_owner(new PersonPicker(session, this)),
      m_reviewMonths(new QSpinBox(this)), m_lastReview(new OptionalDateEdit(tr("Har granskats"), this)),
      m_nextReview(new QLabel(this)), m_known(new QComboBox(this)),
      m_briefed(new OptionalDateEdit(tr("Har gåtts igenom"), this)), m_link(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)), m_units(new RoutineUnitsPanel(session, this))
{
    setObjectName(QStringLiteral("routineEditor"));
    m_title->setObjectName(QStringLiteral("routineTitleEdit"));
    m_kind->setObjectName(QStringLiteral("routineKindCombo"));
    m_documented->setObjectName(QStringLiteral("routineDocumentedCheck"));
    m_adopted->setObjectName(QStringLiteral("routineAdoptedDate"));
    m_owner->setObjectName(QStringLiteral("routineOwnerPicker"));
    m_reviewMonths->setObjectName(QStringLiteral("routineReviewMonthsSpin"));
    m_lastReview->setObjectName(QStringLiteral("routineLastReviewDate"));
    m_nextReview->setObjectName(QStringLiteral("routineNextReviewLabel"));
    m_known->setObjectName(QStringLiteral("routineKnownCombo"));
    m_briefed->setObjectName(QStringLiteral("routineBriefedDate"));
    m_link->setObjectName(QStringLiteral("routineLinkEdit"));
    m_note->setObjectName(QStringLiteral("routineNoteEdit"));

    for (int k = 0; k < Routine::kKindCount; ++k)
        m_kind->addItem(Routine::kindLabel(Routine::Kind(k)), k);
    for (int k = 0; k < Routine::kKnownCount; ++k)
        m_known->addItem(Routine::knownLabel(Routine::Known(k)), k);
    m_owner->setPlaceholderText(tr("Skriv en del av namnet"));
    m_reviewMonths->setRange(0, 999);
    m_reviewMonths->setSuffix(tr(" månader"));
    m_reviewMonths->setSpecialValueText(tr("ingen fast granskning"));
    m_nextReview->setWordWrap(true);
    m_nextReview->setTextFormat(Qt::PlainText);
    m_link->setPlaceholderText(tr("Sökväg eller webbadress till dokumentet"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    addCheckedField(tr("&Rubrik:"), m_title, QStringLiteral("title"));
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind"));
    addCheckedField(QString(), m_documented, QStringLiteral("documented"));
    addCheckedField(tr("&Antagen:"), m_adopted, QStringLiteral("adopted_on"));
    addCheckedField(tr("Äga&re:"), m_owner, QStringLiteral("owner_id"));
    addCheckedField(tr("&Granskas var:"), m_reviewMonths, QStringLiteral("review_months"));
    addCheckedField(tr("Senast gra&nskad:"), m_lastReview, QStringLiteral("last_review_on"));
    form()->addRow(tr("Nästa granskning:"), m_nextReview);
    addCheckedField(tr("&Känd av personalen:"), m_known, QStringLiteral("known_by_staff"));
    addCheckedField(tr("Genomgången på A&PT:"), m_briefed, QStringLiteral("staff_briefed_on"));
    addCheckedField(tr("&Dokument:"), m_link, QStringLiteral("document_link"));
    addCheckedField(tr("Anteckn&ing:"), m_note, QStringLiteral("note"));
    extraLayout()->addWidget(m_units);

    connect(m_adopted, &OptionalDateEdit::dateChanged, this, &RoutineEditor::updateNextReview);
    connect(m_lastReview, &OptionalDateEdit::dateChanged, this, &RoutineEditor::updateNextReview);
    connect(m_reviewMonths, &QSpinBox::valueChanged, this, &RoutineEditor::updateNextReview);
    showRecord(0);
}

void RoutineEditor::showRecord(qint64 id)
{
    setCreating(false);
    m_routine.reset();
    clearMessage();
    clearMessage();
    if (id > 0 && session().hasRegister())
        m_routine = session().reg().routines().find(id);
    if (m_routine) {
        fill(*m_routine);
        heading()->setText(m_routine->title);
    } else {
        fill(Routine());
        heading()->setText(tr("Ingen rutin vald"));
    }
    setFieldsEnabled(m_routine.has_value());
    m_units->setRoutineId(recordId());
}

void RoutineEditor::startNew(qint64 unitId)
{
    Q_UNUSED(unitId)
    if (!session().hasRegister())
        return;
    m_routine.reset();
    setCreating(true);
    clearMessage();
    clearMessage();
    Routine blank;
    blank.adoptedOn = QDate::currentDate();
    blank.reviewMonths = 12;
    fill(blank);
    heading()->setText(tr("Ny rutin"));
    setFieldsEnabled(true);
    m_units->setRoutineId(0);
    m_title->setFocus(Qt::OtherFocusReason);
}

void RoutineEditor::fill(const Routine& r)
{
    m_title->setText(r.title);
    m_title->setCursorPosition(0);
    selectData(m_kind, int(r.kind));
    m_documented->setChecked(r.documented);
    m_adopted->setDate(r.adoptedOn);
    QString owner;
    if (r.ownerId && session().hasRegister())
        if (const auto person = session().reg().people().find(r.ownerId))
            owner = person->name;
    m_owner->setPerson(r.ownerId, owner);
    m_reviewMonths->setValue(r.reviewMonths);
    m_lastReview->setDate(r.lastReviewOn);
    selectData(m_known, int(r.knownByStaff));
    m_briefed->setDate(r.staffBriefedOn);
    m_link->setText(r.documentLink);
    m_link->setCursorPosition(0);
    m_note->setPlainText(r.note);
    updateNextReview();
}

void RoutineEditor::updateNextReview()
{
    const QDate next =
        Routine::nextReviewFrom(m_adopted->date(), m_lastReview->date(), m_reviewMonths->value());
    const QDate today = QDate::currentDate();
    if (!next.isValid()) {
        m_nextReview->setText(tr("ingen planerad (ange intervall och antagen eller granskad)"));
        m_nextReview->setStyleSheet(QString());
    } else if (next < today) {
        m_nextReview->setText(
            tr("%1 – försenad sedan %n dagar", nullptr, int(next.daysTo(today))).arg(Formatting::date(next)));
        m_nextReview->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }"));
    } else {
        m_nextReview->setText(Formatting::date(next));
        m_nextReview->setStyleSheet(QString());
    }
}

std::optional<Routine> RoutineEditor::edited()
{
    Routine r = m_routine.value_or(Routine());
    r.title = m_title->text().trimmed();
    r.kind = Routine::Kind(m_kind->currentData().toInt());
    r.documented = m_documented->isChecked();
    r.adoptedOn = m_adopted->date();
    r.ownerId = m_owner->personId();
    if (r.ownerId == 0 && !m_owner->text().trimmed().isEmpty()) {
        showMessage(tr("Välj ägaren bland förslagen som visas när du skriver, eller töm fältet."),
                    QStringLiteral("owner_id"));
        return std::nullopt;
    }
    r.reviewMonths = m_reviewMonths->value();
    r.lastReviewOn = m_lastReview->date();
    r.nextReview = Routine::nextReviewFrom(r.adoptedOn, r.lastReviewOn, r.reviewMonths);
    r.knownByStaff = Routine::Known(m_known->currentData().toInt());
    r.staffBriefedOn = m_briefed->date();
    r.documentLink = m_link->text().trimmed();
    r.note = m_note->toPlainText();
    return r;
}

void RoutineEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_routine && !isCreating()))
        return;
    clearMessage();
    const auto after = edited();
    if (!after)
        return;
    commit(m_routine, *after, tr("Lägg till rutinen %1").arg(after->title),
           tr("Ändra rutinen %1").arg(m_routine ? m_routine->title : after->title));
}

void RoutineEditor::revertChanges()
{
    clearMessage();
    showRecord(isCreating() ? 0 : recordId());
}

} // namespace sakra::gui
