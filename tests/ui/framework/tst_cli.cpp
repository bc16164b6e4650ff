// The command line as a user or a script meets it: --describe, headless
// exports, and one clear line with exit status 2 for every bad argument,
// with nothing written.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int status = -1;
    QByteArray out, err;
};

Run runApp(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EPSILON_LAB_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void describeListsEveryLab();
    void exportsSurvey();
    void sameSeedSameFiles();
    void everyLabExportsWhatItsIssueAsks_data();
    void everyLabExportsWhatItsIssueAsks();
    void badArguments_data();
    void badArguments();
    void unwritablePathWritesNothing();
};

void TestCli::describeListsEveryLab()
{
    const Run r = runApp({QStringLiteral("--describe")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray labs = doc.object().value(QStringLiteral("labs")).toArray();
    QVERIFY(!labs.isEmpty());
    bool survey = false;
    for (const auto &lab : labs) {
        const QJsonObject o = lab.toObject();
        QVERIFY(!o.value(QStringLiteral("parameters")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("csv_columns")).toArray().isEmpty());
        for (const auto &p : o.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject po = p.toObject();
            for (const char *key : {"id", "label", "type", "min", "max", "default"})
                QVERIFY2(po.contains(QLatin1String(key)), key);
        }
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("survey")) {
            survey = true;
            const QJsonArray cols = o.value(QStringLiteral("csv_columns")).toArray();
            QCOMPARE(cols.size(), 4);
            QCOMPARE(cols[0].toString(), QStringLiteral("survey"));
        }
    }
    QVERIFY(survey);
}

void TestCli::exportsSurvey()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv")), json = dir.filePath(QStringLiteral("s.json")),
                  png = dir.filePath(QStringLiteral("s.png"));
    const Run r = runApp({QStringLiteral("--lab"), QStringLiteral("survey"), QStringLiteral("--seed"), QStringLiteral("3"),
                          QStringLiteral("--set"), QStringLiteral("surveys=50"), QStringLiteral("--set"),
                          QStringLiteral("p_honest=0.75"), QStringLiteral("--export-csv"), csv,
                          QStringLiteral("--export-json"), json, QStringLiteral("--export-png"), png,
                          QStringLiteral("--size"), QStringLiteral("1024x700")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("survey,yes_count,observed_rate,estimate"));
    QCOMPARE(lines.size(), 51);
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
    for (const char *key : {"observed_rate", "estimate", "ci_low", "ci_high", "standard_error",
                            "nonprivate_standard_error", "implied_epsilon", "true_rate"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    // ε for a coin honest 75 % of the time with a fair second coin is ln 7
    // (science sheet; Dwork & Roth §3.2 formula), not ln 3.
    QVERIFY(qAbs(o.value(QStringLiteral("implied_epsilon")).toDouble() - std::log(7.0)) < 1e-12);
    QImage image(png);
    QCOMPARE(image.size(), QSize(1024, 700));
}

void TestCli::sameSeedSameFiles()
{
    QTemporaryDir dir;
    QByteArray first;
    for (int i = 0; i < 2; ++i) {
        const QString csv = dir.filePath(QStringLiteral("r%1.csv").arg(i));
        const Run r = runApp({QStringLiteral("--lab"), QStringLiteral("survey"), QStringLiteral("--seed"),
                              QStringLiteral("11"), QStringLiteral("--export-csv"), csv});
        QCOMPARE(r.status, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (i == 0)
            first = bytes;
        else
            QCOMPARE(bytes, first);
    }
}

void TestCli::everyLabExportsWhatItsIssueAsks_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("differencing") << QStringLiteral("differencing")
                                  << QStringList{QStringLiteral("noise=laplace"), QStringLiteral("trials=300")}
                                  << QByteArray("trial,target_value,answer_full,answer_without,guess,correct")
                                  << QStringList{QStringLiteral("sensitivity_measured"), QStringLiteral("sensitivity_global"),
                                                 QStringLiteral("attack_success_rate"), QStringLiteral("dp_bound_success_rate"),
                                                 QStringLiteral("epsilon_target"), QStringLiteral("epsilon_total"),
                                                 QStringLiteral("laplace_scale")};
    QTest::newRow("income") << QStringLiteral("income") << QStringList{QStringLiteral("trials=300")}
                            << QByteArray("trial,true_mean,estimated_mean,error")
                            << QStringList{QStringLiteral("true_mean"), QStringLiteral("estimated_mean"), QStringLiteral("ci_low"),
                                           QStringLiteral("ci_high"), QStringLiteral("standard_error"),
                                           QStringLiteral("epsilon_analytic"), QStringLiteral("epsilon_classic"),
                                           QStringLiteral("delta"), QStringLiteral("clipping_bias"),
                                           QStringLiteral("central_standard_error"), QStringLiteral("local_standard_error")};
}

void TestCli::everyLabExportsWhatItsIssueAsks()
{
    QFETCH(QString, lab);
    QFETCH(QStringList, settings);
    QFETCH(QByteArray, header);
    QFETCH(QStringList, keys);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("a.csv")), json = dir.filePath(QStringLiteral("a.json"));
    QStringList args{QStringLiteral("--lab"), lab, QStringLiteral("--seed"), QStringLiteral("5"),
                     QStringLiteral("--export-csv"), csv, QStringLiteral("--export-json"), json};
    for (const QString &s : settings)
        args << QStringLiteral("--set") << s;
    const Run r = runApp(args);
    QVERIFY2(r.status == 0, r.err.constData());
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), header);
    QCOMPARE(lines.size(), 301); // one row per trial or round
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("lab")).toString(), lab);
    for (const QString &key : keys)
        QVERIFY2(o.contains(key), qPrintable(key));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString out = QDir::temp().filePath(QStringLiteral("epsilon-cli-should-not-exist.csv"));
    auto lab = [&](const QStringList &more) {
        return QStringList{QStringLiteral("--lab"), QStringLiteral("survey"), QStringLiteral("--export-csv"), out} + more;
    };
    QTest::newRow("unknown lab") << QStringList{QStringLiteral("--lab"), QStringLiteral("nope"), QStringLiteral("--export-csv"), out}
                                 << QStringLiteral("unknown lab");
    QTest::newRow("unknown parameter") << lab({QStringLiteral("--set"), QStringLiteral("colour=red")}) << QStringLiteral("colour");
    QTest::newRow("out of range") << lab({QStringLiteral("--set"), QStringLiteral("p_honest=1.5")}) << QStringLiteral("p_honest");
    QTest::newRow("not a number") << lab({QStringLiteral("--set"), QStringLiteral("population=many")}) << QStringLiteral("number");
    QTest::newRow("not whole") << lab({QStringLiteral("--set"), QStringLiteral("population=10.5")}) << QStringLiteral("whole");
    QTest::newRow("nan") << lab({QStringLiteral("--set"), QStringLiteral("true_rate=nan")}) << QStringLiteral("true_rate");
    QTest::newRow("no equals") << lab({QStringLiteral("--set"), QStringLiteral("population")}) << QStringLiteral("key=value");
    QTest::newRow("bad choice") << lab({QStringLiteral("--set"), QStringLiteral("mode=fast")}) << QStringLiteral("auto");
    QTest::newRow("bad seed") << lab({QStringLiteral("--seed"), QStringLiteral("-4")}) << QStringLiteral("seed");
    QTest::newRow("bad size") << lab({QStringLiteral("--size"), QStringLiteral("big")}) << QStringLiteral("size");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("set without lab") << QStringList{QStringLiteral("--set"), QStringLiteral("p_yes=0.5"), QStringLiteral("--export-csv"), out}
                                     << QStringLiteral("--lab");
    const auto other = [&](const QString &id, const QStringList &more) {
        return QStringList{QStringLiteral("--lab"), id, QStringLiteral("--export-csv"), out} + more;
    };
    QTest::newRow("differencing target beyond rows")
        << other(QStringLiteral("differencing"), {QStringLiteral("--set"), QStringLiteral("rows=10"), QStringLiteral("--set"), QStringLiteral("target=10")})
        << QStringLiteral("target");
    QTest::newRow("differencing epsilon 0")
        << other(QStringLiteral("differencing"), {QStringLiteral("--set"), QStringLiteral("epsilon=0")}) << QStringLiteral("epsilon");
    QTest::newRow("differencing unknown query")
        << other(QStringLiteral("differencing"), {QStringLiteral("--set"), QStringLiteral("query=variance")}) << QStringLiteral("sum");
    QTest::newRow("income delta 1")
        << other(QStringLiteral("income"), {QStringLiteral("--set"), QStringLiteral("delta=1")}) << QStringLiteral("delta");
    QTest::newRow("income negative sd")
        << other(QStringLiteral("income"), {QStringLiteral("--set"), QStringLiteral("income_sd=-5")}) << QStringLiteral("income_sd");
    QTest::newRow("income no friends")
        << other(QStringLiteral("income"), {QStringLiteral("--set"), QStringLiteral("friends=0")}) << QStringLiteral("friends");
    QTest::newRow("income friend beyond friends")
        << other(QStringLiteral("income"), {QStringLiteral("--set"), QStringLiteral("friends=10"), QStringLiteral("--set"), QStringLiteral("friend=10")})
        << QStringLiteral("friend");
    QTest::newRow("too much per-person work")
        << lab({QStringLiteral("--set"), QStringLiteral("mode=person"), QStringLiteral("--set"), QStringLiteral("population=1e9"),
                QStringLiteral("--set"), QStringLiteral("surveys=100000")})
        << QStringLiteral("aggregate");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const QString out = QDir::temp().filePath(QStringLiteral("epsilon-cli-should-not-exist.csv"));
    QFile::remove(out);
    const Run r = runApp(args);
    QCOMPARE(r.status, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(QStringLiteral("more than one line: ") + err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

void TestCli::unwritablePathWritesNothing()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const Run r = runApp({QStringLiteral("--lab"), QStringLiteral("survey"), QStringLiteral("--export-json"), good,
                          QStringLiteral("--export-csv"), QStringLiteral("/no/such/folder/out.csv")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    QVERIFY2(!QFile::exists(good), "a file was written although the run failed");
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
