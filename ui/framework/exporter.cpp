#include "framework/exporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace exporter {

bool checkWritable(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("export", "no file name given");
        return false;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("export", "'%1' is a folder, not a file").arg(path);
        return false;
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir()) {
        *error = QCoreApplication::translate("export", "the folder '%1' does not exist")
                     .arg(dir.filePath());
        return false;
    }
    if (!dir.isWritable() || (info.exists() && !info.isWritable())) {
        *error = QCoreApplication::translate("export", "cannot write to '%1': permission denied")
                     .arg(path);
        return false;
    }
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!checkWritable(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("export", "cannot write '%1': %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("export", "writing '%1' failed: %2")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgBytes(QWidget *widget, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    generator.setDescription(QCoreApplication::translate("export", "Exported from Epsilon Lab"));
    QPainter painter(&generator);
    widget->render(&painter);
    painter.end();
    return bytes;
}

} // namespace exporter
