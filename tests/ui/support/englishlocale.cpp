// Every UI test starts in American English, whatever the machine's locale:
// tests assert texts such as "99,999,999" and "31.2 %", which a German system
// locale (LANG=de_DE.UTF-8) would write "99.999.999" and "31,2 %". Linked into
// every test executable of tests/ui (see its CMakeLists.txt), so a new test is
// pinned without writing anything; it runs when the QApplication is built,
// before any widget exists. Tests of German call language::install("de").
#include <QCoreApplication>
#include <QLocale>

namespace {
void pinEnglishLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(pinEnglishLocale)
