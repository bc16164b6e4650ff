// Tests for the parameter model of core/framework/lab.h: checkRanges, parseAssignment
// (the command line's key=value), defaultValues/findSpec, jsonNumber and
// jsonEscape. Every bad input must be refused with an error that names the
// parameter (its code and numbers read here through debugString), and must
// leave the values unchanged.

#include "framework/lab.h"

#include <QTest>

#include <cstdlib>
#include <limits>

namespace {

const std::vector<dp::ParamSpec> &specs()
{
    static const std::vector<dp::ParamSpec> s = [] {
        std::vector<dp::ParamSpec> v;
        using K = dp::ParamKind;
        v.push_back({.id = "epsilon",
                     .kind = K::Real,
                     .min = 0.01,
                     .max = 10,
                     .log = true,
                     .decimals = 2,
                     .defaultValue = 1});
        v.push_back({.id = "people",
                     .kind = K::Integer,
                     .min = 1,
                     .max = 1000,
                     .log = true,
                     .defaultValue = 100});
        v.push_back({.id = "mode",
                     .kind = K::Choice,
                     .min = 0,
                     .max = 2,
                     .choices = {"auto", "person", "aggregate"}});
        v.push_back({.id = "hide", .kind = K::Toggle, .min = 0, .max = 1});
        return v;
    }();
    return s;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// JSON number grammar (RFC 8259 §6): -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
bool isJsonNumber(const std::string &s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

} // namespace

class TestParams : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndLookup();
    void checkRangesAcceptsDefaults();
    void checkRangesErrors_data();
    void checkRangesErrors();
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void jsonNumberRoundTrips();
    void jsonNumberNonFinite();
    void jsonEscapeCases_data();
    void jsonEscapeCases();
};

void TestParams::defaultsAndLookup()
{
    const auto v = dp::defaultValues(specs());
    QCOMPARE(v.all().size(), specs().size());
    QCOMPARE(v.get("epsilon"), 1.0);
    QCOMPARE(v.get("people"), 100.0);
    QVERIFY(v.has("mode"));
    QVERIFY(!v.has("nope"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, v.get("nope"));
    QVERIFY(dp::findSpec(specs(), "hide") == &specs()[3]);
    QVERIFY(dp::findSpec(specs(), "Hide") == nullptr); // ids are case-sensitive
}

void TestParams::checkRangesAcceptsDefaults()
{
    QVERIFY(!dp::checkRanges(specs(), dp::defaultValues(specs())));
    auto v = dp::defaultValues(specs());
    v.set("epsilon", 0.01); // both bounds are inclusive
    v.set("people", 1000);
    v.set("mode", 2);
    v.set("hide", 1);
    QVERIFY(!dp::checkRanges(specs(), v));
}

void TestParams::checkRangesErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message"); // a part of debugString(): code, parameter, numbers
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("unknown key") << "extra" << 1.0 << "unknown 'extra'";
    QTest::newRow("NaN") << "epsilon" << std::nan("") << "not_finite 'epsilon'";
    QTest::newRow("infinity") << "epsilon" << inf << "not_finite 'epsilon'";
    QTest::newRow("below min") << "epsilon" << 0.001
                               << "out_of_range 'epsilon' value=0.001 min=0.01 max=10";
    QTest::newRow("above max") << "epsilon" << 10.5
                               << "out_of_range 'epsilon' value=10.5 min=0.01 max=10";
    QTest::newRow("integer not whole") << "people" << 2.5 << "not_whole 'people' value=2.5";
    QTest::newRow("integer out of range")
        << "people" << 0.0 << "out_of_range 'people' value=0 min=1 max=1000";
    QTest::newRow("choice index too big")
        << "mode" << 3.0 << "not_a_choice 'mode' value=3 choices=auto,person,aggregate";
    QTest::newRow("choice index negative") << "mode" << -1.0 << "not_a_choice 'mode' value=-1";
    QTest::newRow("choice index fractional") << "mode" << 0.5 << "not_a_choice 'mode' value=0.5";
    QTest::newRow("toggle 0.5") << "hide" << 0.5 << "not_on_off 'hide' value=0.5";
    QTest::newRow("toggle 2") << "hide" << 2.0 << "not_on_off 'hide' value=2";
}

void TestParams::checkRangesErrors()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, message);
    auto v = dp::defaultValues(specs());
    v.set(id.toStdString(), value);
    const auto err = dp::checkRanges(specs(), v);
    QVERIFY(err.has_value());
    QCOMPARE(QString::fromStdString(err->param), id);
    QVERIFY2(contains(dp::debugString(*err), message.toStdString()), dp::debugString(*err).c_str());
    QVERIFY2(contains(dp::debugString(*err), "'" + id.toStdString() + "'"),
             dp::debugString(*err).c_str());

    // A missing parameter is named too.
    dp::ParamValues partial = dp::defaultValues(specs());
    dp::ParamValues missing;
    for (const auto &[k, x] : partial.all())
        if (k != "people")
            missing.set(k, x);
    const auto e2 = dp::checkRanges(specs(), missing);
    QVERIFY(e2 && e2->param == "people" && contains(dp::debugString(*e2), "missing"));
}

void TestParams::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::newRow("real") << "epsilon=0.5"
                          << "epsilon" << 0.5;
    QTest::newRow("real exponent") << "epsilon=1e-2"
                                   << "epsilon" << 0.01;
    QTest::newRow("real at max") << "epsilon=10"
                                 << "epsilon" << 10.0;
    QTest::newRow("integer") << "people=250"
                             << "people" << 250.0;
    QTest::newRow("integer written 1e3") << "people=1e3"
                                         << "people" << 1000.0;
    QTest::newRow("choice name") << "mode=person"
                                 << "mode" << 1.0;
    QTest::newRow("choice any case") << "mode=Aggregate"
                                     << "mode" << 2.0;
    QTest::newRow("toggle on") << "hide=on"
                               << "hide" << 1.0;
    QTest::newRow("toggle ON") << "hide=ON"
                               << "hide" << 1.0;
    QTest::newRow("toggle true") << "hide=true"
                                 << "hide" << 1.0;
    QTest::newRow("toggle yes") << "hide=yes"
                                << "hide" << 1.0;
    QTest::newRow("toggle 1") << "hide=1"
                              << "hide" << 1.0;
    QTest::newRow("toggle off") << "hide=off"
                                << "hide" << 0.0;
    QTest::newRow("toggle false") << "hide=false"
                                  << "hide" << 0.0;
    QTest::newRow("toggle no") << "hide=no"
                               << "hide" << 0.0;
    QTest::newRow("toggle 0") << "hide=0"
                              << "hide" << 0.0;
}

void TestParams::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(double, value);
    auto v = dp::defaultValues(specs());
    v.set("hide", 1.0 - value * (id == "hide")); // make every toggle row a change
    const auto before = v;
    const auto err = dp::parseAssignment(specs(), text.toStdString(), v);
    QVERIFY2(!err, err ? dp::debugString(*err).c_str() : "");
    QCOMPARE(v.get(id.toStdString()), value);
    // Only that key changed.
    for (const auto &[k, x] : before.all())
        if (k != id.toStdString())
            QCOMPARE(v.get(k), x);
}

void TestParams::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("param"); // the parameter the error names ("" = none)
    QTest::addColumn<QString>("message");
    QTest::newRow("missing '='") << "epsilon"
                                 << ""
                                 << "syntax '' text='epsilon'";
    QTest::newRow("missing key") << "=3"
                                 << ""
                                 << "syntax '' text='=3'";
    QTest::newRow("unknown key") << "epsilonn=1"
                                 << "epsilonn"
                                 << "unknown 'epsilonn'";
    QTest::newRow("empty value") << "epsilon="
                                 << "epsilon"
                                 << "no_value 'epsilon'";
    QTest::newRow("not a number") << "epsilon=abc"
                                  << "epsilon"
                                  << "not_a_number 'epsilon' text='abc'";
    QTest::newRow("trailing junk") << "epsilon=0.5x"
                                   << "epsilon"
                                   << "not_a_number 'epsilon' text='0.5x'";
    QTest::newRow("space") << "epsilon= 1"
                           << "epsilon"
                           << "not_a_number 'epsilon' text=' 1'";
    QTest::newRow("overflow 1e400") << "epsilon=1e400"
                                    << "epsilon"
                                    << "not_a_number 'epsilon' text='1e400'";
    QTest::newRow("nan") << "epsilon=nan"
                         << "epsilon"
                         << "not_a_number 'epsilon' text='nan'";
    QTest::newRow("inf") << "epsilon=inf"
                         << "epsilon"
                         << "not_a_number 'epsilon' text='inf'";
    QTest::newRow("-infinity") << "epsilon=-infinity"
                               << "epsilon"
                               << "not_a_number 'epsilon' text='-infinity'";
    QTest::newRow("out of range") << "epsilon=20"
                                  << "epsilon"
                                  << "out_of_range 'epsilon' value=20 min=0.01 max=10";
    QTest::newRow("negative") << "epsilon=-1"
                              << "epsilon"
                              << "out_of_range 'epsilon' value=-1 min=0.01 max=10";
    QTest::newRow("integer not whole") << "people=2.5"
                                       << "people"
                                       << "not_whole 'people' value=2.5";
    QTest::newRow("integer out of range") << "people=1001"
                                          << "people"
                                          << "out_of_range 'people' value=1001 min=1 max=1000";
    QTest::newRow("choice unknown")
        << "mode=fast"
        << "mode"
        << "not_a_choice 'mode' text='fast' choices=auto,person,aggregate";
    QTest::newRow("choice by index") << "mode=1"
                                     << "mode"
                                     << "not_a_choice 'mode' text='1'";
    QTest::newRow("toggle unknown") << "hide=maybe"
                                    << "hide"
                                    << "not_on_off 'hide' text='maybe'";
    QTest::newRow("toggle 2") << "hide=2"
                              << "hide"
                              << "not_on_off 'hide' text='2'";
}

void TestParams::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, param);
    QFETCH(QString, message);
    auto v = dp::defaultValues(specs());
    v.set("epsilon", 2.5);
    const auto before = v;
    const auto err = dp::parseAssignment(specs(), text.toStdString(), v);
    QVERIFY2(err.has_value(), qPrintable("accepted: " + text));
    QCOMPARE(QString::fromStdString(err->param), param);
    QVERIFY2(contains(dp::debugString(*err), message.toStdString()),
             qPrintable(QString("message was: %1").arg(dp::debugString(*err).c_str())));
    QVERIFY(v == before); // values unchanged on error
}

void TestParams::jsonNumberRoundTrips()
{
    const double values[] = {0.0,
                             -0.0,
                             1.0,
                             3.0,
                             -2.5,
                             0.1,
                             1.0 / 3.0,
                             1e-300,
                             4.9406564584124654e-324, // smallest subnormal
                             2.2250738585072014e-308,
                             1.7976931348623157e308, // largest double
                             1e21,
                             123456789012345678.0,
                             1.0986122886681098,
                             1.6570708993804457,
                             9.6e-4};
    for (double x : values) {
        const std::string s = dp::jsonNumber(x);
        QVERIFY2(isJsonNumber(s), qPrintable(QString("'%1' is not a JSON number").arg(s.c_str())));
        const double back = std::strtod(s.c_str(), nullptr);
        QVERIFY2(back == x && std::signbit(back) == std::signbit(x),
                 qPrintable(QString("%1 -> '%2' -> %3")
                                .arg(x, 0, 'g', 17)
                                .arg(s.c_str())
                                .arg(back, 0, 'g', 17)));
    }
    // Shortest form: no trailing digits beyond what identifies the double.
    QCOMPARE(dp::jsonNumber(0.1), std::string("0.1"));
    QCOMPARE(dp::jsonNumber(3.0), std::string("3"));
    QCOMPARE(dp::jsonNumber(-2.5), std::string("-2.5"));
}

void TestParams::jsonNumberNonFinite()
{
    QCOMPARE(dp::jsonNumber(std::numeric_limits<double>::infinity()), std::string("null"));
    QCOMPARE(dp::jsonNumber(-std::numeric_limits<double>::infinity()), std::string("null"));
    QCOMPARE(dp::jsonNumber(std::nan("")), std::string("null"));
    QCOMPARE(dp::jsonNumber(-std::nan("")), std::string("null"));
}

void TestParams::jsonEscapeCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("epsilon = ln 3") << QByteArray("epsilon = ln 3");
    QTest::newRow("quote") << QByteArray("say \"yes\"") << QByteArray("say \\\"yes\\\"");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
    QTest::newRow("newline tab return") << QByteArray("a\nb\tc\rd") << QByteArray("a\\nb\\tc\\rd");
    QTest::newRow("control 0x01") << QByteArray("\x01") << QByteArray("\\u0001");
    QTest::newRow("control 0x1f") << QByteArray("x\x1fy") << QByteArray("x\\u001fy");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a\\u0000b");
    QTest::newRow("DEL passes") << QByteArray("\x7f") << QByteArray("\x7f");
    QTest::newRow("UTF-8 passes") << QByteArray("ε ≤ €") << QByteArray("ε ≤ €");
    QTest::newRow("slash passes") << QByteArray("a/b") << QByteArray("a/b");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
}

void TestParams::jsonEscapeCases()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = dp::jsonEscape(std::string(input.constData(), input.size()));
    QCOMPARE(QByteArray(out.data(), static_cast<qsizetype>(out.size())), expected);
}

QTEST_APPLESS_MAIN(TestParams)
#include "tst_params.moc"
