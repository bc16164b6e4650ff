#pragma once
// The HTTP side of a live class round (Qt HTTP Server). It exists only while
// a round is open and listens on one chosen address. Exactly three things are
// served, each needing the session code:
//   GET  /?code=CODE   the self-contained student page (HTML, CSS, JS inline)
//   POST /answer       {"code", "token", "answer"}: the reported answer only
// and everything else is refused: another path → 404, another method on a
// known path → 405. What an answer may carry and every refusal
// (400/403/409/410/413/429) are decided by dp::classround::Round, which has
// no field that could hold a true answer or a coin.

#include "labs/survey/classround.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>

class ClassRoundServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `round` must outlive the server. `question` is shown on the page.
    ClassRoundServer(dp::classround::Round *round, const QString &question,
                     QObject *parent = nullptr);

    // Listens on `address`:`port` (0 = any free port). False + reason on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    // The address a student opens, session code included.
    QString studentUrl() const;
    // The student page as served (for tests and the size benchmark).
    QByteArray page() const { return m_page; }

signals:
    void answerAccepted();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    dp::classround::Round *m_round;
    QByteArray m_page;
    QHostAddress m_address;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
};

// The student page with the question, the coins and the code filled in (HTML-escaped).
QByteArray classRoundPage(const QString &question, double pHonest, double pYes,
                          const QString &code);
