#pragma once
// Writing results to files: atomically (QSaveFile), so a failed export never
// leaves a half-written file behind, with a sentence saying what went wrong.

#include <QByteArray>
#include <QSize>
#include <QString>

class QWidget;
class QImage;

namespace exporter {
// Writes bytes to path through a temporary file that replaces the target only
// when everything was written. Returns false with a reason.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
// Checks that a file can be created at path (the folder exists and is
// writable) without leaving anything behind.
bool checkWritable(const QString &path, QString *error);
QByteArray pngBytes(const QImage &image);
// Renders a widget (as laid out) to an SVG document.
QByteArray svgBytes(QWidget *widget, const QString &title);
} // namespace exporter
