// A real browser takes part in a class round: Debian's headless Chromium
// (driven by student_browser.py through Selenium) opens the student page
// from a server on 127.0.0.1, answers once, and the projector's count and
// estimate change. Also checked in the browser: a second answer from the
// same phone is refused, the page's coin code reports "yes" with probability
// (1 − p)·q + p·π (within 5 binomial standard errors over 20,000 flips per
// setting), and the browser requested nothing but the app's own address.

#include "labs/survey/classroundserver.h"
#include "labs/survey/classroundview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestClassRoundBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPhoneTakesPart();
};

void TestClassRoundBrowser::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // scripts/setup installs these; without them this test cannot say anything.
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/chromium")),
             "chromium is not installed (scripts/setup)");
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/chromedriver")),
             "chromium-driver is not installed (scripts/setup)");
}

void TestClassRoundBrowser::aPhoneTakesPart()
{
    ClassRoundSetup setup;
    setup.question = QStringLiteral("Have you ever cheated in an exam?");
    setup.address = QHostAddress::LocalHost;
    ClassRoundView view(setup);
    view.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    QVERIFY2(view.start(&error), qPrintable(error));
    const QString before = view.estimateText();
    QCOMPARE(view.countText(), QStringLiteral("Answers so far: 0"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString resultPath = dir.filePath(QStringLiteral("result.json"));
    QStringList args{QStringLiteral(EPSILON_STUDENT_BROWSER), view.studentUrl(), resultPath};
    const QString shot = qEnvironmentVariable("EPSILON_PHONE_SCREENSHOT");
    if (!shot.isEmpty())
        args << shot;
    QProcess browser;
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    browser.start(QStringLiteral("/usr/bin/python3"), args); // Debian's, with python3-selenium
    QVERIFY2(browser.waitForStarted(10000), "/usr/bin/python3 did not start");
    // The server answers from this thread's event loop while the browser runs.
    QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 120000);
    QCOMPARE(browser.exitStatus(), QProcess::NormalExit);
    QCOMPARE(browser.exitCode(), 0);

    // The projector saw the one answer.
    QTRY_COMPARE(view.round().answers().size(), std::size_t(1));
    QTRY_COMPARE(view.countText(), QStringLiteral("Answers so far: 1"));
    QVERIFY(view.estimateText() != before);

    QFile file(resultPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(result.value(QStringLiteral("answered")).toBool());
    QVERIFY2(result.value(QStringLiteral("second_refused")).toBool(),
             "a second answer was not refused");
    // A phone set to German gets the page in German.
    QCOMPARE(result.value(QStringLiteral("german_title")).toString(),
             QStringLiteral("Klassenumfrage"));
    QCOMPARE(result.value(QStringLiteral("german_send")).toString(), QStringLiteral("Senden"));
    qInfo("page said: %s", qPrintable(result.value(QStringLiteral("sent_text")).toString()));

    // Every request went to the app, nowhere else.
    const QString origin = QStringLiteral("http://127.0.0.1:%1/").arg(view.server()->port());
    // (The browser's own internal pages, chrome://…, never touch the network.)
    const QJsonArray requests = result.value(QStringLiteral("requests")).toArray();
    int toApp = 0;
    bool answerPosted = false;
    for (const auto &r : requests) {
        const QString url = r.toString();
        if (url.startsWith(QLatin1String("chrome:")) || url.startsWith(QLatin1String("about:")) ||
            url.startsWith(QLatin1String("data:")))
            continue;
        QVERIFY2(url.startsWith(origin), qPrintable(url));
        ++toApp;
        answerPosted = answerPosted || url == origin + QStringLiteral("answer");
    }
    QVERIFY(toApp >= 2); // the page, twice (answer and reload), and the answer
    QVERIFY(answerPosted);

    // For the README: the projector with a class of simulated students added.
    const QString projector = qEnvironmentVariable("EPSILON_PROJECTOR_SCREENSHOT");
    if (!projector.isEmpty()) {
        view.addSimulatedStudents(26, 0.3);
        view.resize(1280, 720);
        view.grab().save(projector);
    }

    // The page's coins: reported yes-share (1 − p)q + pπ within 5 standard errors.
    const QJsonArray checks = result.value(QStringLiteral("coin_checks")).toArray();
    QCOMPARE(checks.size(), 4);
    for (const auto &c : checks) {
        const QJsonObject o = c.toObject();
        const double n = o.value(QStringLiteral("n")).toDouble();
        const double expected = o.value(QStringLiteral("expected")).toDouble();
        const double share = o.value(QStringLiteral("yes")).toDouble() / n;
        const double se = std::sqrt(expected * (1 - expected) / n);
        const double tolerance = se > 0 ? 5 * se : 1e-12;
        QVERIFY2(std::abs(share - expected) <= tolerance,
                 qPrintable(QStringLiteral("p=%1 q=%2 pi=%3: share %4, expected %5 ± %6")
                                .arg(o.value(QStringLiteral("p")).toDouble())
                                .arg(o.value(QStringLiteral("q")).toDouble())
                                .arg(o.value(QStringLiteral("pi")).toDouble())
                                .arg(share)
                                .arg(expected)
                                .arg(tolerance)));
    }
}

QTEST_MAIN(TestClassRoundBrowser)
#include "tst_classroundbrowser.moc"
