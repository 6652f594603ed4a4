#include "RecordEditor.h"

#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sakra::gui {

RecordEditor::RecordEditor(RegisterSession& session, const QString& prefix, QWidget* parent)
    : EntityEditor(session, prefix, parent), m_heading(new QLabel(this))
{
    m_heading->setObjectName(prefix + QStringLiteral("Heading"));
    addTitle(m_heading);
}

void RecordEditor::selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

bool RecordEditor::takeChoicesStale()
{
    const bool stale = m_choicesStale;
    m_choicesStale = false;
    return stale;
}

} // namespace sakra::gui
