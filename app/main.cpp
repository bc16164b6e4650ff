// epsilon-lab: opens the window, or runs one experiment headless (see cli.h).
#include "cli.h"
#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"
#include "framework/palettes.h"
#include "framework/settings.h"

#include "labs/survey/classroundview.h"

#include <QApplication>

#include <cstdio>

namespace {
// The app prints one line on error and nothing else: Qt's own chatter (about
// the platform, fonts, runtime folders) is dropped unless EPSILON_VERBOSE is set.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
    // A headless run needs no display: use the offscreen platform unless the
    // caller chose one.
    const bool headless = wantsHeadless(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("EPSILON_VERBOSE"))
        qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("epsilon-lab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Epsilon Lab"));
    QApplication::setOrganizationName(QStringLiteral("EpsilonLab"));
    QApplication::setApplicationVersion(QStringLiteral(EPSILON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("epsilon-lab"));

    CliOptions options;
    QString error;
    bool helpShown = false;
    if (!parseCli(QApplication::arguments(), &options, &error, &helpShown)) {
        std::fprintf(stderr, "epsilon-lab: %s\n", qPrintable(error));
        return 2;
    }
    if (helpShown)
        return 0;
    // --lang, else the language chosen in the window last time, else the system's.
    QString lang = options.language;
    if (lang.isEmpty() && !options.headless)
        lang = AppSettings::load().language;
    if (lang.isEmpty() || !language::isAvailable(lang))
        lang = language::systemDefault();
    language::install(lang);
    // Colour checks: --palette dark|contrast, or EPSILON_PALETTE for a session.
    applyNamedPalette(options.palette.isEmpty() ? qEnvironmentVariable("EPSILON_PALETTE")
                                                : options.palette);
    if (options.describe || options.headless)
        return runHeadless(options);

    MainWindow window;
    if (!options.lab.isEmpty())
        window.showLab(options.lab);
    if (options.seedGiven)
        window.setSeed(options.seed);
    if (!options.assignments.isEmpty()) {
        QList<QPair<QString, QString>> list;
        for (const QString &a : options.assignments)
            list.append({a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1)});
        window.currentPage()->applyAssignments(list, nullptr);
    }
    if (options.presentation)
        window.setPresentation(true);
    window.show();
    if (options.classRound) {
        window.showLab(QStringLiteral("survey"));
        ClassRoundSetup setup;
        setup.question = options.question.isEmpty()
                             ? QCoreApplication::translate("ClassRoundDialog",
                                                           "Have you ever cheated in an exam?")
                             : options.question;
        const dp::ParamValues values = window.currentPage()->values();
        setup.pHonest = values.get("p_honest");
        setup.pYes = values.get("p_yes");
        setup.address = QHostAddress(options.bind);
        setup.port = static_cast<quint16>(options.port);
        auto *view = new ClassRoundView(setup, &window);
        QString roundError;
        if (!view->start(&roundError)) {
            std::fprintf(stderr, "epsilon-lab: could not open the class round on %s port %d: %s\n",
                         qPrintable(options.bind), options.port, qPrintable(roundError));
            delete view;
            return 1;
        }
        std::printf("%s\n", qPrintable(view->studentUrl()));
        std::fflush(stdout);
        view->show();
    }
    return QApplication::exec();
}
