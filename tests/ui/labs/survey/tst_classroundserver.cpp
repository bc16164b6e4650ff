// The class round's HTTP server on 127.0.0.1 only: what is served, what is
// refused with which status, that refusals change nothing, that 500 clients
// answering at once are each counted exactly once, and that the projector's
// estimate is the survey lab's estimator on the same counts. Every request
// goes to the loopback address; loops are bounded in count and time.

#include "labs/survey/classround.h"
#include "labs/survey/classroundserver.h"
#include "labs/survey/classroundview.h"
#include "labs/survey/survey.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// One raw HTTP/1.1 request over a fresh connection to 127.0.0.1 (so that
// odd requests are sent exactly as written), with the event loop running.
Reply request(quint16 port, const QByteArray &method, const QByteArray &path,
              const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                     extraHeaders;
    if (!body.isEmpty() || method == "POST")
        req +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    req += "\r\n" + body;
    socket.write(req);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    // Read until the whole body (Content-Length) has arrived or 5 s passed.
    while (timer.elapsed() < 5000) {
        QTest::qWait(1);
        data += socket.readAll();
        const int end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        static const QRegularExpression lengthRe(QStringLiteral("content-length:\\s*(\\d+)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const auto m = lengthRe.match(QString::fromLatin1(data.left(end)));
        const int length = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (data.size() >= end + 4 + length) {
            Reply r;
            r.status = data.mid(9, 3).toInt();
            r.headers = data.left(end);
            r.body = data.mid(end + 4, length);
            return r;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return {};
}

QByteArray answer(const QByteArray &code, const QByteArray &token, const QByteArray &value)
{
    return R"({"code":")" + code + R"(","token":")" + token + R"(","answer":")" + value + R"("})";
}

} // namespace

class TestClassRoundServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void servesThePageWithTheCode();
    void pageEscapesTheQuestion();
    void answerCountedOnce();
    void refusals_data();
    void refusals();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void floodsAreRateLimited();
    void fiveHundredConcurrentClients();
    void estimateIsTheSurveyEstimator();
    void endingTheRoundStopsTheServer();
    void pageIsSmallAndSelfContained();

private:
    std::unique_ptr<ClassRoundView> m_view;
    quint16 m_port = 0;
    QByteArray m_code;
};

void TestClassRoundServer::init()
{
    ClassRoundSetup setup;
    setup.question = QStringLiteral("Have you ever cheated in an exam?");
    setup.address = QHostAddress::LocalHost;
    setup.rateLimit = {0.0, 0.0}; // loopback load: one address sends everything
    m_view = std::make_unique<ClassRoundView>(setup);
    m_view->setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    QVERIFY2(m_view->start(&error), qPrintable(error));
    m_port = m_view->server()->port();
    m_code = QByteArray::fromStdString(m_view->round().sessionCode());
    QVERIFY(m_port != 0);
}

void TestClassRoundServer::cleanup()
{
    m_view.reset();
}

void TestClassRoundServer::servesThePageWithTheCode()
{
    const Reply ok = request(m_port, "GET", "/?code=" + m_code);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.headers.toLower().contains("content-type: text/html"));
    QVERIFY(ok.body.contains("Have you ever cheated in an exam?"));
    QVERIFY(ok.body.contains("data-code=\"" + m_code + "\""));
    QCOMPARE(request(m_port, "GET", "/").status, 403);
    QCOMPARE(request(m_port, "GET", "/?code=WRONG1").status, 403);
}

void TestClassRoundServer::pageEscapesTheQuestion()
{
    const QByteArray page = classRoundPage(QStringLiteral("<script>alert(1)</script> & \"x\""), 0.5,
                                           0.5, QStringLiteral("ABC234"));
    QVERIFY(!page.contains("<script>alert(1)"));
    QVERIFY(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
}

void TestClassRoundServer::answerCountedOnce()
{
    QCOMPARE(request(m_port, "POST", "/answer", answer(m_code, "device_000001", "yes")).status,
             200);
    QCOMPARE(request(m_port, "POST", "/answer", answer(m_code, "device_000001", "no")).status, 409);
    QTRY_COMPARE(m_view->round().answers().size(), std::size_t(1));
    QCOMPARE(m_view->round().yesCount(), std::uint64_t(1));
    QTRY_COMPARE(m_view->countText(), QStringLiteral("Answers so far: 1"));
}

void TestClassRoundServer::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong code") << answer("ZZZ999", "device_000002", "yes") << 403;
    QTest::newRow("missing code") << QByteArray(R"({"token":"device_000002","answer":"yes"})")
                                  << 400;
    QTest::newRow("malformed JSON") << QByteArray(R"({"code": )") << 400;
    QTest::newRow("unknown field (the truth)")
        << QByteArray(R"({"code":"CODE","token":"device_000002","answer":"yes","truth":"no"})")
        << 400;
    QTest::newRow("other answer value") << answer("CODE", "device_000002", "perhaps") << 400;
    QTest::newRow("body over 1 KiB")
        << answer("CODE", "device_000002", "yes") + QByteArray(1100, ' ') << 413;
    QTest::newRow("empty body") << QByteArray() << 400;
}

void TestClassRoundServer::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    body.replace("CODE", m_code);
    QCOMPARE(request(m_port, "POST", "/answer", answer(m_code, "device_000001", "no")).status, 200);
    const auto before = m_view->round().answers();
    const Reply r = request(m_port, "POST", "/answer", body);
    QCOMPARE(r.status, status);
    QVERIFY(r.headers.toLower().contains("content-type: application/json"));
    QCOMPARE(m_view->round().answers(), before);
    // The refused device may still answer once.
    QCOMPARE(request(m_port, "POST", "/answer", answer(m_code, "device_000002", "no")).status, 200);
}

void TestClassRoundServer::unknownPathsAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("GET /answer") << QByteArray("GET") << QByteArray("/answer") << 405;
    QTest::newRow("PUT /answer") << QByteArray("PUT") << QByteArray("/answer") << 405;
    QTest::newRow("POST /") << QByteArray("POST") << QByteArray("/?code=x") << 405;
    QTest::newRow("DELETE /") << QByteArray("DELETE") << QByteArray("/") << 405;
    QTest::newRow("a file") << QByteArray("GET") << QByteArray("/etc/passwd") << 404;
    QTest::newRow("climbing out") << QByteArray("GET") << QByteArray("/../../etc/passwd") << 404;
    QTest::newRow("a directory") << QByteArray("GET") << QByteArray("/classround/") << 404;
    QTest::newRow("the resource path") << QByteArray("GET") << QByteArray("/student.html") << 404;
    QTest::newRow("answers listing") << QByteArray("GET") << QByteArray("/answers") << 404;
}

void TestClassRoundServer::unknownPathsAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QCOMPARE(request(m_port, method, path).status, status);
    QVERIFY(m_view->round().answers().empty());
}

void TestClassRoundServer::floodsAreRateLimited()
{
    // A round with a small allowance (burst 3, 1 per second): the 4th request
    // at once gets 429 with a reason, and is not counted.
    ClassRoundSetup setup;
    setup.question = QStringLiteral("Q?");
    setup.rateLimit = {1.0, 3.0};
    ClassRoundView view(setup);
    view.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    QVERIFY2(view.start(&error), qPrintable(error));
    const quint16 port = view.server()->port();
    const QByteArray code = QByteArray::fromStdString(view.round().sessionCode());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(request(port, "POST", "/answer",
                         answer(code, "flood_" + QByteArray::number(1000 + i), "yes"))
                     .status,
                 200);
    const Reply refused = request(port, "POST", "/answer", answer(code, "flood_2000", "yes"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.body.contains("rate_limited"));
    QCOMPARE(view.round().answers().size(), std::size_t(3));
}

void TestClassRoundServer::fiveHundredConcurrentClients()
{
    // 500 connections opened at once, each sending one answer with its own
    // token; all must be counted exactly once. Bounded: 500 requests, 60 s.
    constexpr int kClients = 500;
    int done = 0, accepted = 0;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(kClients);
    for (int i = 0; i < kClients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        const QByteArray body =
            answer(m_code, "client_" + QByteArray::number(10000 + i), i % 3 ? "no" : "yes");
        connect(s, &QTcpSocket::connected, s, [s, body] {
            s->write("POST /answer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        connect(s, &QTcpSocket::readyRead, s, [s, i, &buffers, &done, &accepted] {
            buffers[std::size_t(i)] += s->readAll();
            if (buffers[std::size_t(i)].size() >= 12) {
                if (buffers[std::size_t(i)].mid(9, 3) == "200")
                    ++accepted;
                ++done;
                s->disconnect(); // count once
                s->abort();
            }
        });
        s->connectToHost(QHostAddress::LocalHost, m_port);
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, kClients, 60000);
    QCOMPARE(accepted, kClients);
    QCOMPARE(m_view->round().answers().size(), std::size_t(kClients));
    // i % 3 == 0 said yes: 167 of 500.
    QCOMPARE(m_view->round().yesCount(), std::uint64_t(167));
}

void TestClassRoundServer::estimateIsTheSurveyEstimator()
{
    for (int i = 0; i < 40; ++i)
        QCOMPARE(
            request(m_port, "POST", "/answer",
                    answer(m_code, "est_" + QByteArray::number(100000 + i), i < 14 ? "yes" : "no"))
                .status,
            200);
    const auto s = m_view->round().summary();
    QCOMPARE(s.answers, std::uint64_t(40));
    QCOMPARE(s.yes, std::uint64_t(14));
    // The survey lab's estimator on the same counts: (λ̂ − b)/p with the default fair coins.
    QCOMPARE(s.estimate, dp::rrEstimate(14.0 / 40.0, 0.5, 0.5));
    const auto same = dp::classround::summarize(14, 40, 0.5, 0.5);
    QCOMPARE(s.ciLow, same.ciLow);
    QCOMPARE(s.ciHigh, same.ciHigh);
    QTRY_VERIFY(m_view->estimateText().contains(QStringLiteral("20.0 %"))); // (0.35 − 0.25)/0.5
}

void TestClassRoundServer::endingTheRoundStopsTheServer()
{
    QCOMPARE(request(m_port, "POST", "/answer", answer(m_code, "device_000009", "yes")).status,
             200);
    m_view->endRound();
    QVERIFY(!m_view->isOpen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(!socket.waitForConnected(1000));
    QCOMPARE(m_view->round().answers().size(), std::size_t(1)); // kept for export
}

void TestClassRoundServer::pageIsSmallAndSelfContained()
{
    const QByteArray page = m_view->server()->page();
    QVERIFY2(page.size() < 50 * 1024, QByteArray::number(page.size()).constData());
    // Nothing is loaded from anywhere else.
    for (const char *needle : {"http://", "https://", "src=\"//", "@import", "url("})
        QVERIFY2(!page.contains(needle), needle);
}

QTEST_MAIN(TestClassRoundServer)
#include "tst_classroundserver.moc"
