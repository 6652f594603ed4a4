#include "WelcomePage.h"

#include "widgets/Named.h"

#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

WelcomePage::WelcomePage(QWidget* parent) : QScrollArea(parent)
{
    auto* page = new QWidget;
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* title = new QLabel(tr("Välkommen till Säkra"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* intro =
        new QLabel(tr("Säkra håller kommunens säkerhetsarbete i en registerfil på den här datorn: "
                      "organisationen, risker, åtgärder, händelser, utbildning, rutiner och "
                      "rapporter till nämnderna. Inget register är öppet. Välj hur du vill börja."));
    intro->setWordWrap(true);

    QPushButton* demo = choice(page, "welcomeDemoButton", tr("Öppna &demokommunen"),
                               tr("Lindvalla kommun, en påhittad kommun med allt ifyllt: bra för att se hur "
                                  "Säkra fungerar innan du börjar med din egen."));
    QPushButton* start = choice(page, "welcomeStartButton", tr("&Starta ett register för min kommun…"),
                                tr("Ange kommunens namn och sedan dess nämnder, förvaltningar och bolag. "
                                   "Resten av organisationen lägger du till under Organisation."));
    QPushButton* open = choice(page, "welcomeOpenButton", tr("Öppna en &fil…"),
                               tr("Ett register som du eller en kollega redan har, till exempel i en delad "
                                  "mapp eller en utlämnad del för arbete utan nätverk."));
    QPushButton* server =
        choice(page, "welcomeServerButton", tr("Anslut till &gemensamt register…"),
               tr("Kommunens register på en server, där du arbetar med de enheter du har behörighet till. "
                  "Adressen och ditt användarnamn får du av den som förvaltar registret."));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(start, &QPushButton::clicked, this, &WelcomePage::startRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(16);
    for (QPushButton* b : {demo, start, open, server}) {
        column->addWidget(b);
        column->addWidget(findChild<QLabel*>(b->objectName() + QStringLiteral("Detail")));
        column->addSpacing(10);
    }
    column->addStretch(2);
    // A readable column in the middle however wide the window is.
    auto* row = new QHBoxLayout(page);
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
}

QPushButton* WelcomePage::choice(QWidget* page, const char* name, const QString& title, const QString& detail)
{
    auto* button = named<QPushButton>(page, name, title);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    auto* text = new QLabel(detail, page);
    text->setObjectName(QLatin1String(name) + QStringLiteral("Detail"));
    text->setWordWrap(true);
    text->setContentsMargins(4, 0, 4, 0);
    return button;
}

} // namespace sakra::gui
