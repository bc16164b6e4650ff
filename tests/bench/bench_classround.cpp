// Class round figures, on loopback only: how many answers per second the
// server accepts (each from a fresh connection, like phones), how soon the
// projector shows an answer after it was sent (300 students within 10 s),
// and the size of the student page.
#include "bench.h"

#include "labs/survey/classroundserver.h"
#include "labs/survey/classroundview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

// One blocking POST /answer over a new connection; returns the HTTP status (0 on failure).
int postAnswer(quint16 port, const std::string &code, const std::string &token, bool yes)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    int status = 0;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        const std::string body = R"({"code":")" + code + R"(","token":")" + token +
                                 R"(","answer":")" + (yes ? "yes" : "no") + R"("})";
        const std::string req = "POST /answer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                "Content-Type: application/json\r\nContent-Length: " +
                                std::to_string(body.size()) + "\r\n\r\n" + body;
        if (::send(fd, req.data(), req.size(), 0) == static_cast<ssize_t>(req.size())) {
            char buf[256];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n >= 12)
                status = std::atoi(std::string(buf + 9, 3).c_str());
        }
    }
    ::close(fd);
    return status;
}

std::unique_ptr<ClassRoundView> openRound()
{
    ClassRoundSetup setup;
    setup.question = QStringLiteral("Benchmark question");
    setup.address = QHostAddress::LocalHost;
    setup.rateLimit = {0.0, 0.0}; // one address sends everything
    auto view = std::make_unique<ClassRoundView>(setup);
    view->setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    if (!view->start(&error))
        return nullptr;
    return view;
}

// Runs the Qt event loop (the server) until `done` is set by the client threads.
void serveUntil(const std::atomic<bool> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done.load() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

void benchClassRound(Reporter &r, bool quick, int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int appArgc = 1;
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QApplication>(appArgc, argv);
    (void)argc;

    // 1. Throughput: two client threads, one connection per answer.
    {
        auto view = openRound();
        if (!view)
            return;
        const quint16 port = view->server()->port();
        const std::string code = view->round().sessionCode();
        const int total = quick ? 200 : 2000; // the round's cap is 2,000 participants
        std::atomic<int> next{0}, accepted{0};
        std::atomic<bool> done{false};
        const auto start = Clock::now();
        std::vector<std::thread> clients;
        std::atomic<int> running{2};
        for (int c = 0; c < 2; ++c)
            clients.emplace_back([&] {
                for (int i = next++; i < total; i = next++)
                    if (postAnswer(port, code, "bench_" + std::to_string(100000 + i), i % 3 == 0) ==
                        200)
                        ++accepted;
                if (--running == 0)
                    done = true;
            });
        serveUntil(done, 60000);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        for (auto &t : clients)
            t.join();
        r.add({"classround.loopback.answers_per_second",
               accepted / seconds,
               "1/s",
               {},
               "",
               1000.0,
               true,
               std::to_string(accepted.load()) + " of " + std::to_string(total) +
                   " accepted, fresh connection each, 2 client threads"});
    }

    // 2. Projector latency: 300 students within 10 s (quick: 60 within 1 s).
    {
        auto view = openRound();
        if (!view)
            return;
        const quint16 port = view->server()->port();
        const std::string code = view->round().sessionCode();
        const int students = quick ? 60 : 300;
        const double spanSeconds = quick ? 1.0 : 10.0;
        std::vector<Clock::time_point> sent(static_cast<std::size_t>(students));
        std::vector<Clock::time_point> shown(static_cast<std::size_t>(students));
        std::mutex mutex;
        int shownCount = 0;
        QObject::connect(view.get(), &ClassRoundView::answersChanged, view.get(), [&](int count) {
            const auto now = Clock::now();
            for (; shownCount < std::min(count, students); ++shownCount)
                shown[static_cast<std::size_t>(shownCount)] = now;
        });
        std::atomic<bool> done{false};
        std::thread client([&] {
            const auto begin = Clock::now();
            for (int i = 0; i < students; ++i) {
                std::this_thread::sleep_until(
                    begin + std::chrono::duration<double>(spanSeconds * i / students));
                {
                    std::lock_guard lock(mutex);
                    sent[static_cast<std::size_t>(i)] = Clock::now();
                }
                postAnswer(port, code, "student_" + std::to_string(100000 + i), i % 4 == 0);
            }
            done = true;
        });
        serveUntil(done, 60000);
        client.join();
        // Let the last refresh happen.
        QElapsedTimer settle;
        settle.start();
        while (shownCount < students && settle.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::vector<double> ms;
        for (int i = 0; i < shownCount; ++i)
            ms.push_back(std::chrono::duration<double, std::milli>(shown[std::size_t(i)] -
                                                                   sent[std::size_t(i)])
                             .count());
        std::sort(ms.begin(), ms.end());
        const double median = ms.empty() ? -1.0 : ms[ms.size() / 2];
        const double worst = ms.empty() ? -1.0 : ms.back();
        r.add({"classround.projector.update_after_answer_ms.median",
               median,
               "ms",
               {},
               "",
               100.0,
               false,
               std::to_string(students) + " students over " + std::to_string(int(spanSeconds)) +
                   " s; from sending to the projector's redraw; worst " +
                   std::to_string(int(worst)) + " ms"});

        // 3. The student page.
        r.add({"classround.student_page_kb",
               view->server()->page().size() / 1024.0,
               "KB",
               {},
               "",
               50.0,
               false,
               "HTML, CSS and JavaScript in one file"});
    }
}

} // namespace bench
