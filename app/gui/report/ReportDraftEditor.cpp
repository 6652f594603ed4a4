#include "ReportDraftEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "report/ReportKind.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <tuple>
#include <utility>

namespace sakra::gui {

using report::Language;
using report::ReportKind;

namespace {

constexpr ReportKind kKinds[] = {ReportKind::Measures, ReportKind::Annual, ReportKind::Organisation,
                                 ReportKind::Situation, ReportKind::Assessment};

} // namespace

QStringList ReportDraftEditor::classificationSuggestions()
{
    return {tr("Handlingen kan innehålla uppgifter som omfattas av sekretess enligt OSL"),
            tr("Handlingen kan innehålla uppgifter som omfattas av sekretess enligt 18 kap. 8 § OSL "
               "(säkerhets- eller bevakningsåtgärd)"),
            tr("Intern handling – sprids inte utanför kommunen")};
}

ReportDraftEditor::ReportDraftEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("reportDraft"), parent),
      m_kind(named<QComboBox>(this, "reportKindCombo")), m_name(named<QLineEdit>(this, "reportNameEdit")),
      m_scope(named<UnitComboBox>(this, "reportScopeCombo")),
      m_from(named<OptionalDateEdit>(this, "reportPeriodFrom", tr("Från och med"))),
      m_to(named<OptionalDateEdit>(this, "reportPeriodTo", tr("Till och med"))),
      m_language(named<QComboBox>(this, "reportLanguageCombo")),
      m_documentDate(named<OptionalDateEdit>(this, "reportDocumentDate", tr("Bestämt datum"))),
      m_registrationNumber(named<QLineEdit>(this, "reportRegistrationNumberEdit")),
      m_classification(named<QLineEdit>(this, "reportClassificationEdit")),
      m_classificationMenu(named<QToolButton>(this, "reportClassificationSuggestions")),
      m_proposedDecision(textField(QStringLiteral("reportProposedDecisionEdit"), 3)),
      m_matter(textField(QStringLiteral("reportMatterEdit"), 5)),
      m_preparation(textField(QStringLiteral("reportPreparationEdit"), 3)),
      m_presentation(textField(QStringLiteral("reportPresentationEdit"), 5)),
      m_signatory(named<PersonPicker>(this, "reportSignatoryPicker", session)),
      m_signatoryInfo(named<QLabel>(this, "reportSignatoryInfo")),
      m_secondSignatory(named<PersonPicker>(this, "reportSecondSignatoryPicker", session)),
      m_secondSignatoryInfo(named<QLabel>(this, "reportSecondSignatoryInfo"))
{
    setObjectName(QStringLiteral("reportDraftEditor"));
    setWords({tr("Inget utkast valt"), tr("Nytt rapportutkast"), tr("Lägg till rapportutkastet %1"),
              tr("Ändra rapportutkastet %1"), tr("Ta bort utkast"),
              tr("Ta bort utkastet %1? Det går att ångra."), tr("Ta bort rapportutkastet %1")});

    for (const ReportKind kind : kKinds)
        m_kind->addItem(report::kReportKinds.label(kind), int(kind));
    m_language->addItem(tr("Svenska"), int(Language::Swedish));
    m_language->addItem(tr("Engelska"), int(Language::English));
    m_from->setToolTip(tr("Utan datum räknas perioden från början"));
    m_to->setToolTip(tr("Utan datum räknas perioden till handlingens datum"));
    m_documentDate->setToolTip(tr("Utan bestämt datum får handlingen dagens datum när den skrivs ut"));
    m_registrationNumber->setPlaceholderText(tr("t.ex. KS 2024/123"));
    m_classification->setPlaceholderText(tr("Ingen rad om sekretess"));
    m_classification->setToolTip(tr("Står överst på varje sida"));
    m_classificationMenu->setText(tr("Förslag"));
    m_classificationMenu->setToolTip(tr("Välj en vanlig formulering"));
    m_classificationMenu->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_classificationMenu);
    for (const QString& line : classificationSuggestions())
        menu->addAction(line, this, [this, line] { m_classification->setText(line); });
    menu->addSeparator();
    menu->addAction(tr("Ingen rad"), this, [this] { m_classification->clear(); });
    m_classificationMenu->setMenu(menu);
    for (PersonPicker* picker : {m_signatory, m_secondSignatory})
        picker->setPlaceholderText(tr("Skriv en del av namnet"));
    for (QLabel* info : {m_signatoryInfo, m_secondSignatoryInfo}) {
        info->setTextFormat(Qt::PlainText);
        info->setWordWrap(true);
        info->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    }

    addCheckedField(tr("&Typ av rapport:"), m_kind, QStringLiteral("kind"));
    bind(
        m_kind,
        [this](const ReportDraft& d) {
            const QSignalBlocker blocker(m_kind);
            selectData(m_kind, int(d.kind));
        },
        [this](ReportDraft& d) { d.kind = ReportKind(m_kind->currentData().toInt()); });
    addCheckedField(tr("&Namn:"), m_name, QStringLiteral("name"), &ReportDraft::name);
    addCheckedField(tr("&Omfattning:"), m_scope, QStringLiteral("scope_id"), &ReportDraft::scopeUnitId);
    addCheckedField(tr("Period &från:"), m_from, QStringLiteral("period_from"), &ReportDraft::periodFrom);
    addCheckedField(tr("Period t&ill:"), m_to, QStringLiteral("period_to"), &ReportDraft::periodTo);
    addCheckedField(tr("&Språk:"), m_language, QStringLiteral("language"), &ReportDraft::language);

    addHeading(tr("Handlingen"));
    addCheckedField(tr("&Datum:"), m_documentDate, QStringLiteral("document_date"),
                    &ReportDraft::documentDate);
    addCheckedField(tr("Dia&rienummer:"), m_registrationNumber, QStringLiteral("registration_number"),
                    &ReportDraft::registrationNumber);
    auto* classificationRow = new QWidget(this);
    auto* classificationLayout = new QHBoxLayout(classificationRow);
    classificationLayout->setContentsMargins(0, 0, 0, 0);
    classificationLayout->addWidget(m_classification, 1);
    classificationLayout->addWidget(m_classificationMenu);
    addCheckedField(tr("&Klassning:"), classificationRow, QStringLiteral("classification"));
    bind(m_classification, &ReportDraft::classification);

    addHeading(tr("Texter"));
    addCheckedField(tr("Förslag till &beslut:"), m_proposedDecision, QStringLiteral("proposed_decision"),
                    &ReportDraft::proposedDecision);
    addCheckedField(tr("Ä&rendet:"), m_matter, QStringLiteral("matter"), &ReportDraft::matter);
    addCheckedField(tr("Berednin&g:"), m_preparation, QStringLiteral("preparation"),
                    &ReportDraft::preparation);
    addCheckedField(tr("Före&dragning:"), m_presentation, QStringLiteral("presentation"),
                    &ReportDraft::presentation);

    addHeading(tr("Underskrifter"));
    addCheckedField(tr("&Undertecknas av:"), m_signatory, QStringLiteral("signatory_id"),
                    &ReportDraft::signatoryId);
    form()->addRow(static_cast<QWidget*>(nullptr), m_signatoryInfo);
    addCheckedField(tr("Kontra&signeras av:"), m_secondSignatory, QStringLiteral("second_signatory_id"),
                    &ReportDraft::secondSignatoryId);
    form()->addRow(static_cast<QWidget*>(nullptr), m_secondSignatoryInfo);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDraftEditor::onKindChanged);
    connect(m_signatory, &QLineEdit::textChanged, this,
            [this] { updateSignatoryInfo(m_signatory, m_signatoryInfo); });
    connect(m_secondSignatory, &QLineEdit::textChanged, this,
            [this] { updateSignatoryInfo(m_secondSignatory, m_secondSignatoryInfo); });

    showRecord(0);
}

QPlainTextEdit* ReportDraftEditor::textField(const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString ReportDraftEditor::defaultName(ReportKind kind) const
{
    return tr("%1 %2").arg(report::kReportKinds.label(kind)).arg(QDate::currentDate().year());
}

ReportDraft ReportDraftEditor::blank(qint64 scopeUnitId) const
{
    const int year = QDate::currentDate().year();
    ReportDraft blank;
    blank.kind = ReportKind::Measures;
    blank.name = defaultName(blank.kind);
    blank.scopeUnitId = scopeUnitId;
    blank.periodFrom = QDate(year, 1, 1);
    blank.periodTo = QDate(year, 12, 31);
    blank.classification = classificationSuggestions().constFirst();
    return blank;
}

void ReportDraftEditor::filled(const ReportDraft&)
{
    updateSignatoryInfo(m_signatory, m_signatoryInfo);
    updateSignatoryInfo(m_secondSignatory, m_secondSignatoryInfo);
}

void ReportDraftEditor::shown()
{
    // A new draft's name is a suggestion: typing replaces it.
    if (isCreating()) {
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    }
}

void ReportDraftEditor::onKindChanged()
{
    // A new draft whose name is still the suggestion follows the kind chosen.
    if (!isCreating())
        return;
    for (const ReportKind kind : kKinds)
        if (m_name->text() == defaultName(kind)) {
            m_name->setText(defaultName(ReportKind(m_kind->currentData().toInt())));
            return;
        }
}

void ReportDraftEditor::updateSignatoryInfo(PersonPicker* picker, QLabel* info)
{
    const qint64 id = picker->personId();
    if (id == 0) {
        info->setText(picker->text().trimmed().isEmpty()
                          ? (picker == m_signatory
                                 ? tr("Tomt: förvaltningens chef skriver under, när registret vet vem.")
                                 : tr("Tomt: förvaltningens säkerhetssamordnare, när registret vet vem."))
                          : tr("Välj bland förslagen som visas när du skriver."));
        return;
    }
    if (!session().hasRegister())
        return;
    const auto person = session().reg().people().find(id);
    if (!person) {
        info->clear();
        return;
    }
    QString text = person->title.isEmpty() ? tr("(ingen titel i registret)") : person->title;
    if (person->unitId)
        if (const auto unit = session().reg().units().find(person->unitId))
            text += QStringLiteral(", ") + unit->name;
    info->setText(text);
}

std::optional<report::ReportRequest> ReportDraftEditor::request()
{
    if (!hasDraft())
        return std::nullopt;
    clearMessage();
    const auto d = edited();
    if (!d)
        return std::nullopt;
    report::ReportRequest r;
    r.kind = d->kind;
    r.scopeUnitId = d->scopeUnitId;
    r.from = d->periodFrom;
    r.to = d->periodTo;
    r.language = d->language;
    r.documentDate = d->documentDate;
    r.classification = d->classification;
    r.registrationNumber = d->registrationNumber;
    r.proposedDecision = d->proposedDecision;
    r.matter = d->matter;
    r.preparation = d->preparation;
    r.presentation = d->presentation;
    r.signatoryId = d->signatoryId;
    r.secondSignatoryId = d->secondSignatoryId;
    return r;
}

QString ReportDraftEditor::draftName() const
{
    return m_name->text().trimmed();
}

} // namespace sakra::gui
