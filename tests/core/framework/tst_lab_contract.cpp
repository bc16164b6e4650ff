// The lab contract: what every lab in allLabs() promises the framework, the
// command line and the pages (core/framework/lab.h, typedlab.h). Every row is
// generated from the registry, so a new lab is covered without an edit here.
//
//  * the registry is sound: ids unique, parameter ids unique, ranges ordered,
//    defaults inside them, choices named;
//  * the defaults validate (and so does the lab's quick set, see below);
//  * same (parameters, seed) -> the same CSV and JSON bytes, also after a run
//    with another seed in between (a stale cache would show here); another
//    seed gives other numbers (every lab today is random);
//  * a raised cancel flag makes run() return nullptr, at once when raised
//    before the run and within kCancelGrace when raised during it;
//  * the export: the CSV header is the declared columns and every row has its
//    width; the JSON keys are "lab", "seed", "parameters" (one per parameter)
//    and exactly the declared keys, in the declared order; notes are ids;
//  * every parameter's min, max and default (and every choice, both toggle
//    states) round-trip through the command line's key=value parser
//    bit-for-bit, and bad text (below min, above max, NaN, words, an unknown
//    choice) is refused with its ParamError code, the values unchanged;
//  * describeLabsJson() (--describe) lists every lab and parameter as declared.
//
// Runs use LabModel::quickValues(): the defaults, or a cheaper valid set the
// lab declares (`static Params quick()`, typedlab.h) when its default run is
// slow; DP-SGD's default run includes a 200-run audit. The cancel-during-run
// check uses the defaults, since it stops them early. Whole test: a few
// seconds on two shared cores.

#include "framework/lab.h"
#include "labtest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <chrono>
#include <cmath>
#include <future>
#include <set>
#include <thread>

namespace {
using labtest::labNamed;
using labtest::q;

constexpr std::uint64_t kSeed = 7;
constexpr std::uint64_t kOtherSeed = 8;
// A raised flag must stop a run within this time (polling every few thousand
// steps is enough; the load of eight builds on two cores is allowed for).
constexpr std::chrono::milliseconds kCancelGrace{500};

QStringList qList(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << q(s);
    return out;
}

// The bytes a headless export writes for one run, with the seed written as
// `writtenSeed` (so runs of different seeds can be compared by their numbers).
QByteArray exported(const dp::LabModel &lab, const dp::ParamValues &values, std::uint64_t seed,
                    std::uint64_t writtenSeed)
{
    const auto result = lab.run(values, seed);
    if (!result)
        return QByteArrayLiteral("<nullptr without a cancel>");
    const dp::ExportData data = result->exportData();
    return QByteArray::fromStdString(dp::toCsv(data) + dp::toJson(lab, values, writtenSeed, data));
}

void addLabRows()
{
    QTest::addColumn<QString>("lab");
    for (const dp::LabModel *lab : dp::allLabs())
        QTest::newRow(lab->id().c_str()) << q(lab->id());
}

// The text the command line reads back as `value` for this parameter.
std::string assignment(const dp::ParamSpec &spec, double value)
{
    return spec.id + "=" + dp::formatValue(spec, value);
}

} // namespace

class TestLabContract : public QObject
{
    Q_OBJECT

private slots:
    void registryIsSound();
    void defaultsValidate_data() { addLabRows(); }
    void defaultsValidate();
    void sameSeedSameBits_data() { addLabRows(); }
    void sameSeedSameBits();
    void otherSeedOtherNumbers_data() { addLabRows(); }
    void otherSeedOtherNumbers();
    void cancelBeforeRun_data() { addLabRows(); }
    void cancelBeforeRun();
    void cancelDuringRun_data() { addLabRows(); }
    void cancelDuringRun();
    void exportMatchesDeclaration_data() { addLabRows(); }
    void exportMatchesDeclaration();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void badValuesRefused_data();
    void badValuesRefused();
    void describeListsEverything();
};

void TestLabContract::registryIsSound()
{
    QVERIFY(!dp::allLabs().empty());
    std::set<std::string> ids;
    for (const dp::LabModel *lab : dp::allLabs()) {
        const std::string id = lab->id();
        QVERIFY2(!id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") ==
                                    std::string::npos,
                 id.c_str());
        QVERIFY2(ids.insert(id).second, ("two labs named " + id).c_str());
        QVERIFY(dp::findLab(id) == lab);
        QVERIFY2(!lab->params().empty(), id.c_str());
        std::set<std::string> paramIds;
        for (const dp::ParamSpec &s : lab->params()) {
            const std::string where = id + "." + s.id;
            QVERIFY2(paramIds.insert(s.id).second, ("parameter declared twice: " + where).c_str());
            QVERIFY2(s.min <= s.max, where.c_str());
            QVERIFY2(s.defaultValue >= s.min && s.defaultValue <= s.max, where.c_str());
            QVERIFY2(s.kind != dp::ParamKind::Choice || s.choices.size() >= 2, where.c_str());
            if (s.log)
                QVERIFY2(s.min > 0, ("a log-scale parameter needs min > 0: " + where).c_str());
        }
        QVERIFY2(!lab->csvColumns().empty(), id.c_str());
        std::set<std::string> keys{"lab", "seed", "parameters"};
        for (const std::string &key : lab->jsonKeys())
            QVERIFY2(keys.insert(key).second,
                     ("JSON key declared twice or reserved: " + id + "." + key).c_str());
    }
    QVERIFY(dp::findLab("no-such-lab") == nullptr);
}

void TestLabContract::defaultsValidate()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamValues defaults = dp::defaultValues(m->params());
    if (auto err = m->validate(defaults))
        QFAIL(("defaults refused: " + dp::debugString(*err)).c_str());
    const dp::ParamValues quick = m->quickValues();
    if (auto err = m->validate(quick))
        QFAIL(("quick values refused: " + dp::debugString(*err)).c_str());
    QCOMPARE(quick.all().size(), m->params().size()); // every parameter has a value
}

void TestLabContract::sameSeedSameBits()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamValues v = m->quickValues();
    const QByteArray first = exported(*m, v, kSeed, kSeed);
    const QByteArray again = exported(*m, v, kSeed, kSeed);
    QCOMPARE(again, first);
    exported(*m, v, kOtherSeed, kOtherSeed); // whatever a lab caches, the next run must not see it
    const QByteArray afterOther = exported(*m, v, kSeed, kSeed);
    QCOMPARE(afterOther, first);
}

void TestLabContract::otherSeedOtherNumbers()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamValues v = m->quickValues();
    // Both written with seed 0, so only the simulated numbers can differ.
    const QByteArray a = exported(*m, v, kSeed, 0);
    const QByteArray b = exported(*m, v, kOtherSeed, 0);
    QVERIFY2(
        a != b,
        qPrintable(
            QStringLiteral("seeds %1 and %2 give the same export").arg(kSeed).arg(kOtherSeed)));
}

void TestLabContract::cancelBeforeRun()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    dp::CancelFlag cancel{true};
    QElapsedTimer timer;
    timer.start();
    const auto result = m->run(m->quickValues(), kSeed, &cancel);
    QVERIFY2(!result, "a run with a raised cancel flag returned a result");
    QVERIFY2(
        timer.elapsed() < kCancelGrace.count(),
        qPrintable(QStringLiteral("took %1 ms to notice the raised flag").arg(timer.elapsed())));
}

void TestLabContract::cancelDuringRun()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamValues v = dp::defaultValues(m->params());
    dp::CancelFlag cancel{false};
    auto run = std::async(std::launch::async, [&] { return m->run(v, kOtherSeed + 1, &cancel); });
    // Raise the flag while the run is under way (or after it finished: then
    // a result is allowed).
    const bool finishedEarly =
        run.wait_for(std::chrono::milliseconds(30)) == std::future_status::ready;
    cancel = true;
    QElapsedTimer timer;
    timer.start();
    const bool stopped = run.wait_for(kCancelGrace) == std::future_status::ready;
    const auto result = run.get(); // waits if it did not stop, so the thread is joined
    QVERIFY2(stopped,
             qPrintable(QStringLiteral(
                            "still running %1 ms after the flag was raised (stopped after %2 ms)")
                            .arg(kCancelGrace.count())
                            .arg(timer.elapsed())));
    if (!finishedEarly && result)
        qInfo("%s: finished within %lld ms of the flag with a result (allowed: the run was nearly "
              "done)",
              qPrintable(lab), timer.elapsed());
}

void TestLabContract::exportMatchesDeclaration()
{
    QFETCH(QString, lab);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamValues v = m->quickValues();
    const auto result = m->run(v, kSeed);
    QVERIFY(result);
    const dp::ExportData data = result->exportData();

    // CSV: the declared header, every row as wide as it.
    const QStringList columns = qList(m->csvColumns());
    COMPARE_LISTS(qList(data.csvColumns), columns);
    QVERIFY2(!data.csvRows.empty(), "the CSV has no rows");
    for (std::size_t i = 0; i < data.csvRows.size(); ++i)
        QVERIFY2(data.csvRows[i].size() == data.csvColumns.size(),
                 qPrintable(QStringLiteral("row %1 has %2 fields, the header %3")
                                .arg(i)
                                .arg(data.csvRows[i].size())
                                .arg(columns.size())));
    const QList<QByteArray> lines = QByteArray::fromStdString(dp::toCsv(data)).split('\n');
    QCOMPARE(lines.first(), columns.join(QLatin1Char(',')).toUtf8());
    QCOMPARE(lines.last(), QByteArray()); // ends with a newline
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(lines[i].count(',') == columns.size() - 1,
                 qPrintable(QStringLiteral("CSV line %1 '%2' is not %3 fields wide")
                                .arg(i + 1)
                                .arg(QString::fromUtf8(lines[i]))
                                .arg(columns.size())));

    // JSON: valid, and its keys are exactly the declared ones in order.
    const QByteArray json = QByteArray::fromStdString(dp::toJson(*m, v, kSeed, data));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + "\n" + json));
    QStringList expected{QStringLiteral("lab"), QStringLiteral("seed"),
                         QStringLiteral("parameters")};
    expected += qList(m->jsonKeys());
    QStringList got;
    for (const auto &[key, value] : data.figures)
        got << q(key);
    for (const auto &[key, value] : data.notes)
        got << q(key);
    COMPARE_LISTS(got, qList(m->jsonKeys())); // the result writes what the lab declares, in order
    QStringList objectKeys = o.keys();        // (QJsonObject sorts its keys)
    QStringList sortedExpected = expected;
    objectKeys.sort();
    sortedExpected.sort();
    COMPARE_LISTS(objectKeys, sortedExpected);
    QCOMPARE(o.value(QStringLiteral("lab")).toString(), lab);
    QCOMPARE(o.value(QStringLiteral("seed")).toInteger(), qint64(kSeed));
    QStringList params = o.value(QStringLiteral("parameters")).toObject().keys();
    QStringList declared;
    for (const auto &s : m->params())
        declared << q(s.id);
    params.sort();
    declared.sort();
    COMPARE_LISTS(params, declared);
    for (const auto &[key, text] : data.notes) // notes are stable ids, never sentences
        QVERIFY2(text.find(' ') == std::string::npos,
                 qPrintable(QStringLiteral("note '%1' holds a sentence: %2").arg(q(key), q(text))));
}

void TestLabContract::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("param");
    QTest::addColumn<double>("value");
    for (const dp::LabModel *lab : dp::allLabs()) {
        for (const dp::ParamSpec &s : lab->params()) {
            const auto row = [&](const char *what, double value) {
                QTest::addRow("%s.%s %s", lab->id().c_str(), s.id.c_str(), what)
                    << q(lab->id()) << q(s.id) << value;
            };
            row("min", s.min);
            row("max", s.max);
            row("default", s.defaultValue);
            if (s.kind == dp::ParamKind::Choice)
                for (std::size_t i = 1; i + 1 < s.choices.size(); ++i)
                    QTest::addRow("%s.%s %s", lab->id().c_str(), s.id.c_str(), s.choices[i].c_str())
                        << q(lab->id()) << q(s.id) << double(i);
        }
    }
}

void TestLabContract::valuesRoundTrip()
{
    QFETCH(QString, lab);
    QFETCH(QString, param);
    QFETCH(double, value);
    const dp::LabModel *m = labNamed(lab);
    const dp::ParamSpec *spec = dp::findSpec(m->params(), param.toStdString());
    QVERIFY(spec);
    const std::string text = assignment(*spec, value);
    dp::ParamValues v = dp::defaultValues(m->params());
    v.set(spec->id, spec->kind == dp::ParamKind::Toggle || spec->kind == dp::ParamKind::Choice
                        ? (value == spec->min ? spec->max : spec->min)
                        : std::nan("")); // so that the parse must write the value
    if (auto err = dp::parseAssignment(m->params(), text, v))
        QFAIL(("'" + text + "' refused: " + dp::debugString(*err)).c_str());
    const double back = v.get(spec->id);
    QVERIFY2(back == value && std::signbit(back) == std::signbit(value),
             qPrintable(QStringLiteral("'%1' read back as %2, expected %3")
                            .arg(q(text))
                            .arg(back, 0, 'g', 17)
                            .arg(value, 0, 'g', 17)));
    QCOMPARE(dp::formatValue(*spec, back), dp::formatValue(*spec, value));
}

void TestLabContract::badValuesRefused_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    using C = dp::ParamErrorCode;
    for (const dp::LabModel *lab : dp::allLabs()) {
        for (const dp::ParamSpec &s : lab->params()) {
            const auto row = [&](const char *what, const std::string &text, C code) {
                QTest::addRow("%s.%s %s", lab->id().c_str(), s.id.c_str(), what)
                    << q(lab->id()) << q(s.id) << q(text) << int(code);
            };
            switch (s.kind) {
            case dp::ParamKind::Real:
            case dp::ParamKind::Integer:
                // Whole steps outside the range, so an Integer is refused for its range.
                row("below min",
                    dp::jsonNumber(std::floor(s.min) - std::max(1.0, std::abs(std::floor(s.min)))),
                    C::OutOfRange);
                row("above max",
                    dp::jsonNumber(std::ceil(s.max) + std::max(1.0, std::abs(std::ceil(s.max)))),
                    C::OutOfRange);
                row("NaN", "nan", C::NotANumber);
                row("infinity", "inf", C::NotANumber);
                row("word", "many", C::NotANumber);
                row("number and word", "1x", C::NotANumber);
                if (s.kind == dp::ParamKind::Integer && s.max - s.min >= 1)
                    row("fraction", dp::jsonNumber(std::floor(s.min) + 0.5), C::NotWhole);
                break;
            case dp::ParamKind::Choice:
                row("unknown choice", "no_such_choice", C::NotAChoice);
                row("index", "1", C::NotAChoice);
                row("NaN", "nan", C::NotAChoice);
                break;
            case dp::ParamKind::Toggle:
                row("word", "maybe", C::NotOnOff);
                row("2", "2", C::NotOnOff);
                row("NaN", "nan", C::NotOnOff);
                break;
            }
            row("empty", "", C::NoValue);
        }
    }
}

void TestLabContract::badValuesRefused()
{
    QFETCH(QString, lab);
    QFETCH(QString, param);
    QFETCH(QString, text);
    QFETCH(int, code);
    const dp::LabModel *m = labNamed(lab);
    dp::ParamValues v = dp::defaultValues(m->params());
    const dp::ParamValues before = v;
    const std::string assignmentText = param.toStdString() + "=" + text.toStdString();
    const auto err = dp::parseAssignment(m->params(), assignmentText, v);
    QVERIFY2(err, ("accepted: " + assignmentText).c_str());
    QVERIFY2(int(err->code) == code,
             ("wrong code for '" + assignmentText + "': " + dp::debugString(*err)).c_str());
    QCOMPARE(q(err->param), param);
    QVERIFY2(v == before, "the values changed although the assignment was refused");
}

void TestLabContract::describeListsEverything()
{
    const QByteArray text = QByteArray::fromStdString(dp::describeLabsJson());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray labs = doc.object().value(QStringLiteral("labs")).toArray();
    QCOMPARE(labs.size(), qsizetype(dp::allLabs().size()));
    for (qsizetype i = 0; i < labs.size(); ++i) {
        const dp::LabModel *m = dp::allLabs()[std::size_t(i)];
        const QJsonObject o = labs[i].toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), q(m->id()));
        const QJsonArray params = o.value(QStringLiteral("parameters")).toArray();
        QCOMPARE(params.size(), qsizetype(m->params().size()));
        for (qsizetype j = 0; j < params.size(); ++j) {
            const dp::ParamSpec &s = m->params()[std::size_t(j)];
            const QJsonObject p = params[j].toObject();
            QCOMPARE(p.value(QStringLiteral("id")).toString(), q(s.id));
            QCOMPARE(p.value(QStringLiteral("min")).toDouble(), s.min);
            QCOMPARE(p.value(QStringLiteral("max")).toDouble(), s.max);
            QCOMPARE(p.value(QStringLiteral("log_scale")).toBool(), s.log);
            QCOMPARE(p.value(QStringLiteral("display_only")).toBool(), s.displayOnly);
            const QJsonValue def = p.value(QStringLiteral("default"));
            switch (s.kind) {
            case dp::ParamKind::Choice:
                QCOMPARE(def.toString(), q(s.choices[std::size_t(s.defaultValue)]));
                QCOMPARE(p.value(QStringLiteral("choices")).toVariant().toStringList(),
                         qList(s.choices));
                break;
            case dp::ParamKind::Toggle:
                QCOMPARE(def.toBool(), s.defaultValue != 0);
                break;
            default:
                QCOMPARE(def.toDouble(), s.defaultValue);
            }
        }
        COMPARE_LISTS(o.value(QStringLiteral("csv_columns")).toVariant().toStringList(),
                      qList(m->csvColumns()));
        COMPARE_LISTS(o.value(QStringLiteral("json_keys")).toVariant().toStringList(),
                      qList(m->jsonKeys()));
    }
}

QTEST_APPLESS_MAIN(TestLabContract)
#include "tst_lab_contract.moc"
