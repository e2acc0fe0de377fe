#include "AppConfig.h"
#include "OffsetClock.h"
#include "QrCode.h"
#include "ServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

// The hosted page's server side: what it reveals, its headers, its languages, and the live WebSocket.
class TestHostedCheckout : public QObject
{
    Q_OBJECT

    OffsetClock m_clock;
    std::unique_ptr<ServerFixture> m_server;

    QJsonObject createSession()
    {
        return m_server->client()
            .postJson(u"/api/v1/checkout_sessions"_s,
                      {{u"amount"_s, QJsonObject{{u"value"_s, u"99.00"_s}, {u"currency"_s, u"USD"_s}}},
                       {u"successUrl"_s, u"https://shop.example/ok"_s},
                       {u"customerEmail"_s, u"secret-customer@example.com"_s},
                       {u"metadata"_s, QJsonObject{{u"orderId"_s, u"private-order-42"_s}}}})
            .json;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_clock);
        QVERIFY2(m_server->start(ServerFixture::kListen), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void publicStateRevealsOnlyWhatThePageShows()
    {
        const QJsonObject session = createSession();
        const QString id = session[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const auto state = customer.get(u"/checkout/%1/state.json"_s.arg(id));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(state.json[u"address"_s].toString(), session[u"address"_s].toString());
        QCOMPARE(state.json[u"amount"_s][u"eth"_s].toString(), u"0.033"_s);
        QCOMPARE(state.json[u"paymentUri"_s].toString(),
                 u"ethereum:0x9858EfFD232B4033E47d90003D41EC34EcaEda94@31337?value=33000000000000000"_s);
        QCOMPARE(state.json[u"chain"_s][u"name"_s].toString(), u"Local dev chain"_s);
        QVERIFY(state.json.contains(u"serverTime"_s));
        for (const QByteArray &leak : {QByteArray("secret-customer"), QByteArray("private-order"),
                                       QByteArray("metadata"), QByteArray("customerEmail")}) {
            QVERIFY2(!state.body.contains(leak), leak.constData());
        }
        const auto page = customer.get(u"/checkout/"_s + id);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QVERIFY(!page.body.contains("secret-customer"));
        QVERIFY(!page.body.contains("private-order"));
    }

    // The page's polling fallback asks with the ETag it has: unchanged (serverTime aside) is 304, no body.
    // [shop]: the page says whom the customer pays, in the shop's colour when it is readable, with the
    // session's description; the logo is served so that it can run nothing.
    void shopBrandingOnThePage()
    {
        m_server.reset();
        m_server = std::make_unique<ServerFixture>(m_clock);
        // A 1×1 PNG (the signature is what the server checks).
        QFile logo(m_server->dir().filePath(u"logo.png"_s));
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                                          "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        logo.close();
        QVERIFY2(m_server->start(QByteArray(ServerFixture::kListen) +
                                 "[shop]\nname=Café Aurora\nlogo=logo.png\naccentColor=#1F6FEB\n"
                                 "supportEmail=help@aurora.example\nwebsite=https://aurora.example\n"),
                 qPrintable(m_server->error()));
        const QJsonObject session =
            m_server->client()
                .postJson(u"/api/v1/checkout_sessions"_s,
                          {{u"amount"_s, QJsonObject{{u"value"_s, u"99.00"_s}, {u"currency"_s, u"USD"_s}}},
                           {u"description"_s, u"2 × Flat white <b>beans</b>"_s}})
                .json;
        QCOMPARE(session[u"description"_s].toString(), u"2 × Flat white <b>beans</b>"_s);
        const QString id = session[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const auto state = customer.get(u"/checkout/%1/state.json"_s.arg(id)).json;
        QCOMPARE(state[u"shop"_s].toObject(), (QJsonObject{{u"name"_s, u"Café Aurora"_s},
                                                           {u"logoUrl"_s, u"/assets/shop-logo"_s},
                                                           {u"website"_s, u"https://aurora.example"_s},
                                                           {u"supportEmail"_s, u"help@aurora.example"_s}}));
        QCOMPARE(state[u"description"_s].toString(), u"2 × Flat white <b>beans</b>"_s);
        QVERIFY(!state.contains(u"txHash"_s)); // not paid: no receipt facts
        const auto page = customer.get(u"/checkout/"_s + id);
        QVERIFY2(page.body.contains("<title>Pay Café Aurora · 99.00 USD</title>"),
                 page.body.left(600).constData());
        QVERIFY(!page.body.contains("<b>beans</b>")); // only as JSON text, escaped
        const auto css = customer.get(u"/assets/shop.css"_s);
        QCOMPARE(css.status, 200);
        QVERIFY2(css.body.contains("--brand: #1f6feb"), css.body.constData());
        const auto image = customer.get(u"/assets/shop-logo"_s);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
        QVERIFY(image.header("Content-Security-Policy").contains("sandbox"));
        QCOMPARE(image.header("X-Content-Type-Options"), QByteArray("nosniff"));
        // Not paid: the receipt's address sends the customer to the checkout.
        const auto receipt = customer.get(u"/checkout/%1/receipt"_s.arg(id));
        QCOMPARE(receipt.status, 303);
        QCOMPARE(receipt.header("Location"), (u"/checkout/"_s + id).toUtf8());
        // A description of 501 characters, or with a control character, is refused.
        for (const QString &bad : {QString(501, u'x'), u"line\nbreak"_s}) {
            const auto refused = m_server->client().postJson(
                u"/api/v1/checkout_sessions"_s,
                {{u"amount"_s, QJsonObject{{u"value"_s, u"1.00"_s}, {u"currency"_s, u"USD"_s}}},
                 {u"description"_s, bad}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json[u"error"_s][u"param"_s].toString(), u"description"_s);
        }
    }

    // An accent colour too light for white text is not used (the page keeps its own), and is said; a logo
    // that is not an image, or too large, and a colour that is none, stop the start with the key named.
    void shopBrandingIsChecked()
    {
        m_server.reset();
        m_server = std::make_unique<ServerFixture>(m_clock);
        QVERIFY2(
            m_server->start(QByteArray(ServerFixture::kListen) + "[shop]\nname=Pale\naccentColor=#ffd43b\n"),
            qPrintable(m_server->error()));
        QCOMPARE(m_server->backend().services().config().shop.accentColor, QString());
        QVERIFY(m_server->backend().services().config().shop.accentNote.contains(u"too light"_s));
        QVERIFY(
            HttpClient(m_server->backend().baseUrl()).get(u"/assets/shop.css"_s).body.trimmed().isEmpty());
        QCOMPARE(HttpClient(m_server->backend().baseUrl()).get(u"/assets/shop-logo"_s).status, 404);

        QFile text(m_server->dir().filePath(u"logo.png"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("<html><script>alert(1)</script></html>");
        text.close();
        QFile big(m_server->dir().filePath(u"big.svg"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("<svg xmlns=\"http://www.w3.org/2000/svg\">" + QByteArray(300 * 1024, ' ') + "</svg>");
        big.close();
        const QList<std::pair<QByteArray, QString>> cases{
            {"logo=logo.png", u"[shop] logo"_s},
            {"logo=big.svg", u"[shop] logo"_s},
            {"logo=missing.png", u"[shop] logo"_s},
            {"accentColor=blue", u"[shop] accentColor"_s},
            {"supportEmail=nobody", u"[shop] supportEmail"_s},
            {"website=javascript:alert(1)", u"[shop] website"_s}};
        int padding = 0; // QSettings keeps a file it read while its size and time are the same: vary the size
        for (const auto &[ini, key] : cases) {
            m_server->dir().writeConfig(QByteArray(ServerFixture::kListen) + "; " +
                                        QByteArray(++padding, 'x') + "\n[shop]\n" + ini + "\n");
            const auto refused = AppConfig::load(m_server->dir().path());
            QVERIFY2(!refused, ini.constData());
            QVERIFY2(refused.error().contains(key), qPrintable(key + u" not in: "_s + refused.error()));
        }
    }

    void pollingGetsNotModified()
    {
        const QString id = createSession()[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const QString path = u"/checkout/%1/state.json"_s.arg(id);
        const auto first = customer.get(path);
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        QTest::qWait(5); // another serverTime: still the same state
        const auto again = customer.send("GET", path, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        m_server->backend().checkout().expireSession(id, false);
        const auto changed = customer.send("GET", path, {}, {{"If-None-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"status"_s].toString(), u"expired"_s);
        QVERIFY(changed.header("ETag") != etag);
    }

    void unknownCheckoutLeaksNothing()
    {
        createSession();
        HttpClient customer(m_server->backend().baseUrl());
        for (const QString &id :
             {u"cs_doesnotexist"_s, u"cs_"_s + QString(200, u'a'), u"plink_x"_s, u"%3Cscript%3E"_s}) {
            const auto page = customer.get(u"/checkout/"_s + id);
            QCOMPARE(page.status, 404);
            QVERIFY(page.body.contains("Checkout not found"));
            QVERIFY(!page.body.contains("0x"));
            QVERIFY(!page.body.contains("<script"));
            QCOMPARE(customer.get(u"/checkout/%1/state.json"_s.arg(id)).status, 404);
            QCOMPARE(customer.get(u"/checkout/%1/qr.svg"_s.arg(id)).status, 404);
        }
    }

    void securityHeaders()
    {
        const QString id = createSession()[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const auto page = customer.get(u"/checkout/"_s + id);
        const QByteArray csp = page.header("Content-Security-Policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        // Self-contained: nothing is loaded from another origin.
        const QRegularExpression reference(u"(?:src|href)=\"([^\"]*)\""_s);
        int references = 0;
        for (auto it = reference.globalMatch(QString::fromUtf8(page.body)); it.hasNext(); ++references) {
            const QString target = it.next().captured(1);
            QVERIFY2((target.startsWith(u'/') && !target.startsWith(u"//"_s)) || target.startsWith(u'#'),
                     qPrintable(target));
        }
        QVERIFY(references >= 2);
        const auto script = customer.get(u"/assets/checkout.js"_s);
        QCOMPARE(script.status, 200);
        QVERIFY(script.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(!script.body.contains("https://"));
        QCOMPARE(customer.get(u"/assets/checkout.css"_s).status, 200);
    }

    // The expected texts are the translations in translations/cryptocheckout_<lang>.ts: the page must be
    // translated by the web library itself, not only labelled with the language.
    void languages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QString>("title");       // "Pay with %1"
        QTest::addColumn<QString>("sendExactly"); // "Send exactly this amount"
        QTest::addColumn<QString>("notFound");    // "Checkout not found"
        QTest::newRow("default") << QString() << QByteArray() << QByteArray("en") << u"Pay with ETH"_s
                                 << u"Send exactly this amount"_s << u"Checkout not found"_s;
        QTest::newRow("parameter") << u"?lang=fr"_s << QByteArray("de") << QByteArray("fr")
                                   << u"Payer en ETH"_s << u"Envoyez exactement ce montant"_s
                                   << u"Paiement introuvable"_s;
        QTest::newRow("header") << QString() << QByteArray("es-ES,es;q=0.9,en;q=0.8") << QByteArray("es")
                                << u"Pagar con ETH"_s << u"Envía exactamente este importe"_s
                                << u"Pago no encontrado"_s;
        QTest::newRow("q-values") << QString() << QByteArray("nl;q=1.0, de;q=0.5, en;q=0.4")
                                  << QByteArray("de") << u"Mit ETH bezahlen"_s
                                  << u"Genau diesen Betrag senden"_s << u"Bezahlvorgang nicht gefunden"_s;
        QTest::newRow("unsupported") << u"?lang=xx"_s << QByteArray("ja") << QByteArray("en")
                                     << u"Pay with ETH"_s << u"Send exactly this amount"_s
                                     << u"Checkout not found"_s;
    }
    void languages()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, lang);
        QFETCH(QString, title);
        QFETCH(QString, sendExactly);
        QFETCH(QString, notFound);
        const QString id = createSession()[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const auto page =
            customer.send("GET", u"/checkout/"_s + id + query, {}, {{"Accept-Language", acceptLanguage}});
        QVERIFY2(page.body.contains("<html lang=\"" + lang + "\">"), page.body.left(200).constData());
        QVERIFY2(page.body.contains("<title>" + title.toUtf8() + "</title>"),
                 page.body.left(400).constData());
        // The page's dictionary, which checkout.js shows: source text -> translation.
        const QRegularExpression dictionary(
            u"<script type=\"application/json\" id=\"i18n\">(.*?)</script>"_s);
        const auto match = dictionary.match(QString::fromUtf8(page.body));
        QVERIFY(match.hasMatch());
        const QJsonObject strings = QJsonDocument::fromJson(match.captured(1).toUtf8()).object();
        QCOMPARE(strings[u"Send exactly this amount"_s].toString(), sendExactly);

        const auto missing = customer.send("GET", u"/checkout/cs_doesnotexist"_s + query, {},
                                           {{"Accept-Language", acceptLanguage}});
        QCOMPARE(missing.status, 404);
        QVERIFY2(missing.body.contains("<html lang=\"" + lang + "\">"), missing.body.left(200).constData());
        QVERIFY2(missing.body.contains("<h1>" + notFound.toUtf8() + "</h1>"), missing.body.constData());
    }

    void qrEncodesThePaymentUri()
    {
        const QString id = createSession()[u"id"_s].toString();
        HttpClient customer(m_server->backend().baseUrl());
        const auto svg = customer.get(u"/checkout/%1/qr.svg"_s.arg(id));
        QCOMPARE(svg.status, 200);
        QCOMPARE(svg.header("Content-Type"), QByteArray("image/svg+xml"));
        QVERIFY(svg.body.startsWith("<svg"));
        QVERIFY(svg.body.contains("shape-rendering=\"crispEdges\""));
        // The same encoder: the quiet zone is four modules on each side.
        const QrCode code(
            u"ethereum:0x9858EfFD232B4033E47d90003D41EC34EcaEda94@31337?value=33000000000000000"_s);
        const QByteArray side = QByteArray::number(code.modules() + 8);
        QVERIFY(svg.body.contains("viewBox=\"0 0 " + side + " " + side + "\""));
        QVERIFY(
            svg.body.contains("M4 4h7v1h-7z")); // the top-left finder pattern starts inside the quiet zone
    }

    void livePushesEveryChange()
    {
        const QString id = createSession()[u"id"_s].toString();
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QUrl url = m_server->backend().baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/checkout/%1/live"_s.arg(id));
        socket.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
        QCOMPARE(QJsonDocument::fromJson(messages[0][0].toString().toUtf8()).object()[u"status"_s].toString(),
                 u"pending"_s);
        QCOMPARE(m_server->backend().hostedCheckout().liveConnectionCount(), 1);

        QCOMPARE(m_server->client().post(u"/api/v1/checkout_sessions/%1/expire"_s.arg(id), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 5000);
        const QJsonObject pushed = QJsonDocument::fromJson(messages[1][0].toString().toUtf8()).object();
        QCOMPARE(pushed[u"status"_s].toString(), u"expired"_s);
        QVERIFY(!pushed.contains(u"metadata"_s));

        socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->backend().hostedCheckout().liveConnectionCount(), 0, 5000);
    }

    // Only the server's own pages may open the live socket (a browser sends their Origin; another site's
    // page is refused), and a page may not send more than a few KiB: it only listens.
    void liveChecksOriginAndSize()
    {
        const QString id = createSession()[u"id"_s].toString();
        QUrl url = m_server->backend().baseUrl();
        url.setScheme(u"ws"_s);
        url.setPath(u"/checkout/%1/live"_s.arg(id));
        auto openWithOrigin = [&](QWebSocket &socket, const QString &origin) {
            QNetworkRequest request(url);
            if (!origin.isEmpty())
                request.setRawHeader("Origin", origin.toUtf8());
            socket.open(request);
        };
        {
            QWebSocket foreign;
            QSignalSpy closed(&foreign, &QWebSocket::disconnected);
            QSignalSpy messages(&foreign, &QWebSocket::textMessageReceived);
            openWithOrigin(foreign, u"https://evil.example"_s);
            QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
            QCOMPARE(messages.size(), 0);
            QCOMPARE(foreign.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        }
        QWebSocket own;
        QSignalSpy messages(&own, &QWebSocket::textMessageReceived);
        QSignalSpy closed(&own, &QWebSocket::disconnected);
        openWithOrigin(own, m_server->backend().baseUrl().toString());
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
        QCOMPARE(m_server->backend().hostedCheckout().liveConnectionCount(), 1);
        own.sendTextMessage(QString(HostedCheckout::kMaxIncomingMessageBytes + 1, u'x'));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(own.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->backend().hostedCheckout().liveConnectionCount(), 0, 5000);
    }

    // An answer and a WebSocket handshake on one connection leave in the order they were asked for: the
    // state polled just before the page opens its live socket comes first, then the handshake, then the
    // live state.
    void answerBeforeAPipelinedUpgradeComesFirst()
    {
        const QString id = createSession()[u"id"_s].toString();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost,
                             static_cast<quint16>(m_server->backend().baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /checkout/" + id.toUtf8() + "/state.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" +
                     rawWebSocketUpgrade("/checkout/" + id.toUtf8() + "/live"));
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                received += socket.readAll();
                return received.contains("HTTP/1.1 101") && received.contains("\"status\"") &&
                       received.indexOf("\"status\"") != received.lastIndexOf("\"status\"");
            },
            5000));
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.left(200).constData());
        const qsizetype handshake = received.indexOf("HTTP/1.1 101");
        QVERIFY(handshake > received.indexOf("\"status\":\"pending\""));
        QVERIFY(received.indexOf("pending", handshake) > handshake); // the live socket's first message
    }

    void liveRefusesOtherPaths()
    {
        for (const QString &path :
             {u"/checkout/cs_nope/live"_s, u"/anything"_s, u"/api/v1/checkout_sessions"_s}) {
            QWebSocket socket;
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            QUrl url = m_server->backend().baseUrl();
            url.setScheme(u"ws"_s);
            url.setPath(path);
            socket.open(url);
            QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        }
        QCOMPARE(m_server->backend().hostedCheckout().liveConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostedCheckout)
#include "tst_hostedcheckout.moc"
