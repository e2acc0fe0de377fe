// Renders the console's windows to PNG files for the README: `build/tests/screenshots docs/`.
// Runs the real backend on a temporary data directory.
#include "Backend.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs"_s;
    QDir().mkpath(outputDir);

    QTemporaryDir dataDir;
    auto config = AppConfig::load(dataDir.path(), u"127.0.0.1:0"_s);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error()));
        return 1;
    }
    SystemClock clock;
    Backend backend(*config, clock);
    backend.start();

    MainWindow window(backend);
    window.resize(1100, 640);
    window.show();
    QTimer::singleShot(300, &app, [&] {
        const QString path = QDir(outputDir).filePath(u"console.png"_s);
        if (!window.grab().save(path))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
        app.quit();
    });
    return app.exec();
}
