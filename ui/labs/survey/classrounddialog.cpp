#include "labs/survey/classrounddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ClassRoundDialog::ClassRoundDialog(double pHonest, double pYes, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Class survey"));
    auto *intro =
        new QLabel(tr("Students answer from their phones. Each phone flips both coins "
                      "itself and sends only the reported answer; the projector shows the "
                      "class estimate as answers arrive."));
    intro->setWordWrap(true);

    m_question = new QLineEdit(tr("Have you ever cheated in an exam?"));
    m_question->setMaxLength(200);
    m_question->setAccessibleName(tr("Question"));
    auto coin = [](double value, const QString &name) {
        auto *box = new QDoubleSpinBox;
        box->setRange(0.0, 100.0);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(100.0 * value);
        box->setAccessibleName(name);
        return box;
    };
    m_pHonest = coin(pHonest, tr("First coin: chance to answer truthfully"));
    m_pYes = coin(pYes, tr("Second coin: chance of “yes”"));
    m_address = new QComboBox;
    m_address->setAccessibleName(tr("Network address"));
    for (const auto &[label, address] : listAddresses())
        m_address->addItem(label, address.toString());
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Port"));
    m_hide = new QCheckBox(tr("Hide the estimate until I reveal it"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&First coin, truthful:"), m_pHonest);
    form->addRow(tr("&Second coin, “yes”:"), m_pYes);
    form->addRow(tr("&Network:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_hide);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *start = buttons->addButton(tr("&Start round"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(start, &QPushButton::clicked, this, &ClassRoundDialog::startRound);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QList<QPair<QString, QHostAddress>> ClassRoundDialog::listAddresses()
{
    QList<QPair<QString, QHostAddress>> out;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) ||
            (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.protocol() != QAbstractSocket::IPv4Protocol || a.isLinkLocal())
                continue;
            out.append({tr("%1 (%2)").arg(a.toString(), iface.humanReadableName()), a});
        }
    }
    out.append({tr("127.0.0.1 (this computer only)"), QHostAddress(QHostAddress::LocalHost)});
    return out;
}

ClassRoundSetup ClassRoundDialog::setup() const
{
    ClassRoundSetup s;
    s.question = m_question->text().trimmed();
    s.pHonest = m_pHonest->value() / 100.0;
    s.pYes = m_pYes->value() / 100.0;
    s.address = QHostAddress(m_address->currentData().toString());
    s.port = static_cast<quint16>(m_port->value());
    s.hideEstimate = m_hide->isChecked();
    return s;
}

void ClassRoundDialog::startRound()
{
    ClassRoundSetup s = setup();
    if (s.question.isEmpty()) {
        m_error->setText(tr("Type the question the class will answer."));
        m_error->show();
        return;
    }
    auto *view = new ClassRoundView(s, parentWidget() ? parentWidget()->window() : nullptr);
    QString error;
    if (!view->start(&error)) {
        delete view;
        m_error->setText(tr("Could not open the round on %1, port %2: %3. Try another port or "
                            "“any free port”.")
                             .arg(s.address.toString())
                             .arg(s.port)
                             .arg(error));
        m_error->show();
        return;
    }
    m_view = view;
    view->show();
    accept();
}
