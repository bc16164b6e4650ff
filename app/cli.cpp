#include "cli.h"

#include "framework/exporter.h"
#include "framework/lab.h"
#include "framework/labfactory.h"
#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"
#include "framework/paramerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QImage>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--describe", "--export-csv", "--export-json", "--export-png",
                                 "--help", "-h", "--version", "-v"})
            if (std::strncmp(argv[i], flag, std::strlen(flag)) == 0)
                return true;
    }
    return false;
}

bool parseCli(const QStringList &arguments, CliOptions *o, QString *error, bool *helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Epsilon Lab: learn differential privacy by playing with it."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption describe(
        QStringLiteral("describe"),
        QStringLiteral("Print every lab, its parameters and export columns as JSON."));
    const QCommandLineOption lab(QStringLiteral("lab"), QStringLiteral("Open or run this lab."),
                                 QStringLiteral("id"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (0 to 2147483647)."),
                                  QStringLiteral("n"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Set a parameter (repeatable)."),
                                 QStringLiteral("key=value"));
    const QCommandLineOption csv(QStringLiteral("export-csv"),
                                 QStringLiteral("Write the data table as CSV and exit."),
                                 QStringLiteral("file"));
    const QCommandLineOption json(
        QStringLiteral("export-json"),
        QStringLiteral("Write the figures shown on screen as JSON and exit."),
        QStringLiteral("file"));
    const QCommandLineOption png(
        QStringLiteral("export-png"),
        QStringLiteral("Write the lab as a person sees it as PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size for --export-png (default 1440x900)."),
        QStringLiteral("WxH"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QStringLiteral("Presentation mode: big fonts and thick lines."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Language of the interface and lessons: %1 (default: the system's).")
            .arg(language::available().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption classRound(
        QStringLiteral("class-round"),
        QStringLiteral(
            "Open the survey lab with a live class round started; prints the student address."));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QStringLiteral("Address the class round listens on (default 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("Port of the class round (default: any free port)."),
        QStringLiteral("n"));
    const QCommandLineOption question(QStringLiteral("question"),
                                      QStringLiteral("The class round's question."),
                                      QStringLiteral("text"));
    const QCommandLineOption slide(
        QStringLiteral("slide"),
        QStringLiteral("With --presentation: export this slide (1 = first)."), QStringLiteral("n"));
    QCommandLineOption palette(QStringLiteral("palette"),
                               QStringLiteral("Colours: dark or contrast."),
                               QStringLiteral("name"));
    palette.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({describe, lang, lab, seed, set, csv, json, png, size, presentation,
                       classRound, bind, port, question, slide, palette});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpShown = true;
        if (parser.isSet(help))
            std::fputs(qPrintable(parser.helpText()), stdout);
        else
            std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                        qPrintable(QCoreApplication::applicationVersion()));
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    o->describe = parser.isSet(describe);
    o->presentation = parser.isSet(presentation);
    o->lab = parser.value(lab);
    o->classRound = parser.isSet(classRound);
    if (!o->classRound && (parser.isSet(bind) || parser.isSet(port) || parser.isSet(question))) {
        *error = QStringLiteral("--bind, --port and --question belong to --class-round");
        return false;
    }
    if (o->classRound) {
        if (parser.isSet(describe) || parser.isSet(csv) || parser.isSet(json) ||
            parser.isSet(png)) {
            *error = QStringLiteral(
                "--class-round opens a window; it cannot be combined with exports or --describe");
            return false;
        }
        if (parser.isSet(bind)) {
            o->bind = parser.value(bind);
            if (QHostAddress(o->bind).isNull()) {
                *error = QStringLiteral("--bind needs an IP address of this computer, got '%1'")
                             .arg(o->bind);
                return false;
            }
        }
        if (parser.isSet(port)) {
            bool ok = false;
            o->port = parser.value(port).toInt(&ok);
            if (!ok || o->port < 0 || o->port > 65535) {
                *error = QStringLiteral("--port must be a whole number from 0 to 65535, got '%1'")
                             .arg(parser.value(port));
                return false;
            }
        }
        o->question = parser.value(question).trimmed();
        if (parser.isSet(question) && (o->question.isEmpty() || o->question.size() > 200)) {
            *error = QStringLiteral("--question needs a text of 1 to 200 characters");
            return false;
        }
        if (!parser.value(lab).isEmpty() && parser.value(lab) != QLatin1String("survey")) {
            *error = QStringLiteral("--class-round runs in the survey lab, not '%1'")
                         .arg(parser.value(lab));
            return false;
        }
    }
    o->language = parser.value(lang);
    if (parser.isSet(lang) && !language::isAvailable(o->language)) {
        *error = QStringLiteral("unknown language '%1' (languages: %2)")
                     .arg(o->language, language::available().join(QStringLiteral(", ")));
        return false;
    }
    o->assignments = parser.values(set);
    o->csvPath = parser.value(csv);
    o->jsonPath = parser.value(json);
    o->pngPath = parser.value(png);
    o->headless = parser.isSet(csv) || parser.isSet(json) || parser.isSet(png);
    for (const auto &[given, path] :
         {std::pair{parser.isSet(csv), o->csvPath}, std::pair{parser.isSet(json), o->jsonPath},
          std::pair{parser.isSet(png), o->pngPath}}) {
        if (given && path.isEmpty()) {
            *error = QStringLiteral("an export option needs a file name");
            return false;
        }
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        const qulonglong s = parser.value(seed).toULongLong(&ok);
        if (!ok || s > 2147483647ULL) {
            *error = QStringLiteral("--seed must be a whole number from 0 to 2147483647, got '%1'")
                         .arg(parser.value(seed));
            return false;
        }
        o->seed = s;
        o->seedGiven = true;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0,
                  h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 8000 || h > 8000) {
            *error =
                QStringLiteral("--size must look like 1440x900 (320x240 to 8000x8000), got '%1'")
                    .arg(parser.value(size));
            return false;
        }
        o->size = QSize(w, h);
    }
    if (parser.isSet(slide)) {
        bool ok = false;
        o->slide = parser.value(slide).toInt(&ok);
        if (!ok || o->slide < 1 || o->slide > 9) {
            *error = QStringLiteral("--slide must be a whole number from 1 to 9, got '%1'")
                         .arg(parser.value(slide));
            return false;
        }
        if (!o->presentation) {
            *error = QStringLiteral("--slide needs --presentation");
            return false;
        }
    }
    o->palette = parser.value(palette);
    if (parser.isSet(palette) && o->palette != QLatin1String("dark") &&
        o->palette != QLatin1String("contrast")) {
        *error = QStringLiteral("--palette must be dark or contrast, got '%1'").arg(o->palette);
        return false;
    }
    if (!o->lab.isEmpty() && !dp::findLab(o->lab.toStdString())) {
        QStringList ids;
        for (const auto *l : dp::allLabs())
            ids << QString::fromStdString(l->id());
        *error = QStringLiteral("unknown lab '%1' (labs: %2)")
                     .arg(o->lab, ids.join(QStringLiteral(", ")));
        return false;
    }
    if ((o->headless || !o->assignments.isEmpty()) && o->lab.isEmpty()) {
        *error = QStringLiteral("--set and the export options need --lab ID");
        return false;
    }
    if (!o->lab.isEmpty()) {
        // Check every assignment now, so that nothing is written for a bad one.
        const dp::LabModel *model = dp::findLab(o->lab.toStdString());
        dp::ParamValues values = dp::defaultValues(model->params());
        for (const QString &a : o->assignments) {
            if (auto err = dp::parseAssignment(model->params(), a.toStdString(), values)) {
                *error = ::describe(*err, model, ParamNames::Ids);
                return false;
            }
        }
        if (auto err = model->validate(values)) {
            *error = ::describe(*err, model, ParamNames::Ids);
            return false;
        }
    }
    for (const QString &path : {o->csvPath, o->jsonPath, o->pngPath}) {
        QString why;
        if (!path.isEmpty() && !exporter::checkWritable(path, &why)) {
            *error = why;
            return false;
        }
    }
    return true;
}

namespace {
// --describe names labs and parameters in English (the source text of the ui/ tables).
std::string describeText(const std::string &labId, const std::string &paramId, const char *what)
{
    const LabTexts &t = labTexts(labId);
    if (paramId.empty())
        return t.title;
    const ParamText *p = t.param(paramId);
    return !p ? std::string() : std::string(what) == "label" ? p->label : p->help;
}
} // namespace

int runHeadless(const CliOptions &o)
{
    if (o.describe && !o.headless) {
        std::fputs(dp::describeLabsJson(describeText).c_str(), stdout);
        return 0;
    }
    const dp::LabModel *model = dp::findLab(o.lab.toStdString());
    dp::ParamValues values = dp::defaultValues(model->params());
    for (const QString &a : o.assignments)
        dp::parseAssignment(model->params(), a.toStdString(), values); // checked in parseCli
    const quint64 seed = o.seedGiven ? o.seed : 42;

    QString error;
    QByteArray csv, json, png;
    if (!o.pngPath.isEmpty()) {
        MainWindow window(false);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(o.size);
        window.showLab(o.lab);
        if (o.presentation)
            window.setPresentation(true, false);
        window.setSeed(seed);
        LabPage *page = window.currentPage();
        LessonView::Assignments all;
        for (const auto &[id, v] : values.all()) {
            const dp::ParamSpec *spec = dp::findSpec(model->params(), id);
            all.append(
                {QString::fromStdString(id), QString::fromStdString(dp::formatValue(*spec, v))});
        }
        page->applyAssignments(all, nullptr);
        window.show();
        if (!page->runBlocking(&error)) {
            std::fprintf(stderr, "epsilon-lab: %s\n", qPrintable(error));
            return 2;
        }
        QCoreApplication::processEvents();
        if (o.presentation && o.slide > 1) {
            if (o.slide > page->slideCount()) {
                std::fprintf(stderr, "epsilon-lab: --slide %d: this lab has %d slides at %dx%d\n",
                             o.slide, page->slideCount(), o.size.width(), o.size.height());
                return 2;
            }
            page->showSlide(o.slide - 1);
        }
        for (int i = 0; i < 6; ++i) // layouts, scroll areas, then the charts' own layouts
            QCoreApplication::processEvents();
        QImage image = window.grab().toImage();
        // A size below the window's minimum is laid out at the minimum and
        // scaled down, so the file always has the size that was asked for.
        if (image.size() != o.size)
            image = image.scaled(o.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        png = exporter::pngBytes(image);
        const dp::ExportData d = page->lastResult()->exportData();
        csv = QByteArray::fromStdString(dp::toCsv(d));
        json = QByteArray::fromStdString(dp::toJson(*model, values, seed, d));
    } else {
        auto result = model->run(values, seed, nullptr);
        const dp::ExportData d = result->exportData();
        csv = QByteArray::fromStdString(dp::toCsv(d));
        json = QByteArray::fromStdString(dp::toJson(*model, values, seed, d));
    }
    for (const auto &[path, bytes] :
         {std::pair{o.csvPath, csv}, std::pair{o.jsonPath, json}, std::pair{o.pngPath, png}}) {
        if (path.isEmpty())
            continue;
        if (!exporter::writeAtomically(path, bytes, &error)) {
            std::fprintf(stderr, "epsilon-lab: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (o.describe)
        std::fputs(dp::describeLabsJson(describeText).c_str(), stdout);
    return 0;
}
