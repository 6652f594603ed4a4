#include "UnitEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace sakra::gui {

namespace {
constexpr UnitKind kAllKinds[] = {UnitKind::Municipality, UnitKind::Board,      UnitKind::Administration,
                                  UnitKind::Company,      UnitKind::Department, UnitKind::Unit};

// What a new unit most often is under a parent of this kind.
UnitKind defaultChildKind(std::optional<UnitKind> parent)
{
    if (!parent)
        return UnitKind::Municipality;
    switch (*parent) {
    case UnitKind::Municipality: return UnitKind::Board;
    case UnitKind::Board: return UnitKind::Administration;
    case UnitKind::Administration:
    case UnitKind::Company: return UnitKind::Department;
    case UnitKind::Department:
    case UnitKind::Unit: return UnitKind::Unit;
    }
    return UnitKind::Unit;
}
} // namespace

UnitEditor::UnitEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("unit"), parent), m_name(named<QLineEdit>(this, "unitNameEdit")),
      m_kind(named<QComboBox>(this, "unitKindCombo")), m_parent(named<UnitComboBox>(this, "unitParentCombo")),
      m_board(named<QComboBox>(this, "unitBoardCombo")), m_note(named<QPlainTextEdit>(this, "unitNoteEdit")),
      m_sitesBox(new QGroupBox(tr("Lokaler där enheten finns"), this)), m_sites(new QListWidget(m_sitesBox)),
      m_siteChoice(new QComboBox(m_sitesBox)),
      m_linkSite(new QPushButton(tr("Lä&gg till lokal"), m_sitesBox)),
      m_unlinkSite(new QPushButton(tr("Ta bort &från lokal"), m_sitesBox)),
      m_boardsBox(new QGroupBox(tr("Rapporterar också till"), this)),
      m_boards(named<QListWidget>(m_boardsBox, "unitFurtherBoardsList")),
      m_boardChoice(named<QComboBox>(m_boardsBox, "unitFurtherBoardChoice")),
      m_linkBoard(named<QPushButton>(m_boardsBox, "linkUnitBoardButton", tr("Lägg till nämn&d"))),
      m_unlinkBoard(named<QPushButton>(m_boardsBox, "unlinkUnitBoardButton", tr("Ta b&ort nämnd")))
{
    setObjectName(QStringLiteral("unitEditor"));
    setWords({tr("Ingen enhet vald"), QString(), tr("Lägg till %1"), tr("Ändra %1"), tr("Ta bort enhet"),
              tr("Ta bort %1 ur organisationen? Det går att ångra."), tr("Ta bort %1")});
    m_parent->setDeferred(true);
    m_sites->setObjectName(QStringLiteral("unitSitesList"));
    m_siteChoice->setObjectName(QStringLiteral("unitSiteChoice"));
    m_linkSite->setObjectName(QStringLiteral("linkUnitSiteButton"));
    m_unlinkSite->setObjectName(QStringLiteral("unlinkUnitSiteButton"));

    for (UnitKind kind : kAllKinds)
        m_kind->addItem(kUnitKinds.label(kind), int(kind));
    m_name->setMaxLength(200);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_board->setToolTip(tr("Förvaltningar och bolag rapporterar till en nämnd"));

    addField(tr("&Namn:"), m_name, QStringLiteral("name"), &OrgUnit::name);
    addField(tr("&Typ:"), m_kind, QStringLiteral("kind"), &OrgUnit::kind);
    addField(tr("&Ingår i:"), m_parent, QStringLiteral("parent_id"), &OrgUnit::parentId);
    addField(tr("Rapporterar till n&ämnd:"), m_board, QStringLiteral("board_id"));
    bind(
        m_board, [this](const OrgUnit& u) { selectData(m_board, u.boardId); },
        [this](OrgUnit& u) { u.boardId = m_board->currentData().toLongLong(); });
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"), &OrgUnit::note);

    m_sites->setAccessibleName(tr("Lokaler där enheten finns"));
    m_siteChoice->setAccessibleName(tr("Lokal att lägga till"));
    auto* siteButtons = new QHBoxLayout;
    siteButtons->addWidget(m_siteChoice, 1);
    siteButtons->addWidget(m_linkSite);
    siteButtons->addWidget(m_unlinkSite);
    auto* sitesLayout = new QVBoxLayout(m_sitesBox);
    sitesLayout->addWidget(m_sites);
    sitesLayout->addLayout(siteButtons);
    extraLayout()->addWidget(m_sitesBox);

    m_boardsBox->setToolTip(tr("En förvaltning som tjänar flera nämnder: dess tjänster och budget "
                               "redovisas för var och en av dem"));
    m_boards->setAccessibleName(tr("Nämnder som förvaltningen också rapporterar till"));
    m_boards->setMaximumHeight(m_boards->fontMetrics().lineSpacing() * 4 + 8);
    m_boardChoice->setAccessibleName(tr("Nämnd att lägga till"));
    auto* boardButtons = new QHBoxLayout;
    boardButtons->addWidget(m_boardChoice, 1);
    boardButtons->addWidget(m_linkBoard);
    boardButtons->addWidget(m_unlinkBoard);
    auto* boardsLayout = new QVBoxLayout(m_boardsBox);
    boardsLayout->addWidget(m_boards);
    boardsLayout->addLayout(boardButtons);
    extraLayout()->addWidget(m_boardsBox);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnitEditor::updateBoardField);
    connect(m_linkSite, &QPushButton::clicked, this, &UnitEditor::linkSite);
    connect(m_unlinkSite, &QPushButton::clicked, this, &UnitEditor::unlinkSite);
    connect(m_sites, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unlinkSite->setEnabled(row >= 0); });
    connect(m_linkBoard, &QPushButton::clicked, this, &UnitEditor::linkBoard);
    connect(m_unlinkBoard, &QPushButton::clicked, this, &UnitEditor::unlinkBoard);
    connect(m_boards, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unlinkBoard->setEnabled(row >= 0); });

    showRecord(0);
}

void UnitEditor::loadChoices()
{
    Register& reg = session().reg();
    m_parent->load(reg, {}, tr("(ingen – högst upp)"));
    QList<QPair<qint64, QString>> boards{{0, tr("(ingen)")}};
    for (const OrgUnit& b : reg.units().ofKinds({UnitKind::Board}))
        boards.append({b.id, b.name});
    setChoices(m_board, boards);
    if (m_board->currentIndex() < 0)
        m_board->setCurrentIndex(0);
}

QString UnitEditor::newText(const OrgUnit& fresh) const
{
    const auto parent = fresh.parentId ? session().reg().units().find(fresh.parentId) : std::nullopt;
    return parent ? tr("Ny enhet under %1").arg(parent->name) : tr("Ny kommun");
}

OrgUnit UnitEditor::blank(qint64 parentId) const
{
    const auto parent = session().reg().units().find(parentId);
    OrgUnit blank;
    blank.parentId = parent ? parent->id : 0;
    blank.kind = defaultChildKind(parent ? std::optional<UnitKind>(parent->kind) : std::nullopt);
    if (parent && parent->kind == UnitKind::Board && isAdministrationLike(blank.kind))
        blank.boardId = parent->id;
    return blank;
}

bool UnitEditor::readRest(OrgUnit& unit)
{
    if (!isAdministrationLike(unit.kind))
        unit.boardId = 0;
    return true;
}

void UnitEditor::shown()
{
    updateBoardField();
    loadSites();
    loadBoards();
}

void UnitEditor::refresh(bool unitsChanged)
{
    if (!session().hasRegister())
        return;
    if (unitsChanged)
        loadChoices(); // keeps the parent and board chosen in the form
    if (isCreating() || !item())
        return;
    const auto fresh = session().reg().units().find(item()->id);
    // Overwrite the form only when the stored unit changed, so typing is not lost to an
    // unrelated edit elsewhere.
    if (!fresh)
        showRecord(0);
    else if (fresh->rowVersion != item()->rowVersion)
        showRecord(fresh->id);
    else {
        loadSites();
        loadBoards();
    }
}

void UnitEditor::updateBoardField()
{
    const bool needsBoard = isAdministrationLike(UnitKind(m_kind->currentData().toInt()));
    m_board->setEnabled(needsBoard && (item() || isCreating()));
    if (!needsBoard)
        m_board->setCurrentIndex(0);
}

void UnitEditor::loadSites()
{
    m_sites->clear();
    m_siteChoice->clear();
    const bool usable = item().has_value() && session().hasRegister();
    m_sitesBox->setEnabled(usable);
    m_unlinkSite->setEnabled(false);
    if (!usable)
        return;
    Register& reg = session().reg();
    QSet<qint64> linked;
    for (const Site& site : reg.sites().ofUnit(item()->id)) {
        auto* item = new QListWidgetItem(
            site.city.isEmpty() ? site.name : tr("%1, %2").arg(site.name, site.city), m_sites);
        item->setData(Qt::UserRole, site.id);
        linked.insert(site.id);
    }
    for (const Site& site : reg.sites().all())
        if (!linked.contains(site.id))
            m_siteChoice->addItem(site.city.isEmpty() ? site.name : tr("%1, %2").arg(site.name, site.city),
                                  site.id);
    m_linkSite->setEnabled(m_siteChoice->count() > 0);
    if (m_siteChoice->count() == 0)
        m_siteChoice->addItem(tr("(inga fler lokaler – lägg till under Lokaler)"));
}

void UnitEditor::linkSite()
{
    const qint64 siteId = m_siteChoice->currentData().toLongLong();
    if (!item() || siteId == 0)
        return;
    run(new CreateEntityCommand<UnitSite>(
        session(), linkBetween<UnitSite>(item()->id, siteId),
        tr("Koppla %1 till %2").arg(item()->name, m_siteChoice->currentText())));
}

void UnitEditor::unlinkSite()
{
    QListWidgetItem* site = m_sites->currentItem();
    if (!item() || !site)
        return;
    const qint64 link = session().reg().unitSites().linkId(item()->id, site->data(Qt::UserRole).toLongLong());
    if (link == 0)
        return;
    run(new RemoveEntityCommand<UnitSite>(session(), link,
                                          tr("Ta bort %1 från %2").arg(item()->name, site->text())));
}

void UnitEditor::loadBoards()
{
    m_boards->clear();
    m_boardChoice->clear();
    const bool usable = item().has_value() && session().hasRegister() && isAdministrationLike(item()->kind);
    m_boardsBox->setVisible(!item() || isAdministrationLike(item()->kind));
    m_boardsBox->setEnabled(usable);
    m_unlinkBoard->setEnabled(false);
    if (!usable)
        return;
    Register& reg = session().reg();
    const QList<qint64> further = reg.unitBoards().boardsOf(item()->id);
    for (const OrgUnit& board : reg.units().ofKinds({UnitKind::Board})) {
        if (further.contains(board.id)) {
            auto* row = new QListWidgetItem(board.name, m_boards);
            row->setData(Qt::UserRole, board.id);
        } else if (board.id != item()->boardId) {
            m_boardChoice->addItem(board.name, board.id);
        }
    }
    m_linkBoard->setEnabled(m_boardChoice->count() > 0);
    if (m_boardChoice->count() == 0)
        m_boardChoice->addItem(tr("(inga fler nämnder)"));
}

void UnitEditor::linkBoard()
{
    const qint64 boardId = m_boardChoice->currentData().toLongLong();
    if (!item() || boardId == 0)
        return;
    run(new CreateEntityCommand<UnitBoard>(
        session(), linkBetween<UnitBoard>(item()->id, boardId),
        tr("Låt %1 rapportera också till %2").arg(item()->name, m_boardChoice->currentText())));
}

void UnitEditor::unlinkBoard()
{
    QListWidgetItem* board = m_boards->currentItem();
    if (!item() || !board)
        return;
    const qint64 link =
        session().reg().unitBoards().linkId(item()->id, board->data(Qt::UserRole).toLongLong());
    if (link == 0)
        return;
    run(new RemoveEntityCommand<UnitBoard>(
        session(), link, tr("Låt %1 sluta rapportera till %2").arg(item()->name, board->text())));
}

} // namespace sakra::gui
