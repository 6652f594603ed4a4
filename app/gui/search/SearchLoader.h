#pragma once

#include "search/SearchHit.h"
#include "search/SearchRequest.h"
#include "storage/RegisterSource.h"

#include <QObject>
#include <memory>
#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Searches the register on a thread of its own with its own read-only connection, so that a
// search of a city's register never holds up the window. It lives in that thread; ask it by
// queued calls and it answers by signal. The connection stays open between searches.
class SearchLoader : public QObject
{
    Q_OBJECT

public:
    SearchLoader();
    ~SearchLoader() override;

    // In the loader's thread. generation is handed back so the asker can drop stale answers.
    void search(quint64 generation, const sakra::RegisterSource& source, const sakra::SearchRequest& request);
    // Closes the connection (in the loader's thread, before the thread ends).
    void close();

Q_SIGNALS:
    void found(quint64 generation, const std::vector<sakra::SearchHit>& hits);
    void failed(quint64 generation, const QString& message);

private:
    std::unique_ptr<Register> m_register;
};

} // namespace sakra::gui
