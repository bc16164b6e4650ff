#pragma once
// The language of the interface. English is built in (the source strings);
// every other language is a set of .qm files compiled into the binary as
// :/i18n/<unit>_<lang>.qm (one per lab plus the shared one, see ui/CMakeLists.txt)
// plus Qt's own qtbase_<lang>.qm from the system. install() swaps them at run
// time and sets the default QLocale, so numbers follow the language
// (German: 1.234,5 and 12,3 %). Exports never use it (C locale, English ids).

#include <QString>
#include <QStringList>

namespace language {
// Codes the app offers: "en" first, then every language it has .qm files for.
QStringList available();
// The name of a language in itself ("English", "Deutsch").
QString nativeName(const QString &code);
// The language the system asks for, if the app has it; "en" otherwise.
QString systemDefault();
// True for a code in available().
bool isAvailable(const QString &code);
// Installs the translators and the default locale for `code` (an unknown
// code falls back to English). Returns the code that is now active.
QString install(const QString &code);
// The active code ("en" until install() is called).
QString current();
} // namespace language
