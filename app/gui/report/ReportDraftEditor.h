#pragma once

#include "report/ReportDraft.h"
#include "report/ReportRequest.h"
#include "widgets/EntityForm.h"

#include <QHash>

class QToolButton;

namespace sakra::gui {

class MessageLabel;
class RegisterCommand;

// One saved draft of a board document: which kind, for which part of the organisation and
// period, in which language, and the texts the coordinator writes (registration number,
// classification line, proposed decision, the matter, preparation, presentation, who signs).
// The figures are not here: they come from the register each time the document is made.
// Also the form for a new draft. A refused edit is explained right below the field it is about.
class ReportDraftEditor : public EntityForm<ReportDraft>
{
    Q_OBJECT

public:
    explicit ReportDraftEditor(RegisterSession& session, QWidget* parent = nullptr);

    bool hasDraft() const { return item().has_value() || isCreating(); }
    // The document the form describes as it stands, applied or not, so the preview shows what is
    // on screen; nullopt (with the message under the field) when a field cannot be read.
    std::optional<report::ReportRequest> request();
    // A refusal from making the document: below the field core names, else below the form.
    void showRefusal(const QString& text, const QString& column) { showMessage(text, column); }
    // The name on the form, for window titles and file names.
    QString draftName() const;
    // The classification lines offered; the first is what a new draft starts with.
    static QStringList classificationSuggestions();

protected:
    QString headingOf(const ReportDraft& d) const override { return d.name; }
    // A draft for the scope given (0: the whole municipality), for this year.
    ReportDraft blank(qint64 scopeUnitId) const override;
    void loadChoices() override { m_scope->load(session().reg(), {}, tr("Hela kommunen")); }
    void filled(const ReportDraft&) override;
    void shown() override;

private:
    QPlainTextEdit* textField(const QString& name, int lines);
    void updateSignatoryInfo(PersonPicker* picker, QLabel* info);
    void onKindChanged();
    QString defaultName(report::ReportKind kind) const;

    QComboBox* m_kind;
    QLineEdit* m_name;
    UnitComboBox* m_scope;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_language;
    OptionalDateEdit* m_documentDate;
    QLineEdit* m_registrationNumber;
    QLineEdit* m_classification;
    QToolButton* m_classificationMenu;
    QPlainTextEdit* m_proposedDecision;
    QPlainTextEdit* m_matter;
    QPlainTextEdit* m_preparation;
    QPlainTextEdit* m_presentation;
    PersonPicker* m_signatory;
    QLabel* m_signatoryInfo;
    PersonPicker* m_secondSignatory;
    QLabel* m_secondSignatoryInfo;
};

} // namespace sakra::gui
