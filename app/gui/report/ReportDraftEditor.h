#pragma once

#include "report/ReportDraft.h"
#include "report/ReportRequest.h"
#include "widgets/EntityEditor.h"

#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace sakra::gui {

class MessageLabel;
class OptionalDateEdit;
class PersonPicker;
class RegisterCommand;
class UnitComboBox;

// One saved draft of a board document: which kind, for which part of the organisation and
// period, in which language, and the texts the coordinator writes (registration number,
// classification line, proposed decision, the matter, preparation, presentation, who signs).
// The figures are not here: they come from the register each time the document is made.
// Also the form for a new draft. A refused edit is explained right below the field it is about.
class ReportDraftEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit ReportDraftEditor(RegisterSession& session, QWidget* parent = nullptr);

    // 0: nothing to show.
    void showDraft(qint64 id);
    // A blank form with sensible defaults for the scope (0: the whole municipality).
    void startNew(qint64 scopeUnitId);
    qint64 draftId() const { return m_draft ? m_draft->id : 0; }
    bool isCreating() const { return m_creating; }
    bool hasDraft() const { return m_draft.has_value() || m_creating; }
    // Units or people changed: read the choices again when next needed.
    void choicesChanged() { m_choicesStale = true; }

    // The document the form describes as it stands, applied or not, so the preview shows what is
    // on screen; nullopt (with the message under the field) when a field cannot be read.
    std::optional<report::ReportRequest> request();
    // A refusal from making the document: below the field core names, else below the form.
    void showRefusal(const QString& text, const QString& column) { showMessage(text, column); }
    // The name on the form, for window titles and file names.
    QString draftName() const;

    // The classification lines offered; the first is what a new draft starts with.
    static QStringList classificationSuggestions();

Q_SIGNALS:
    void draftCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    QPlainTextEdit* textField(const QString& name, int lines);
    void loadChoices();
    void fill(const ReportDraft& draft);
    std::optional<ReportDraft> edited();
    void updateSignatoryInfo(PersonPicker* picker, QLabel* info);
    void onKindChanged();
    QString defaultName(report::ReportKind kind) const;

    std::optional<ReportDraft> m_draft;
    bool m_creating = false;
    bool m_choicesStale = true;

    QLabel* m_heading;
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
