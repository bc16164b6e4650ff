#pragma once
// "Class survey…": the instructor's set-up of a live round — the question,
// the two coins (kept from the survey lab or set here), the network address
// the phones will reach (the computer's addresses are listed), the port, and
// whether the estimate starts hidden. Start opens the projector view; when
// the server cannot listen, the reason is shown and nothing else changes.

#include "labs/survey/classroundview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ClassRoundDialog : public QDialog
{
    Q_OBJECT
public:
    ClassRoundDialog(double pHonest, double pYes, QWidget *parent = nullptr);
    ClassRoundSetup setup() const;
    // The view opened by Start (owned by its own window), or nullptr.
    ClassRoundView *view() const { return m_view; }

    // The computer's addresses a phone could reach: IPv4 of interfaces that
    // are up, then loopback ("this computer only").
    static QList<QPair<QString, QHostAddress>> listAddresses();

private:
    void startRound();

    QLineEdit *m_question = nullptr;
    QDoubleSpinBox *m_pHonest = nullptr;
    QDoubleSpinBox *m_pYes = nullptr;
    QComboBox *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_hide = nullptr;
    QLabel *m_error = nullptr;
    ClassRoundView *m_view = nullptr;
};
