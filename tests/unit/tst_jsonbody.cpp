#include "JsonBody.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
HttpRequest post(const QByteArray &body, const QByteArray &contentType = "application/json")
{
    HttpRequest request;
    request.method = "POST";
    request.path = u"/api/v1/checkout_sessions"_s;
    request.body = body;
    if (!contentType.isNull())
        request.headers.append({"Content-Type", contentType});
    return request;
}

// JSON written with single quotes, so the test data stays readable.
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

JsonBody body(const char *singleQuoted)
{
    return JsonBody::parse(post(j(singleQuoted)));
}

// What a refusal says: the status, and the code, param and message of its {"error": …} object.
struct Refusal
{
    int status = 0;
    QString code;
    QJsonValue param;
    QString message;
};

// Runs the call, which must throw an ApiError, and returns what the error says.
Refusal refusal(const std::function<void()> &call)
{
    try {
        call();
    } catch (const ApiError &error) {
        const QJsonObject object = error.toJson().value(u"error"_s).toObject();
        return Refusal{error.status(), object.value(u"code"_s).toString(), object.value(u"param"_s),
                       object.value(u"message"_s).toString()};
    }
    return Refusal{};
}
} // namespace

// The strict reading of a request's JSON body: content type, shape, unknown parameters and each accessor's
// types, every refusal a 400 (or 415) ApiError naming the parameter.
class TestJsonBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBodyIsAnEmptyObject()
    {
        for (const QByteArray &empty : {QByteArray(), QByteArray("  \r\n\t ")}) {
            // No content type is needed for nothing: POST …/expire takes no body.
            const JsonBody parsed = JsonBody::parse(post(empty, QByteArray()));
            QVERIFY(!parsed.has(u"amount"_s));
            QCOMPARE(parsed.optionalInteger(u"amount"_s), std::nullopt);
            parsed.allowOnly({}); // nothing to refuse
        }
    }

    void contentTypeMustBeJson()
    {
        const Refusal form =
            refusal([] { JsonBody::parse(post("a=1", "application/x-www-form-urlencoded")); });
        QCOMPARE(form.status, 415);
        QCOMPARE(form.code, u"unsupported_media_type"_s);
        QVERIFY2(form.message.contains(u"(got 'application/x-www-form-urlencoded')"_s),
                 qPrintable(form.message));
        QVERIFY(form.param.isNull());

        const Refusal none = refusal([] { JsonBody::parse(post("{}", QByteArray())); });
        QCOMPARE(none.status, 415);
        QVERIFY2(none.message.contains(u"(got '')"_s), qPrintable(none.message));

        // Parameters and case do not matter; the media type does.
        QVERIFY(JsonBody::parse(post(j("{'a':1}"), "Application/JSON; charset=utf-8")).has(u"a"_s));
        QCOMPARE(refusal([] { JsonBody::parse(post("{}", "text/json")); }).status, 415);
    }

    void malformedJsonIs400()
    {
        const Refusal broken = refusal([] { JsonBody::parse(post("{\"a\": 1,")); });
        QCOMPARE(broken.status, 400);
        QCOMPARE(broken.code, u"json_invalid"_s);
        QVERIFY2(broken.message.startsWith(u"The body is not valid JSON: "_s), qPrintable(broken.message));
        QVERIFY(broken.param.isNull());
    }

    void bodyMustBeAnObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("[1,2]") << u"The body must be a JSON object."_s;
        QTest::newRow("empty array") << QByteArray("[]") << u"The body must be a JSON object."_s;
        // Qt's parser takes only an object or an array as a document: a bare value is not JSON to it.
        QTest::newRow("string") << QByteArray("\"text\"")
                                << u"The body is not valid JSON: illegal value at offset 1."_s;
        QTest::newRow("number") << QByteArray("12")
                                << u"The body is not valid JSON: illegal value at offset 1."_s;
        QTest::newRow("null") << QByteArray("null")
                              << u"The body is not valid JSON: illegal value at offset 1."_s;
    }
    void bodyMustBeAnObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Refusal notObject = refusal([&] { JsonBody::parse(post(json)); });
        QCOMPARE(notObject.status, 400);
        QCOMPARE(notObject.code, u"json_invalid"_s);
        QCOMPARE(notObject.message, message);
        QVERIFY(notObject.param.isNull());
    }

    void unknownFieldsRefused()
    {
        const JsonBody parsed = body("{'amount':100,'currency':'USD','amuont':5}");
        parsed.allowOnly({u"amount"_s, u"currency"_s, u"amuont"_s}); // all allowed: no throw
        const Refusal typo = refusal([&] { parsed.allowOnly({u"amount"_s, u"currency"_s}); });
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.code, u"parameter_unknown"_s);
        QCOMPARE(typo.param, QJsonValue(u"amuont"_s));
        QCOMPARE(typo.message, u"Unknown parameter: amuont. Allowed here: amount, currency."_s);

        // In a nested object the parameter is named by its full path.
        const JsonBody nested = body("{'metadata':{'order':'1','oops':2}}").object(u"metadata"_s);
        const Refusal inner = refusal([&] { nested.allowOnly({u"order"_s}); });
        QCOMPARE(inner.param, QJsonValue(u"metadata.oops"_s));
        QCOMPARE(inner.message, u"Unknown parameter: metadata.oops. Allowed here: order."_s);
    }

    void strings()
    {
        const JsonBody parsed = body("{'s':'text','empty':'','nul':null,'n':5,'b':true,'o':{},'a':['x']}");
        QCOMPARE(parsed.nullableString(u"s"_s), std::optional<QString>(u"text"_s));
        QCOMPARE(parsed.optionalString(u"s"_s), u"text"_s);
        QCOMPARE(parsed.optionalString(u"empty"_s), u""_s);
        QVERIFY(!parsed.optionalString(u"empty"_s).isNull());

        // Missing and null differ for nullableString (absent: leave alone; null: clear) ...
        QCOMPARE(parsed.nullableString(u"missing"_s), std::nullopt);
        const std::optional<QString> cleared = parsed.nullableString(u"nul"_s);
        QVERIFY(cleared.has_value());
        QVERIFY(cleared->isNull());
        // ... and are the same null QString for optionalString.
        QVERIFY(parsed.optionalString(u"missing"_s).isNull());
        QVERIFY(parsed.optionalString(u"nul"_s).isNull());

        for (const QString &key : {u"n"_s, u"b"_s, u"o"_s, u"a"_s}) {
            const Refusal wrong = refusal([&] { parsed.optionalString(key); });
            QCOMPARE(wrong.status, 400);
            QCOMPARE(wrong.code, u"parameter_invalid_type"_s);
            QCOMPARE(wrong.param, QJsonValue(key));
            QCOMPARE(wrong.message, key + u" must be a string."_s);
        }
    }

    void booleans()
    {
        const JsonBody parsed = body("{'yes':true,'no':false,'text':'true','one':1,'nul':null}");
        QCOMPARE(parsed.optionalBool(u"yes"_s), std::optional<bool>(true));
        QCOMPARE(parsed.optionalBool(u"no"_s), std::optional<bool>(false));
        QCOMPARE(parsed.optionalBool(u"missing"_s), std::nullopt);
        // Nothing is coerced: "true" and 1 are not booleans, and null is not absent.
        for (const QString &key : {u"text"_s, u"one"_s, u"nul"_s}) {
            const Refusal wrong = refusal([&] { parsed.optionalBool(key); });
            QCOMPARE(wrong.status, 400);
            QCOMPARE(wrong.code, u"parameter_invalid_type"_s);
            QCOMPARE(wrong.message, key + u" must be true or false."_s);
        }
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("positive") << QByteArray("1200") << true << qint64(1200);
        QTest::newRow("negative") << QByteArray("-7") << true << qint64(-7);
        QTest::newRow("whole with fraction syntax") << QByteArray("12.0") << true << qint64(12);
        QTest::newRow("exponent, whole") << QByteArray("1e3") << true << qint64(1000);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << true << qint64(-9007199254740992);
        QTest::newRow("fraction") << QByteArray("12.5") << false << qint64(0);
        QTest::newRow("small fraction") << QByteArray("0.000001") << false << qint64(0);
        QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << true << qint64(9007199254740991);
        // Not rounded to 2^53 on the way in (as a double would be): read exactly, and out of range.
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << false << qint64(0);
        QTest::newRow("-2^53 - 1") << QByteArray("-9007199254740993") << false << qint64(0);
        QTest::newRow("2^53 + 2") << QByteArray("9007199254740994") << false << qint64(0);
        QTest::newRow("2^63 - 1") << QByteArray("9223372036854775807") << false << qint64(0);
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::newRow("-2^63 - 1") << QByteArray("-9223372036854775809") << false << qint64(0);
        QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
        QTest::newRow("-1e300") << QByteArray("-1e300") << false << qint64(0);
        QTest::newRow("string") << QByteArray("\"12\"") << false << qint64(0);
        QTest::newRow("boolean") << QByteArray("true") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("array") << QByteArray("[12]") << false << qint64(0);
    }
    // Whole numbers a double holds exactly; anything else, however large, is a 400 and never a conversion.
    void integers()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        QFETCH(qint64, value);
        const JsonBody parsed = JsonBody::parse(post("{\"amount\":" + json + "}"));
        if (accepted) {
            QCOMPARE(parsed.optionalInteger(u"amount"_s), std::optional<qint64>(value));
            return;
        }
        const Refusal wrong = refusal([&] { parsed.optionalInteger(u"amount"_s); });
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.code, u"parameter_invalid_type"_s);
        QCOMPARE(wrong.param, QJsonValue(u"amount"_s));
        QCOMPARE(wrong.message, u"amount must be a whole number."_s);
    }

    void absentIntegerIsNullopt()
    {
        QCOMPARE(body("{'other':1}").optionalInteger(u"amount"_s), std::nullopt);
    }

    // A number too large for a double never reaches optionalInteger: the parser refuses the body.
    void hugeExponentIs400()
    {
        const Refusal huge =
            refusal([] { JsonBody::parse(post("{\"amount\":1e400}")).optionalInteger(u"amount"_s); });
        QCOMPARE(huge.status, 400);
        QCOMPARE(huge.code, u"json_invalid"_s);
        QVERIFY2(huge.message.startsWith(u"The body is not valid JSON: illegal number"_s),
                 qPrintable(huge.message));
    }

    void objects()
    {
        const JsonBody parsed = body("{'metadata':{'order':'A-1'},'nul':null,'n':3,'a':[]}");
        const std::optional<QJsonObject> metadata = parsed.optionalObject(u"metadata"_s);
        QVERIFY(metadata.has_value());
        QCOMPARE(metadata->value(u"order"_s).toString(), u"A-1"_s);
        QCOMPARE(parsed.optionalObject(u"missing"_s), std::nullopt);
        QCOMPARE(parsed.optionalObject(u"nul"_s), std::nullopt);
        for (const QString &key : {u"n"_s, u"a"_s}) {
            const Refusal wrong = refusal([&] { parsed.optionalObject(key); });
            QCOMPARE(wrong.code, u"parameter_invalid_type"_s);
            QCOMPARE(wrong.message, key + u" must be an object."_s);
        }

        // object() requires one, and what is read from it is named with the outer key.
        const JsonBody inner = parsed.object(u"metadata"_s);
        QCOMPARE(inner.param(u"order"_s), u"metadata.order"_s);
        QCOMPARE(inner.optionalString(u"order"_s), u"A-1"_s);
        const Refusal wrongInside = refusal([&] { inner.optionalInteger(u"order"_s); });
        QCOMPARE(wrongInside.param, QJsonValue(u"metadata.order"_s));
        QCOMPARE(wrongInside.message, u"metadata.order must be a whole number."_s);
        for (const QString &key : {u"missing"_s, u"nul"_s, u"n"_s}) {
            const Refusal required = refusal([&] { parsed.object(key); });
            QCOMPARE(required.status, 400);
            QCOMPARE(required.param, QJsonValue(key));
            QCOMPARE(required.message, key + u" must be an object."_s);
        }
        // Two levels deep, the path grows.
        const JsonBody deep = body("{'a':{'b':{'c':1}}}").object(u"a"_s).object(u"b"_s);
        QCOMPARE(deep.param(u"c"_s), u"a.b.c"_s);
    }

    void stringLists()
    {
        const JsonBody parsed = body("{'list':['a','b'],'empty':[],'mixed':['a',1],'text':'a','nul':null}");
        QCOMPARE(parsed.optionalStringList(u"list"_s),
                 std::optional<QStringList>(QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(parsed.optionalStringList(u"empty"_s), std::optional<QStringList>(QStringList{}));
        QCOMPARE(parsed.optionalStringList(u"missing"_s), std::nullopt);
        for (const QString &key : {u"mixed"_s, u"text"_s, u"nul"_s}) {
            const Refusal wrong = refusal([&] { parsed.optionalStringList(key); });
            QCOMPARE(wrong.status, 400);
            QCOMPARE(wrong.code, u"parameter_invalid_type"_s);
            QCOMPARE(wrong.message, key + u" must be an array of strings."_s);
        }
    }

    // has() tells a present null from an absent key.
    void hasSeesNull()
    {
        const JsonBody parsed = body("{'nul':null}");
        QVERIFY(parsed.has(u"nul"_s));
        QVERIFY(!parsed.has(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
