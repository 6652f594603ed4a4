#pragma once

#include "storage/RegisterSource.h"

#include <QDate>
#include <QObject>
#include <memory>

namespace sakra {
class Register;
}

namespace sakra::gui {

struct ActionOverviewData;

// Reads the action overview on a thread of its own, with its own connection to the register file,
// so that the sums over a large plan (a hundred thousand actions take a couple of seconds) never
// hold up the window. It lives in that thread; ask it by queued calls and it answers by signal.
// The connection stays open between requests and is opened again when the file changes.
class ActionOverviewLoader : public QObject
{
    Q_OBJECT

public:
    ActionOverviewLoader();
    ~ActionOverviewLoader() override;

    // In the loader's thread. generation is handed back so the asker can drop stale answers.
    void load(quint64 generation, const sakra::RegisterSource& source, qint64 scopeUnitId,
              const QDate& today);
    // Closes the connection (in the loader's thread, before the thread ends).
    void close();

Q_SIGNALS:
    void loaded(quint64 generation, std::shared_ptr<const sakra::gui::ActionOverviewData> data);
    void failed(quint64 generation, const QString& message);

private:
    std::unique_ptr<Register> m_register;
};

} // namespace sakra::gui
