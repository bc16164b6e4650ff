// The command line as a user or a script meets it: --describe, headless
// exports, and one clear line with exit status 2 for every bad argument,
// with nothing written. Every lab row is generated from allLabs(), so a new
// lab is covered without an edit here (its rules and figures are checked in
// its own tests; the in-process contract is tests/core/framework/tst_lab_contract).
//
// Runs use each lab's quick values (LabModel::quickValues(): the defaults, or
// the cheaper set a lab declares because its default run is slow), passed
// with --set like any user would.
#include "framework/lab.h"
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
using labtest::labNamed;
using labtest::q;
struct Run
{
    int status = -1;
    QByteArray out, err;
};

Run runApp(const QStringList &args)
{
    static QTemporaryDir config; // no stored language or window state from the machine
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EPSILON_LAB_BINARY), args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// --set arguments for every parameter of `values`.
QStringList setArgs(const dp::LabModel &lab, const dp::ParamValues &values)
{
    QStringList args;
    for (const dp::ParamSpec &s : lab.params())
        args << QStringLiteral("--set") << q(s.id + "=" + dp::formatValue(s, values.get(s.id)));
    return args;
}

QStringList quickArgs(const dp::LabModel &lab, std::uint64_t seed)
{
    return QStringList{QStringLiteral("--lab"), q(lab.id()), QStringLiteral("--seed"),
                       QString::number(seed)} +
           setArgs(lab, lab.quickValues());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void addLabRows()
{
    QTest::addColumn<QString>("lab");
    for (const dp::LabModel *lab : dp::allLabs())
        QTest::newRow(lab->id().c_str()) << q(lab->id());
}

// The JSON value the export writes for a parameter.
QJsonValue jsonParam(const dp::ParamSpec &spec, double value)
{
    switch (spec.kind) {
    case dp::ParamKind::Choice:
        return q(spec.choices[std::size_t(value)]);
    case dp::ParamKind::Toggle:
        return value != 0.0;
    default:
        return value;
    }
}

QString outPath()
{
    return QDir::temp().filePath(QStringLiteral("epsilon-cli-should-not-exist.json"));
}

// Exit status 2, one line on stderr that mentions `mentions`, no file.
void expectRefused(const QStringList &args, const QString &mentions)
{
    QFile::remove(outPath());
    const Run r = runApp(args);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(r.status == 2, qPrintable(QStringLiteral("status %1 for %2: %3")
                                           .arg(r.status)
                                           .arg(args.join(QLatin1Char(' ')), err)));
    QVERIFY2(!err.contains(QLatin1Char('\n')),
             qPrintable(QStringLiteral("more than one line: ") + err));
    QVERIFY2(err.contains(mentions),
             qPrintable(QStringLiteral("'%1' does not mention '%2'").arg(err, mentions)));
    QVERIFY2(!QFile::exists(outPath()), "a file was written although the arguments were refused");
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void describeListsEveryLab();
    void exportsWhatTheLabDeclares_data() { addLabRows(); }
    void exportsWhatTheLabDeclares();
    void exportsPng_data() { addLabRows(); }
    void exportsPng();
    void boundsRoundTrip_data();
    void boundsRoundTrip();
    void badValues_data();
    void badValues();
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
    QCOMPARE(labs.size(), qsizetype(dp::allLabs().size()));
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const dp::LabModel &lab = *dp::allLabs()[std::size_t(i)];
        const QJsonObject o = labs[i].toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), q(lab.id()));
        const QString title = o.value(QStringLiteral("title")).toString();
        QVERIFY2(!title.isEmpty() && title != q(lab.id()), qPrintable(q(lab.id() + ": no title")));
        const QJsonArray params = o.value(QStringLiteral("parameters")).toArray();
        QCOMPARE(params.size(), qsizetype(lab.params().size()));
        for (qsizetype j = 0; j < params.size(); ++j) {
            const dp::ParamSpec &s = lab.params()[std::size_t(j)];
            const QJsonObject po = params[j].toObject();
            QCOMPARE(po.value(QStringLiteral("id")).toString(), q(s.id));
            for (const char *key : {"label", "type", "min", "max", "default", "help"})
                QVERIFY2(po.contains(QLatin1String(key)),
                         qPrintable(q(lab.id() + "." + s.id + ": no ") + QLatin1String(key)));
            QVERIFY2(!po.value(QStringLiteral("label")).toString().isEmpty() &&
                         po.value(QStringLiteral("label")).toString() != q(s.id),
                     qPrintable(q(lab.id() + "." + s.id + ": no label")));
            QCOMPARE(po.value(QStringLiteral("default")), jsonParam(s, s.defaultValue));
        }
        QStringList cols, keys;
        for (const auto &c : lab.csvColumns())
            cols << q(c);
        for (const auto &k : lab.jsonKeys())
            keys << q(k);
        COMPARE_LISTS(o.value(QStringLiteral("csv_columns")).toVariant().toStringList(), cols);
        COMPARE_LISTS(o.value(QStringLiteral("json_keys")).toVariant().toStringList(), keys);
    }
}

// CSV: the declared header, every row as wide; JSON: exactly the declared
// keys and every parameter as set; the same seed twice gives the same bytes.
void TestCli::exportsWhatTheLabDeclares()
{
    QFETCH(QString, lab);
    const dp::LabModel &m = *labNamed(lab);
    QTemporaryDir dir;
    QByteArray firstCsv, firstJson;
    for (int i = 0; i < 2; ++i) {
        const QString csv = dir.filePath(QStringLiteral("a%1.csv").arg(i)),
                      json = dir.filePath(QStringLiteral("a%1.json").arg(i));
        const Run r = runApp(quickArgs(m, 5) + QStringList{QStringLiteral("--export-csv"), csv,
                                                           QStringLiteral("--export-json"), json});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        if (i == 1) {
            QCOMPARE(readFile(csv), firstCsv);
            QCOMPARE(readFile(json), firstJson);
            break;
        }
        firstCsv = readFile(csv);
        firstJson = readFile(json);
    }
    QStringList columns;
    for (const auto &c : m.csvColumns())
        columns << q(c);
    const QList<QByteArray> lines = firstCsv.split('\n');
    QCOMPARE(lines.first(), columns.join(QLatin1Char(',')).toUtf8());
    QVERIFY2(lines.size() > 2, "the CSV has no rows");
    QCOMPARE(lines.last(), QByteArray());
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(lines[i].count(',') == columns.size() - 1,
                 qPrintable(QStringLiteral("line %1 '%2' is not %3 fields wide")
                                .arg(i + 1)
                                .arg(QString::fromUtf8(lines[i]))
                                .arg(columns.size())));

    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(firstJson, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QStringList expected{QStringLiteral("lab"), QStringLiteral("seed"),
                         QStringLiteral("parameters")};
    for (const auto &k : m.jsonKeys())
        expected << q(k);
    QStringList keys = o.keys();
    expected.sort();
    keys.sort();
    COMPARE_LISTS(keys, expected);
    QCOMPARE(o.value(QStringLiteral("lab")).toString(), lab);
    QCOMPARE(o.value(QStringLiteral("seed")).toInteger(), 5);
    const QJsonObject params = o.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.size(), qsizetype(m.params().size()));
    const dp::ParamValues quick = m.quickValues();
    for (const dp::ParamSpec &s : m.params())
        QCOMPARE(params.value(q(s.id)), jsonParam(s, quick.get(s.id)));
}

void TestCli::exportsPng()
{
    QFETCH(QString, lab);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("a.png"));
    const Run r = runApp(quickArgs(*labNamed(lab), 3) + QStringList{QStringLiteral("--export-png"),
                                                                    png, QStringLiteral("--size"),
                                                                    QStringLiteral("1024x700")});
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QImage(png).size(), QSize(1024, 700));
}

// Every parameter at its min and at its max (and every choice), on top of
// the lab's quick values, through the program: it runs and writes the value
// back, or — when the lab's own rules refuse the combination — exits with 2
// and one line, as validate() predicts.
void TestCli::boundsRoundTrip_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("param");
    QTest::addColumn<double>("value");
    for (const dp::LabModel *lab : dp::allLabs()) {
        for (const dp::ParamSpec &s : lab->params()) {
            QTest::addRow("%s.%s min", lab->id().c_str(), s.id.c_str())
                << q(lab->id()) << q(s.id) << s.min;
            QTest::addRow("%s.%s max", lab->id().c_str(), s.id.c_str())
                << q(lab->id()) << q(s.id) << s.max;
            for (std::size_t i = 1; i + 1 < s.choices.size(); ++i)
                QTest::addRow("%s.%s %s", lab->id().c_str(), s.id.c_str(), s.choices[i].c_str())
                    << q(lab->id()) << q(s.id) << double(i);
        }
    }
}

void TestCli::boundsRoundTrip()
{
    QFETCH(QString, lab);
    QFETCH(QString, param);
    QFETCH(double, value);
    const dp::LabModel &m = *labNamed(lab);
    const dp::ParamSpec &spec = *dp::findSpec(m.params(), param.toStdString());
    dp::ParamValues values = m.quickValues();
    values.set(spec.id, value);
    const QString text = q(spec.id + "=" + dp::formatValue(spec, value));
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("b.json"));
    const QStringList args = quickArgs(m, 9) + QStringList{QStringLiteral("--set"), text,
                                                           QStringLiteral("--export-json")};
    if (const auto err = m.validate(values)) {
        // Only the lab's rules between parameters (a rule, or a range that
        // depends on another parameter) may refuse a value inside its range.
        QVERIFY2(!dp::checkRanges(m.params(), values), dp::debugString(*err).c_str());
        expectRefused(args + QStringList{outPath()}, q(err->param));
        return;
    }
    const Run r = runApp(args + QStringList{json});
    QVERIFY2(r.status == 0, qPrintable(text + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    const QJsonObject o = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonValue written = o.value(QStringLiteral("parameters")).toObject().value(param);
    QVERIFY2(written == jsonParam(spec, value),
             qPrintable(QStringLiteral("%1 written back as %2")
                            .arg(text, QString::fromUtf8(QJsonDocument(QJsonArray{written})
                                                             .toJson(QJsonDocument::Compact)))));
}

// Every parameter refuses, through the program, what the parser refuses.
void TestCli::badValues_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("text");
    for (const dp::LabModel *lab : dp::allLabs()) {
        for (const dp::ParamSpec &s : lab->params()) {
            const auto row = [&](const char *what, const std::string &text) {
                QTest::addRow("%s.%s %s", lab->id().c_str(), s.id.c_str(), what)
                    << q(lab->id()) << q(s.id) << q(text);
            };
            switch (s.kind) {
            case dp::ParamKind::Real:
            case dp::ParamKind::Integer:
                row("below min",
                    dp::jsonNumber(std::floor(s.min) - std::max(1.0, std::abs(std::floor(s.min)))));
                row("above max",
                    dp::jsonNumber(std::ceil(s.max) + std::max(1.0, std::abs(std::ceil(s.max)))));
                row("NaN", "nan");
                row("word", "many");
                break;
            case dp::ParamKind::Choice:
                row("unknown choice", "no_such_choice");
                break;
            case dp::ParamKind::Toggle:
                row("word", "maybe");
                break;
            }
        }
    }
}

void TestCli::badValues()
{
    QFETCH(QString, lab);
    QFETCH(QString, param);
    QFETCH(QString, text);
    expectRefused({QStringLiteral("--lab"), lab, QStringLiteral("--set"),
                   param + QLatin1Char('=') + text, QStringLiteral("--export-json"), outPath()},
                  param);
}

// Arguments that belong to no lab.
void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString out = outPath();
    const QString first = q(dp::allLabs().front()->id());
    const auto lab = [&](const QStringList &more) {
        return QStringList{QStringLiteral("--lab"), first, QStringLiteral("--export-json"), out} +
               more;
    };
    QTest::newRow("unknown lab") << QStringList{QStringLiteral("--lab"), QStringLiteral("nope"),
                                                QStringLiteral("--export-json"), out}
                                 << QStringLiteral("unknown lab");
    QTest::newRow("unknown parameter")
        << lab({QStringLiteral("--set"), QStringLiteral("colour=red")}) << QStringLiteral("colour");
    QTest::newRow("no equals") << lab({QStringLiteral("--set"), QStringLiteral("colour")})
                               << QStringLiteral("key=value");
    QTest::newRow("bad seed") << lab({QStringLiteral("--seed"), QStringLiteral("-4")})
                              << QStringLiteral("seed");
    QTest::newRow("bad size") << lab({QStringLiteral("--size"), QStringLiteral("big")})
                              << QStringLiteral("size");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("set without lab")
        << QStringList{QStringLiteral("--set"), QStringLiteral("p_yes=0.5"),
                       QStringLiteral("--export-json"), out}
        << QStringLiteral("--lab");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    expectRefused(args, mentions);
}

void TestCli::unwritablePathWritesNothing()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const Run r = runApp({QStringLiteral("--lab"), q(dp::allLabs().front()->id()),
                          QStringLiteral("--export-json"), good, QStringLiteral("--export-csv"),
                          QStringLiteral("/no/such/folder/out.csv")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    QVERIFY2(!QFile::exists(good), "a file was written although the run failed");
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
