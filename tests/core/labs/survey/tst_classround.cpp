// Tests for the live class round's request rules (core/labs/survey/classround.h):
// what an answer may carry, what is refused with which status, and that a
// refusal changes nothing. The estimate is checked against the formula of the
// forced-response design (Boruch 1971; Dwork & Roth 2014 §3.2) with the
// Wilson interval (Agresti & Coull 1998) computed here from its definition.

#include "labs/survey/classround.h"
#include "labs/survey/survey.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace dp::classround;

namespace {

std::string body(const std::string &code, const std::string &token, const std::string &answer)
{
    return R"({"code":")" + code + R"(","token":")" + token + R"(","answer":")" + answer + R"("})";
}

const std::string kCode = "ABC234";
const std::string kToken = "tok_0123456789";

} // namespace

class TestClassRound : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseRefused_data();
    void parseRefused();
    void statusCodes();
    void acceptedOnce();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void rateLimit();
    void participantCap();
    void closedRound();
    void sessionCodes();
    void summaryMatchesFormula_data();
    void summaryMatchesFormula();
    void summaryEdges();
    void simulatedStudents();
};

void TestClassRound::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("yes");
    QTest::newRow("compact yes") << QString::fromStdString(body(kCode, kToken, "yes")) << true;
    QTest::newRow("compact no") << QString::fromStdString(body(kCode, kToken, "no")) << false;
    QTest::newRow("spaces and other order")
        << QStringLiteral(
               " { \"answer\" : \"no\" ,\n \"token\":\"abcdefgh\", \"code\":\"ABC234\" } ")
        << false;
}

void TestClassRound::parseValid()
{
    QFETCH(QString, text);
    QFETCH(bool, yes);
    const auto f = parseAnswer(text.toStdString());
    QVERIFY(f.has_value());
    QCOMPARE(f->yes, yes);
    QCOMPARE(f->code, kCode);
}

void TestClassRound::parseRefused_data()
{
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const std::string &t) {
        QTest::newRow(name) << QString::fromStdString(t);
    };
    row("empty", "");
    row("not an object", "[1,2]");
    row("truncated", R"({"code":"ABC234","token":"tok_0123456789","answer":"yes")");
    row("trailing garbage", body(kCode, kToken, "yes") + "x");
    row("missing answer", R"({"code":"ABC234","token":"tok_0123456789"})");
    row("missing token", R"({"code":"ABC234","answer":"yes"})");
    row("missing code", R"({"token":"tok_0123456789","answer":"yes"})");
    row("unknown field: the true answer may not travel",
        R"({"code":"ABC234","token":"tok_0123456789","answer":"yes","truth":"no"})");
    row("unknown field: a coin may not travel",
        R"({"code":"ABC234","token":"tok_0123456789","answer":"yes","coin":"heads"})");
    row("key twice", R"({"code":"ABC234","token":"tok_0123456789","answer":"yes","answer":"no"})");
    row("other answer value", body(kCode, kToken, "maybe"));
    row("answer in capitals", body(kCode, kToken, "YES"));
    row("answer as boolean", R"({"code":"ABC234","token":"tok_0123456789","answer":true})");
    row("number value", R"({"code":123,"token":"tok_0123456789","answer":"yes"})");
    row("escape in string", R"({"code":"ABC\"234","token":"tok_0123456789","answer":"yes"})");
    row("token too short", body(kCode, "abc", "yes"));
    row("token with a space", body(kCode, "abc defgh", "yes"));
    row("token too long", body(kCode, std::string(65, 'a'), "yes"));
}

void TestClassRound::parseRefused()
{
    QFETCH(QString, text);
    QVERIFY(!parseAnswer(text.toStdString()).has_value());
}

void TestClassRound::statusCodes()
{
    QCOMPARE(httpStatus(AnswerStatus::Accepted), 200);
    QCOMPARE(httpStatus(AnswerStatus::Duplicate), 409);
    QCOMPARE(httpStatus(AnswerStatus::WrongCode), 403);
    QCOMPARE(httpStatus(AnswerStatus::Malformed), 400);
    QCOMPARE(httpStatus(AnswerStatus::TooLarge), 413);
    QCOMPARE(httpStatus(AnswerStatus::RateLimited), 429);
}

void TestClassRound::acceptedOnce()
{
    Round round(kCode, 0.5, 0.5, RateLimit{0, 0});
    QCOMPARE(round.submit(body(kCode, kToken, "yes"), "10.0.0.1", 0.0), AnswerStatus::Accepted);
    QCOMPARE(round.submit(body(kCode, kToken, "no"), "10.0.0.2", 0.1), AnswerStatus::Duplicate);
    QCOMPARE(round.submit(body(kCode, "other_token", "no"), "10.0.0.1", 0.2),
             AnswerStatus::Accepted);
    QCOMPARE(round.answers().size(), std::size_t(2));
    QCOMPARE(round.yesCount(), std::uint64_t(1));
}

void TestClassRound::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong code") << QString::fromStdString(body("ZZZ999", "fresh_token", "yes"))
                                << int(AnswerStatus::WrongCode);
    QTest::newRow("empty code") << QString::fromStdString(body("", "fresh_token", "yes"))
                                << int(AnswerStatus::WrongCode);
    QTest::newRow("malformed") << QStringLiteral("{\"code\":") << int(AnswerStatus::Malformed);
    QTest::newRow("over 1 KiB") << QString::fromStdString(body(kCode, "fresh_token", "yes") +
                                                          std::string(kMaxBodyBytes, ' '))
                                << int(AnswerStatus::TooLarge);
    QTest::newRow("duplicate") << QString::fromStdString(body(kCode, kToken, "no"))
                               << int(AnswerStatus::Duplicate);
}

void TestClassRound::refusalsChangeNothing()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    Round round(kCode, 0.5, 0.5, RateLimit{0, 0});
    QCOMPARE(round.submit(body(kCode, kToken, "yes"), "a", 0.0), AnswerStatus::Accepted);
    const auto before = round.answers();
    QCOMPARE(int(round.submit(text.toStdString(), "a", 1.0)), status);
    QCOMPARE(round.answers(), before);
    QCOMPARE(round.yesCount(), std::uint64_t(1));
    // The refused token was not remembered: it can still answer once.
    QCOMPARE(round.submit(body(kCode, "fresh_token", "no"), "a", 2.0), AnswerStatus::Accepted);
}

void TestClassRound::rateLimit()
{
    // burst 5, 1 per second: the 6th request at once is refused, one more a second later passes.
    Round round(kCode, 0.5, 0.5, RateLimit{1.0, 5.0});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            round.submit(body(kCode, "token_" + std::to_string(100 + i), "yes"), "1.2.3.4", 0.0),
            AnswerStatus::Accepted);
    QCOMPARE(round.submit(body(kCode, "token_200", "yes"), "1.2.3.4", 0.0),
             AnswerStatus::RateLimited);
    QCOMPARE(round.answers().size(), std::size_t(5));
    // Another sender is not affected.
    QCOMPARE(round.submit(body(kCode, "token_300", "yes"), "5.6.7.8", 0.0), AnswerStatus::Accepted);
    QCOMPARE(round.submit(body(kCode, "token_200", "yes"), "1.2.3.4", 1.01),
             AnswerStatus::Accepted);
}

void TestClassRound::participantCap()
{
    Round round(kCode, 0.5, 0.5, RateLimit{0, 0});
    round.addSimulated(kMaxParticipants - 1, 0.3, 7);
    QCOMPARE(round.submit(body(kCode, "last_token", "yes"), "a", 0.0), AnswerStatus::Accepted);
    QCOMPARE(round.submit(body(kCode, "one_too_many", "yes"), "a", 0.0), AnswerStatus::Full);
    QCOMPARE(round.answers().size(), kMaxParticipants);
    round.addSimulated(10, 0.3, 8);
    QCOMPARE(round.answers().size(), kMaxParticipants);
}

void TestClassRound::closedRound()
{
    Round round(kCode, 0.5, 0.5, RateLimit{0, 0});
    round.close();
    QCOMPARE(round.submit(body(kCode, kToken, "yes"), "a", 0.0), AnswerStatus::Closed);
    QCOMPARE(round.checkPageRequest(kCode, "a", 0.0), AnswerStatus::Closed);
    QVERIFY(round.answers().empty());
}

void TestClassRound::sessionCodes()
{
    const std::string a = makeSessionCode(0x123456789abcdefULL);
    const std::string b = makeSessionCode(0x123456789abcdeeULL);
    QCOMPARE(a.size(), kSessionCodeLength);
    QVERIFY(a != b);
    for (char c : a)
        QVERIFY2(std::string("0O1IL").find(c) == std::string::npos, a.c_str());
    Round round(a, 0.5, 0.5);
    QCOMPARE(round.checkPageRequest(a, "x", 0.0), AnswerStatus::Accepted);
    QCOMPARE(round.checkPageRequest(b, "x", 0.0), AnswerStatus::WrongCode);
    QCOMPARE(round.checkPageRequest("", "x", 0.0), AnswerStatus::WrongCode);
}

void TestClassRound::summaryMatchesFormula_data()
{
    QTest::addColumn<int>("yes");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::newRow("class of 30, fair coins") << 12 << 30 << 0.5 << 0.5;
    QTest::newRow("class of 120, p = 0.75") << 40 << 120 << 0.75 << 0.5;
    QTest::newRow("biased second coin") << 9 << 50 << 0.6 << 0.2;
}

void TestClassRound::summaryMatchesFormula()
{
    QFETCH(int, yes);
    QFETCH(int, n);
    QFETCH(double, p);
    QFETCH(double, q);
    const RoundSummary s = summarize(yes, n, p, q);
    const double lambda = double(yes) / n;
    const double b = (1 - p) * q;
    QCOMPARE(s.observedShare, lambda);
    QVERIFY(std::abs(s.estimate - (lambda - b) / p) < 1e-12);
    // Wilson score interval on λ (z = 1.959964), mapped through (· − b)/p.
    const double z = 1.959963984540054, z2 = z * z;
    const double centre = (lambda + z2 / (2 * n)) / (1 + z2 / n);
    const double half =
        z / (1 + z2 / n) * std::sqrt(lambda * (1 - lambda) / n + z2 / (4.0 * n * n));
    const double lo = std::clamp((centre - half - b) / p, 0.0, 1.0);
    const double hi = std::clamp((centre + half - b) / p, 0.0, 1.0);
    QVERIFY2(std::abs(s.ciLow - lo) < 1e-9,
             qPrintable(QString::number(s.ciLow) + " vs " + QString::number(lo)));
    QVERIFY2(std::abs(s.ciHigh - hi) < 1e-9,
             qPrintable(QString::number(s.ciHigh) + " vs " + QString::number(hi)));
    const double a = p + (1 - p) * q;
    QVERIFY(std::abs(s.epsilon - std::max(std::log(a / b), std::log((1 - b) / (1 - a)))) < 1e-12);
}

void TestClassRound::summaryEdges()
{
    // Nobody says yes in a class of 30 (p = 0.5, q = 0.05, the issue's rare-yes
    // setting): the plug-in standard error is 0 there, the interval still has width.
    const RoundSummary none = summarize(0, 30, 0.5, 0.05);
    QVERIFY(none.ciHigh - none.ciLow > 0.05);
    QCOMPARE(none.ciLow, 0.0);
    const RoundSummary empty = summarize(0, 0, 0.5, 0.5);
    QVERIFY(std::isnan(empty.estimate));
    QVERIFY(std::isnan(empty.ciLow));
}

void TestClassRound::simulatedStudents()
{
    // 2,000 simulated students at true share 0.3, fair coins: the reported
    // yes-share is λ = 0.25 + 0.5·0.3 = 0.4 within 5 binomial standard errors.
    Round a(kCode, 0.5, 0.5), b(kCode, 0.5, 0.5);
    a.addSimulated(2000, 0.3, 42);
    b.addSimulated(2000, 0.3, 42);
    QCOMPARE(a.answers(), b.answers()); // same seed, same class
    const double lambda = 0.4, n = 2000;
    const double share = double(a.yesCount()) / n;
    const double se = std::sqrt(lambda * (1 - lambda) / n);
    QVERIFY2(std::abs(share - lambda) < 5 * se, qPrintable(QString::number(share)));
}

QTEST_APPLESS_MAIN(TestClassRound)
#include "tst_classround.moc"
