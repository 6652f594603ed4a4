#include "LinkChooserDialog.h"

#include "widgets/Named.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sakra::gui {

LinkChooserDialog::LinkChooserDialog(const QString& title, const QString& prompt, Search search,
                                     const std::set<qint64>& linked, QWidget* parent)
    : QDialog(parent), m_searchFunction(std::move(search)), m_linked(linked),
      m_search(named<QLineEdit>(this, "linkChooserSearch")),
      m_list(named<QListWidget>(this, "linkChooserList")), m_ok(nullptr), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("linkChooserDialog"));
    setWindowTitle(title);
    m_search->setPlaceholderText(tr("Skriv en del av rubriken"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(prompt);

    auto* label = new QLabel(prompt, this);
    label->setBuddy(m_search);
    label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Koppla"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Avbryt"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 420);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &LinkChooserDialog::runSearch);
    connect(m_list, &QListWidget::currentRowChanged, this, &LinkChooserDialog::updateState);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    runSearch();
}

void LinkChooserDialog::runSearch()
{
    m_list->clear();
    for (const Choice& c : m_searchFunction(m_search->text().trimmed())) {
        auto* item = new QListWidgetItem(c.text, m_list);
        item->setData(Qt::UserRole, c.id);
        if (m_linked.count(c.id)) {
            item->setText(tr("%1 (redan kopplad)").arg(c.text));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("Inget hittades."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    updateState();
}

void LinkChooserDialog::updateState()
{
    m_ok->setEnabled(chosenId() != 0);
}

qint64 LinkChooserDialog::chosenId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return 0;
    return item->data(Qt::UserRole).toLongLong();
}

bool LinkChooserDialog::choose(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(Qt::UserRole).toLongLong() == id && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace sakra::gui
