#include "framework/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString &active()
{
    static QString code = QStringLiteral("en");
    return code;
}
QLocale localeFor(const QString &code)
{
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(code);
}
} // namespace

namespace language {

QStringList available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &f : files) {
        const QString code = f.section(QLatin1Char('_'), -1).section(QLatin1Char('.'), 0, 0);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    const QString name = localeFor(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

bool isAvailable(const QString &code)
{
    return available().contains(code);
}

QString systemDefault()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString install(const QString &requested)
{
    const QString code = isAvailable(requested) ? requested : QStringLiteral("en");
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    QLocale::setDefault(localeFor(code));
    active() = code;
    if (code == QLatin1String("en"))
        return code;

    auto load = [](const QString &file, const QString &dir) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(file, dir) && QCoreApplication::installTranslator(t.get()))
            installed().push_back(std::move(t));
    };
    load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QLatin1Char('*') + code + QStringLiteral(".qm")}, QDir::Files);
    for (const QString &f : files)
        if (f.endsWith(QLatin1Char('_') + code + QStringLiteral(".qm")))
            load(f, QStringLiteral(":/i18n"));
    return code;
}

QString current()
{
    return active();
}

} // namespace language
