#pragma once
// The command line: epsilon-lab [--describe] [--lang en|de] [--lab ID --seed N --set k=v …
// --export-csv F --export-json F --export-png F --size WxH --presentation --slide N].
// Any export option or --describe runs without showing a window and exits:
// 0 on success, 2 with one line on stderr for a bad argument, 1 when a file
// could not be written. Nothing is written unless every argument is valid.

#include <QSize>
#include <QString>
#include <QStringList>

struct CliOptions
{
    bool describe = false;
    bool headless = false; // some export was asked for
    bool presentation = false;
    QString lab;
    QString language; // "en", "de"; empty: the stored choice or the system's
    quint64 seed = 0;
    bool seedGiven = false;
    QStringList assignments; // "key=value"
    QString csvPath, jsonPath, pngPath;
    QSize size{1440, 900};
    // --class-round [--bind ADDRESS] [--port N] [--question TEXT]: open the
    // survey lab with a live class round started; prints the student address.
    bool classRound = false;
    QString bind = QStringLiteral("127.0.0.1");
    int port = 0; // 0: any free port
    QString question;
    int slide = 1;   // --slide N: presentation slide to export (1 = first)
    QString palette; // hidden --palette dark|contrast (layout and colour checks)
};

// True when argv asks for a run without a window (so main() can pick the
// offscreen platform before QApplication exists).
bool wantsHeadless(int argc, char **argv);

// Parses the arguments; on error returns false with a one-line message.
bool parseCli(const QStringList &arguments, CliOptions *options, QString *error, bool *helpShown);

// Runs a headless export. Returns the process exit status.
int runHeadless(const CliOptions &options);
