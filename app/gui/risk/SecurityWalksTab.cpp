#include "SecurityWalksTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "SecurityWalkEditor.h"
#include "SecurityWalkTableModel.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

SecurityWalksTab::SecurityWalksTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("walks")), parent),
      m_model(new SecurityWalkTableModel(this)), m_editor(new SecurityWalkEditor(session, this))
{
    watch<SecurityWalk, WalkFinding, Risk, Site, RiskMatrixSetting>();
    setObjectName(QStringLiteral("walksTab"));
    setUp(m_model, m_editor,
          {.addText = tr("Ny säkerhetsvandring"),
           .removeText = tr("Ta bort säkerhetsvandring"),
           .stretchLastColumn = true});
    connect(m_editor, &SecurityWalkEditor::riskActivated, this, &SecurityWalksTab::riskActivated);
}

void SecurityWalksTab::reload()
{
    // Before the row is shown again, so its editor reads the choices anew.
    m_editor->choicesChanged();
    showRows(m_model, [](Register& reg) {
        QHash<qint64, QString> siteNames;
        for (const Site& s : reg.sites().all())
            siteNames.insert(s.id, s.name);
        std::vector<SecurityWalkRow> rows;
        for (SecurityWalk& walk : reg.securityWalks().list(0)) {
            SecurityWalkRow row{walk, siteNames.value(walk.siteId)};
            for (const WalkFinding& f : reg.walkFindings().ofWalk(walk.id)) {
                ++row.findings;
                row.findingsWithoutRisk += f.riskId == 0 ? 1 : 0;
            }
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

} // namespace sakra::gui
