#include "ProfilesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Confirm.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace sakra::gui {

namespace {
// A name asked for in a small dialog whose buttons are in Swedish; nullopt when cancelled.
std::optional<QString> askName(QWidget* parent, const QString& title, const QString& label,
                               const QString& text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setOkButtonText(QCoreApplication::translate("sakra::gui::ProfilesTab", "OK"));
    dialog.setCancelButtonText(QCoreApplication::translate("sakra::gui::ProfilesTab", "Avbryt"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}
} // namespace

ProfilesTab::ProfilesTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_units(named<QListWidget>(this, "profileUnitList")),
      m_areas(named<QListWidget>(this, "profileAreaList")),
      m_addArea(named<QPushButton>(this, "addFocusAreaButton", tr("&Nytt sakområde…"))),
      m_renameArea(named<QPushButton>(this, "renameFocusAreaButton", tr("Byt &namn…"))),
      m_removeArea(named<QPushButton>(this, "removeFocusAreaButton", tr("Ta &bort ur katalogen"))),
      m_message(named<MessageLabel>(this, "profileMessage"))
{
    watch<ProfileArea, FocusArea, OrgUnit>();
    setObjectName(QStringLiteral("profilesTab"));
    m_units->setAccessibleName(tr("Förvaltningar och bolag"));
    m_units->setWordWrap(true);
    m_units->setTextElideMode(Qt::ElideNone);
    m_units->setResizeMode(QListView::Adjust);
    m_units->setSpacing(1);
    m_areas->setSpacing(1);
    m_areas->setAccessibleName(tr("Sakområden i kravprofilen"));

    auto* unitBox = new QGroupBox(tr("Förvaltning eller bolag"), this);
    auto* unitLayout = new QVBoxLayout(unitBox);
    unitLayout->addWidget(m_units);

    auto* areaBox = new QGroupBox(tr("Kravprofil: sakområden som säkerhetssamordnaren ska täcka"), this);
    auto* areaLayout = new QVBoxLayout(areaBox);
    auto* hint = new QLabel(
        tr("Kryssa i de sakområden som ingår (mellanslag kryssar i den markerade raden)."), areaBox);
    hint->setWordWrap(true);
    areaLayout->addWidget(hint);
    areaLayout->addWidget(m_areas, 1);
    areaLayout->addWidget(m_message);
    auto* catalogue = new QHBoxLayout;
    catalogue->addWidget(new QLabel(tr("Katalogen:"), areaBox));
    catalogue->addWidget(m_addArea);
    catalogue->addWidget(m_renameArea);
    catalogue->addWidget(m_removeArea);
    catalogue->addStretch();
    areaLayout->addLayout(catalogue);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(unitBox);
    splitter->addWidget(areaBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_units, &QListWidget::currentRowChanged, this, &ProfilesTab::loadAreas);
    connect(m_areas, &QListWidget::itemChanged, this, &ProfilesTab::onItemChanged);
    connect(m_areas, &QListWidget::currentRowChanged, this, &ProfilesTab::announceSelection);
    connect(m_addArea, &QPushButton::clicked, this, &ProfilesTab::addArea);
    connect(m_renameArea, &QPushButton::clicked, this, &ProfilesTab::renameArea);
    connect(m_removeArea, &QPushButton::clicked, this, &ProfilesTab::removeArea);
}

QList<qint64> ProfilesTab::unitsInScope() const
{
    const qint64 scope = session().scopeUnitId();
    if (scope == 0)
        return {};
    Register& reg = session().reg();
    QList<qint64> ids = reg.units().subtreeIds(scope);
    // A department's scope still belongs to the administration above it.
    auto unit = reg.units().find(scope);
    for (int depth = 0; unit && depth < 64; ++depth) {
        if (isAdministrationLike(unit->kind)) {
            ids << unit->id;
            break;
        }
        unit = reg.units().find(unit->parentId);
    }
    return ids;
}

void ProfilesTab::reload()
{
    m_message->clearMessage();
    const qint64 current =
        m_units->currentItem() ? m_units->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    {
        const QSignalBlocker blocker(m_units);
        m_units->clear();
        if (session().hasRegister()) {
            const QList<qint64> scope = unitsInScope();
            const QSet<qint64> allowed(scope.begin(), scope.end());
            for (const OrgUnit& u :
                 session().reg().units().ofKinds({UnitKind::Administration, UnitKind::Company})) {
                if (session().scopeUnitId() != 0 && !allowed.contains(u.id))
                    continue;
                auto* item = new QListWidgetItem(u.name, m_units);
                item->setData(Qt::UserRole, u.id);
                item->setToolTip(kUnitKinds.label(u.kind));
            }
            m_units->sortItems();
        }
        int row = 0;
        for (int i = 0; i < m_units->count(); ++i)
            if (m_units->item(i)->data(Qt::UserRole).toLongLong() == current)
                row = i;
        if (m_units->count() > 0)
            m_units->setCurrentRow(row);
    }
    loadAreas();
}

void ProfilesTab::loadAreas()
{
    const int currentRow = m_areas->currentRow();
    m_filling = true;
    m_areas->clear();
    const QListWidgetItem* unitItem = m_units->currentItem();
    const bool open = session().hasRegister();
    m_addArea->setEnabled(open);
    if (open) {
        Register& reg = session().reg();
        const qint64 unitId = unitItem ? unitItem->data(Qt::UserRole).toLongLong() : 0;
        QSet<qint64> chosen;
        if (unitId)
            for (const ProfileArea& pa : reg.profileAreas().ofUnit(unitId))
                chosen.insert(pa.secondId);
        for (const FocusArea& area : reg.focusAreas().all()) {
            auto* item = new QListWidgetItem(area.name, m_areas);
            item->setData(Qt::UserRole, area.id);
            item->setData(Qt::UserRole + 1, area.uuid);
            if (!area.description.isEmpty())
                item->setToolTip(area.description);
            if (unitId) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(chosen.contains(area.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_areas->setCurrentRow(std::min(currentRow, m_areas->count() - 1));
    m_filling = false;
    m_renameArea->setEnabled(m_areas->count() > 0);
    m_removeArea->setEnabled(m_areas->count() > 0);
}

void ProfilesTab::onItemChanged(QListWidgetItem* item)
{
    if (m_filling || !session().hasRegister() || !m_units->currentItem())
        return;
    const qint64 unitId = m_units->currentItem()->data(Qt::UserRole).toLongLong();
    const qint64 areaId = item->data(Qt::UserRole).toLongLong();
    const QString unitName = m_units->currentItem()->text();
    const QString areaName = item->text();
    const bool checked = item->checkState() == Qt::Checked;
    m_message->clearMessage();
    // The command refreshes this list, which deletes the item whose signal is being handled;
    // run it once the view has finished with the click.
    QTimer::singleShot(0, this, [this, unitId, areaId, unitName, areaName, checked] {
        if (!session().hasRegister())
            return;
        if (checked) {
            runCommand(new CreateEntityCommand<ProfileArea>(
                session(), linkBetween<ProfileArea>(unitId, areaId),
                tr("Lägg %1 i kravprofilen för %2").arg(areaName, unitName)));
        } else if (const qint64 link = session().reg().profileAreas().linkId(unitId, areaId)) {
            runCommand(new RemoveEntityCommand<ProfileArea>(
                session(), link, tr("Ta bort %1 ur kravprofilen för %2").arg(areaName, unitName)));
        }
    });
}

void ProfilesTab::runCommand(RegisterCommand* command)
{
    CommandFailure failure;
    if (!session().execute(command, &failure)) {
        m_message->showMessage(failure.message);
        loadAreas(); // put the tick back where the register has it
    }
}

void ProfilesTab::addArea()
{
    const auto name = askName(this, tr("Nytt sakområde"), tr("Sakområdets namn:"), QString());
    if (!name)
        return;
    int last = 0;
    for (const FocusArea& area : session().reg().focusAreas().all())
        last = std::max(last, area.sortOrder);
    FocusArea area;
    area.name = name->trimmed();
    area.sortOrder = last + 10;
    m_message->clearMessage();
    runCommand(new CreateEntityCommand<FocusArea>(session(), area, tr("Nytt sakområde %1").arg(area.name)));
}

void ProfilesTab::renameArea()
{
    QListWidgetItem* item = m_areas->currentItem();
    if (!item)
        return;
    const auto before = session().reg().focusAreas().find(item->data(Qt::UserRole).toLongLong());
    if (!before)
        return;
    const auto name = askName(this, tr("Byt namn på sakområde"), tr("Nytt namn:"), before->name);
    if (!name || name->trimmed() == before->name)
        return;
    FocusArea after = *before;
    after.name = name->trimmed();
    m_message->clearMessage();
    runCommand(new UpdateEntityCommand<FocusArea>(session(), *before, after,
                                                  tr("Byt namn på %1").arg(before->name)));
}

void ProfilesTab::removeArea()
{
    QListWidgetItem* item = m_areas->currentItem();
    if (!item)
        return;
    if (!Confirm::removal(this, tr("Ta bort sakområde"),
                          tr("Ta bort %1 ur katalogen? Det går att ångra.").arg(item->text())))
        return;
    m_message->clearMessage();
    runCommand(new RemoveEntityCommand<FocusArea>(session(), item->data(Qt::UserRole).toLongLong(),
                                                  tr("Ta bort sakområde %1").arg(item->text())));
}

void ProfilesTab::announceSelection()
{
    const QListWidgetItem* item = m_areas->currentItem();
    if (item)
        session().setHistorySubject(&FocusArea::spec(), item->data(Qt::UserRole + 1).toString(),
                                    item->text());
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

} // namespace sakra::gui
