#include "labs/survey/classroundserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QUrlQuery>

using dp::classround::AnswerStatus;
using Status = QHttpServerResponder::StatusCode;

namespace {

// Headers on every reply: nothing is cached, nothing may be loaded from
// elsewhere (the page works with no internet), no referrer leaves the page.
#define EPSILON_SAFE_HEADERS                                                                       \
    {"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"},                          \
        {"Referrer-Policy", "no-referrer"},                                                        \
    {                                                                                              \
        "Content-Security-Policy",                                                                 \
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "          \
            "connect-src 'self'; img-src data:; form-action 'none'; frame-ancestors 'none'"        \
    }

void replyJson(QHttpServerResponder &responder, AnswerStatus status)
{
    const QByteArray body = QByteArrayLiteral("{\"status\":\"") + dp::classround::statusId(status) +
                            QByteArrayLiteral("\"}");
    responder.write(body, {{"Content-Type", "application/json"}, EPSILON_SAFE_HEADERS},
                    static_cast<Status>(dp::classround::httpStatus(status)));
}

void replyText(QHttpServerResponder &responder, const QByteArray &text, Status status,
               const QByteArray &allow = {})
{
    if (allow.isEmpty())
        responder.write(text, {{"Content-Type", "text/plain; charset=utf-8"}, EPSILON_SAFE_HEADERS},
                        status);
    else
        responder.write(
            text,
            {{"Content-Type", "text/plain; charset=utf-8"}, {"Allow", allow}, EPSILON_SAFE_HEADERS},
            status);
}

QByteArray html(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray classRoundPage(const QString &question, double pHonest, double pYes, const QString &code)
{
    QFile file(QStringLiteral(":/classround/student.html"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("student page missing from the resources");
    QByteArray page = file.readAll();
    page.replace("{{QUESTION}}", html(question));
    page.replace("{{P_HONEST}}", QByteArray::number(pHonest, 'g', 17));
    page.replace("{{P_YES}}", QByteArray::number(pYes, 'g', 17));
    page.replace("{{CODE}}", html(code));
    return page;
}

ClassRoundServer::ClassRoundServer(dp::classround::Round *round, const QString &question,
                                   QObject *parent)
    : QAbstractHttpServer(parent), m_round(round),
      m_page(classRoundPage(question, round->pHonest(), round->pYes(),
                            QString::fromStdString(round->sessionCode())))
{
    m_clock.start();
}

bool ClassRoundServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    bind(tcp);
    m_address = address;
    m_port = tcp->serverPort();
    return true;
}

QString ClassRoundServer::studentUrl() const
{
    QString host = m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/?code=%3")
        .arg(host)
        .arg(m_port)
        .arg(QString::fromStdString(m_round->sessionCode()));
}

bool ClassRoundServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString path = request.url().path();
    const std::string sender = request.remoteAddress().toString().toStdString();
    const double now = static_cast<double>(m_clock.nsecsElapsed()) * 1e-9;

    if (path == QLatin1String("/answer")) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            replyText(responder, "only POST here\n", Status::MethodNotAllowed, "POST");
            return true;
        }
        const QByteArray body = request.body();
        const AnswerStatus status = m_round->submit(body.toStdString(), sender, now);
        replyJson(responder, status);
        if (status == AnswerStatus::Accepted)
            emit answerAccepted();
        return true;
    }
    if (path == QLatin1String("/")) {
        if (request.method() != QHttpServerRequest::Method::Get &&
            request.method() != QHttpServerRequest::Method::Head) {
            replyText(responder, "only GET here\n", Status::MethodNotAllowed, "GET, HEAD");
            return true;
        }
        const std::string code =
            request.query().queryItemValue(QStringLiteral("code")).toStdString();
        const AnswerStatus status = m_round->checkPageRequest(code, sender, now);
        if (status != AnswerStatus::Accepted) {
            replyText(responder,
                      "This class round needs the session code shown on the projector.\n"
                      "Diese Klassenrunde braucht den Sitzungscode vom Projektor.\n",
                      static_cast<Status>(dp::classround::httpStatus(status)));
            return true;
        }
        responder.write(m_page,
                        {{"Content-Type", "text/html; charset=utf-8"}, EPSILON_SAFE_HEADERS},
                        Status::Ok);
        return true;
    }
    replyText(responder, "not found\n", Status::NotFound);
    return true;
}

void ClassRoundServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    replyText(responder, "not found\n", Status::NotFound);
}
