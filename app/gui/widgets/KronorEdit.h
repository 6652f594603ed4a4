#pragma once

#include <QLineEdit>
#include <optional>

namespace sakra::gui {

// An amount in whole kronor, typed as people write it ("1 250 000", "25000 kr") and shown with
// thousands separators and "kr" once the field is left.
class KronorEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit KronorEdit(QWidget* parent = nullptr);

    // nullopt when the text is not a whole amount; an empty field is 0.
    std::optional<qint64> amount() const;
    void setAmount(qint64 amount);

private:
    void reformat();
};

} // namespace sakra::gui
