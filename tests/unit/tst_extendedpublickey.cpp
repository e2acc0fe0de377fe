#include "EthereumAddress.h"
#include "ExtendedPublicKey.h"

#include <QObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// BIP32 parsing and public derivation, and deposit addresses, against published test vectors; and the
// messages for everything a merchant might paste instead of an xpub.
class TestExtendedPublicKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base58_data();
    void base58();
    void base58RejectsOutsideAlphabet();
    void roundTrip_data();
    void roundTrip();
    void fields_data();
    void fields();
    void publicDerivation_data();
    void publicDerivation();
    void derivedChildFields();
    void depositAddress_data();
    void depositAddress();
    void depositAddressIsChildZeroThenIndex();
    void uncompressedMatchesCompressed();
    void fingerprint();
    void acceptsTestnetVersion();
    void acceptsSurroundingWhitespace();
    void rejects_data();
    void rejects();
    void rejectsHardenedIndex_data();
    void rejectsHardenedIndex();
    void rejectsDerivationAtMaximumDepth();
};

namespace {

// BIP32 test vector 1.
const QString v1Master =
    u"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"_s;
const QString v1M0h =
    u"xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw"_s;
const QString v1M0h1 =
    u"xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ"_s;
const QString v1M0h12h =
    u"xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"_s;
const QString v1M0h12h2 =
    u"xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV"_s;
const QString v1M0h12h21000000000 =
    u"xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"_s;
const QString v1MasterPrivate =
    u"xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"_s;

// BIP32 test vector 2.
const QString v2Master =
    u"xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB"_s;
const QString v2M0 =
    u"xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH"_s;
const QString v2M0h =
    u"xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a"_s;
const QString v2M0h1 =
    u"xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon"_s;
const QString v2M0h1h =
    u"xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL"_s;
const QString v2M0h1h2 =
    u"xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt"_s;

// BIP32 test vector 3 master (leading-zero retention case).
const QString v3Master =
    u"xpub661MyMwAqRbcEZVB4dScxMAdx6d4nFc9nvyvH3v4gJL378CSRZiYmhRoP7mBy6gSPSCYk6SzXPTf3ND1cZAceL7SfJ1Z3GC8vBgp2epUt13"_s;

// m/44'/60'/0' of the development mnemonic "test test test test test test test test test test test junk".
const QString devAccount =
    u"xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNFLPnf8heNP3FGkeV9qwfzvZNSd54JoNXVsXFYSYwHsnJxqP"_s;
// m/44'/60'/0' of "abandon abandon ... abandon about".
const QString abandonAccount =
    u"xpub6DCoCpSuQZB2jawqnGMEPS63ePKWkwWPH4TU45Q7LPXWuNd8TMtVxRrgjtEshuqpK3mdhaWHPFsBngh5GFZaM6si3yZdUsT8ddYM3PwnATt"_s;

// The 78-byte payload of a Base58Check string (the checksum dropped).
QByteArray payloadOf(const QString &text)
{
    const std::optional<QByteArray> decoded = base58::decode(text);
    return decoded ? decoded->left(78) : QByteArray();
}

// A copy of `xpub` with its payload edited and a valid checksum, for keys no wallet would produce.
QString edited(const QString &xpub, const std::function<void(QByteArray &)> &edit)
{
    QByteArray payload = payloadOf(xpub);
    edit(payload);
    return base58::encodeCheck(payload);
}

void setBytes(QByteArray &payload, qsizetype offset, const QByteArray &bytes)
{
    payload.replace(offset, bytes.size(), bytes);
}

ExtendedPublicKey parsed(const QString &text)
{
    const Result<ExtendedPublicKey> key = ExtendedPublicKey::parse(text);
    if (!key)
        qFatal("Test key does not parse: %s", qPrintable(key.error()));
    return key.value();
}

} // namespace

void TestExtendedPublicKey::base58_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("one zero byte") << QByteArray(1, '\0') << u"1"_s;
    QTest::newRow("leading zeros") << QByteArray::fromHex("0000287fb4cd") << u"11233QC4"_s;
    QTest::newRow("Hello World!") << QByteArray("Hello World!") << u"2NEpo7TZRRrLZSi2U"_s;
    QTest::newRow("quick brown fox") << QByteArray("The quick brown fox jumps over the lazy dog.")
                                     << u"USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"_s;
}

void TestExtendedPublicKey::base58()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(base58::encode(bytes), text);
    const std::optional<QByteArray> decoded = base58::decode(text);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, bytes);
}

void TestExtendedPublicKey::base58RejectsOutsideAlphabet()
{
    for (const QString &text : {u"0"_s, u"O"_s, u"I"_s, u"l"_s, u"abc+"_s, u"ab c"_s, u"\u00e9"_s}) {
        QVERIFY2(!base58::decode(text).has_value(), qPrintable(text));
    }
}

void TestExtendedPublicKey::roundTrip_data()
{
    QTest::addColumn<QString>("xpub");
    for (const QString &xpub :
         {v1Master, v1M0h, v1M0h1, v1M0h12h, v1M0h12h2, v1M0h12h21000000000, v2Master, v2M0, v2M0h, v2M0h1,
          v2M0h1h, v2M0h1h2, v3Master, devAccount, abandonAccount}) {
        QTest::newRow(qPrintable(xpub.left(20))) << xpub;
    }
}

void TestExtendedPublicKey::roundTrip()
{
    QFETCH(QString, xpub);
    const Result<ExtendedPublicKey> key = ExtendedPublicKey::parse(xpub);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->toBase58(), xpub);
    QCOMPARE(key->network(), ExtendedPublicKey::Network::Mainnet);
}

void TestExtendedPublicKey::fields_data()
{
    QTest::addColumn<QString>("xpub");
    QTest::addColumn<int>("depth");
    QTest::addColumn<quint32>("parentFingerprint");
    QTest::addColumn<quint32>("childNumber");
    QTest::addColumn<QByteArray>("chainCodeHex");
    QTest::addColumn<QByteArray>("publicKeyHex");
    QTest::newRow("vector 1 m")
        << v1Master << 0 << quint32(0) << quint32(0)
        << QByteArray("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508")
        << QByteArray("0339a36013301597daef41fbe593a02cc513d0b55527ec2df1050e2e8ff49c85c2");
    QTest::newRow("vector 1 m/0'/1/2'/2")
        << v1M0h12h2 << 4 << quint32(0xee7ab90c) << quint32(2)
        << QByteArray("cfb71883f01676f587d023cc53a35bc7f88f724b1f8c2892ac1275ac822a3edd")
        << QByteArray("02e8445082a72f29b75ca48748a914df60622a609cacfce8ed0e35804560741d29");
    QTest::newRow("vector 2 m/0/2147483647'/1/2147483646'/2")
        << v2M0h1h2 << 5 << quint32(0x31a507b8) << quint32(2)
        << QByteArray("9452b549be8cea3ecb7a84bec10dcfd94afe4d129ebfd3b3cb58eedf394ed271")
        << QByteArray("024d902e1a2fc7a8755ab5b694c575fce742c48d9ff192e63df5193e4c7afe1f9c");
    QTest::newRow("dev account m/44'/60'/0'")
        << devAccount << 3 << quint32(0x86968b77) << quint32(0x80000000)
        << QByteArray("2258179af5cec58ce793fba06d3ef8ac640d481802e0ae39c9cc3fc5a8ce1812")
        << QByteArray("0206b81bac860f5a7442a85664d339809955b3ac9a5782200095127ac78aab71f5");
}

void TestExtendedPublicKey::fields()
{
    QFETCH(QString, xpub);
    QFETCH(int, depth);
    QFETCH(quint32, parentFingerprint);
    QFETCH(quint32, childNumber);
    QFETCH(QByteArray, chainCodeHex);
    QFETCH(QByteArray, publicKeyHex);
    const ExtendedPublicKey key = parsed(xpub);
    QCOMPARE(key.depth(), depth);
    QCOMPARE(key.parentFingerprint(), parentFingerprint);
    QCOMPARE(key.childNumber(), childNumber);
    QCOMPARE(key.chainCode().toHex(), chainCodeHex);
    QCOMPARE(key.compressedPublicKey().toHex(), publicKeyHex);
}

void TestExtendedPublicKey::publicDerivation_data()
{
    // Every non-hardened step of BIP32 test vectors 1 and 2 (vectors 3 to 5 have none).
    QTest::addColumn<QString>("parent");
    QTest::addColumn<quint32>("index");
    QTest::addColumn<QString>("child");
    QTest::newRow("vector 1 m/0' -> 1") << v1M0h << quint32(1) << v1M0h1;
    QTest::newRow("vector 1 m/0'/1/2' -> 2") << v1M0h12h << quint32(2) << v1M0h12h2;
    QTest::newRow("vector 1 m/0'/1/2'/2 -> 1000000000")
        << v1M0h12h2 << quint32(1000000000) << v1M0h12h21000000000;
    QTest::newRow("vector 2 m -> 0") << v2Master << quint32(0) << v2M0;
    QTest::newRow("vector 2 m/0/2147483647' -> 1") << v2M0h << quint32(1) << v2M0h1;
    QTest::newRow("vector 2 m/0/2147483647'/1/2147483646' -> 2") << v2M0h1h << quint32(2) << v2M0h1h2;
}

void TestExtendedPublicKey::publicDerivation()
{
    QFETCH(QString, parent);
    QFETCH(quint32, index);
    QFETCH(QString, child);
    const Result<ExtendedPublicKey> derived = parsed(parent).deriveChild(index);
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->toBase58(), child);
}

void TestExtendedPublicKey::derivedChildFields()
{
    const ExtendedPublicKey parent = parsed(v1M0h12h2);
    const Result<ExtendedPublicKey> child = parent.deriveChild(1000000000);
    QVERIFY2(child.ok(), qPrintable(child.error()));
    QCOMPARE(child->depth(), 5);
    QCOMPARE(child->childNumber(), quint32(1000000000));
    QCOMPARE(child->parentFingerprint(), quint32(0xd880d7d8)); // HASH160 of m/0'/1/2'/2, per BIP32
    QCOMPARE(child->chainCode().toHex(),
             QByteArray("c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e"));
    QCOMPARE(child->network(), parent.network());
    // Deriving never changes the parent.
    QCOMPARE(parent.toBase58(), v1M0h12h2);
}

void TestExtendedPublicKey::depositAddress_data()
{
    QTest::addColumn<QString>("xpub");
    QTest::addColumn<quint32>("index");
    QTest::addColumn<QString>("address");
    QTest::newRow("test...junk 0") << devAccount << quint32(0)
                                   << u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s;
    QTest::newRow("test...junk 1") << devAccount << quint32(1)
                                   << u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s;
    QTest::newRow("test...junk 2") << devAccount << quint32(2)
                                   << u"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"_s;
    QTest::newRow("test...junk 3") << devAccount << quint32(3)
                                   << u"0x90F79bf6EB2c4f870365E785982E1f101E93b906"_s;
    QTest::newRow("test...junk 4") << devAccount << quint32(4)
                                   << u"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"_s;
    QTest::newRow("abandon...about 0")
        << abandonAccount << quint32(0) << u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s;
}

void TestExtendedPublicKey::depositAddress()
{
    QFETCH(QString, xpub);
    QFETCH(quint32, index);
    QFETCH(QString, address);
    const Result<QString> derived = parsed(xpub).depositAddress(index);
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived.value(), address);
}

void TestExtendedPublicKey::depositAddressIsChildZeroThenIndex()
{
    const ExtendedPublicKey account = parsed(devAccount);
    for (quint32 index : {0u, 7u, 1000u, ExtendedPublicKey::HardenedOffset - 1}) {
        const Result<ExtendedPublicKey> receive = account.deriveChild(0);
        QVERIFY(receive.ok());
        const Result<ExtendedPublicKey> child = receive->deriveChild(index);
        QVERIFY(child.ok());
        QCOMPARE(child->depth(), 5);
        const Result<QString> address = account.depositAddress(index);
        QVERIFY(address.ok());
        QCOMPARE(address.value(), ethereum::addressFromPublicKey(child->uncompressedPublicKey()));
        QVERIFY(ethereum::isValidAddress(address.value()));
    }
    QVERIFY(account.depositAddress(0).value() != account.depositAddress(1).value());
}

void TestExtendedPublicKey::uncompressedMatchesCompressed()
{
    for (const QString &xpub : {v1Master, v1M0h12h2, v2M0h1h2, devAccount, abandonAccount}) {
        const ExtendedPublicKey key = parsed(xpub);
        const QByteArray compressed = key.compressedPublicKey();
        const QByteArray uncompressed = key.uncompressedPublicKey();
        QCOMPARE(compressed.size(), 33);
        QCOMPARE(uncompressed.size(), 65);
        QCOMPARE(quint8(uncompressed.at(0)), quint8(0x04));
        QCOMPARE(uncompressed.mid(1, 32), compressed.mid(1));
        const bool yIsOdd = (quint8(uncompressed.at(64)) & 1) != 0;
        QCOMPARE(quint8(compressed.at(0)), quint8(yIsOdd ? 0x03 : 0x02));
    }
}

void TestExtendedPublicKey::fingerprint()
{
    // SHA-256(chain code || compressed key), first 8 bytes; values computed independently with Python.
    const ExtendedPublicKey dev = parsed(devAccount);
    QCOMPARE(dev.fingerprint(), u"4af7156fa3d7f6c0"_s);
    QCOMPARE(parsed(abandonAccount).fingerprint(), u"7c2f11bdf26ee028"_s);
    QCOMPARE(parsed(v1M0h12h2).fingerprint(), u"b93e8dee3ea6ffb1"_s);

    // The same address space under other metadata or the testnet version keeps its fingerprint...
    const QString asTestnet =
        edited(devAccount, [](QByteArray &p) { setBytes(p, 0, QByteArray::fromHex("043587cf")); });
    QCOMPARE(parsed(asTestnet).fingerprint(), dev.fingerprint());
    const QString otherMetadata = edited(devAccount, [](QByteArray &p) {
        p[4] = 4;
        setBytes(p, 5, QByteArray::fromHex("01020304"));
        setBytes(p, 9, QByteArray::fromHex("00000005"));
    });
    QCOMPARE(parsed(otherMetadata).fingerprint(), dev.fingerprint());
    // ...and a different chain code or key does not.
    const QString otherChainCode = edited(devAccount, [](QByteArray &p) { p[13] = char(p.at(13) ^ 1); });
    QVERIFY(parsed(otherChainCode).fingerprint() != dev.fingerprint());
    QVERIFY(dev.deriveChild(0)->fingerprint() != dev.fingerprint());
}

void TestExtendedPublicKey::acceptsTestnetVersion()
{
    const QString tpub =
        edited(devAccount, [](QByteArray &p) { setBytes(p, 0, QByteArray::fromHex("043587cf")); });
    QVERIFY(tpub.startsWith(u"tpub"));
    const Result<ExtendedPublicKey> key = ExtendedPublicKey::parse(tpub);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->network(), ExtendedPublicKey::Network::Testnet);
    QCOMPARE(key->toBase58(), tpub);
    QCOMPARE(key->deriveChild(0)->network(), ExtendedPublicKey::Network::Testnet);
    QVERIFY(key->deriveChild(0)->toBase58().startsWith(u"tpub"));
    // Ethereum addresses do not depend on the network.
    QCOMPARE(key->depositAddress(0).value(), u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s);
}

void TestExtendedPublicKey::acceptsSurroundingWhitespace()
{
    const Result<ExtendedPublicKey> key = ExtendedPublicKey::parse(u"  \t"_s + devAccount + u"\r\n"_s);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->toBase58(), devAccount);
}

void TestExtendedPublicKey::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    const QString copyAgain = u"Copy the xpub again from your wallet."_s;
    const QString neverPaste = u"Never paste a private key"_s;
    const QString notOnCurve = u"not a point on the secp256k1 curve"_s;

    QTest::newRow("empty") << QString() << u"Paste the extended public key"_s;
    QTest::newRow("only whitespace") << u" \n\t "_s << u"Paste the extended public key"_s;

    QString flipped = devAccount;
    flipped[60] = flipped.at(60) == u'a' ? u'b' : u'a';
    QTest::newRow("one character changed") << flipped << u"the checksum does not match. "_s + copyAgain;
    QString lastChanged = devAccount;
    lastChanged[lastChanged.size() - 1] = u'Q';
    QTest::newRow("last character changed") << lastChanged << u"the checksum does not match"_s;

    QTest::newRow("last character missing") << devAccount.chopped(1) << u"an xpub is 111. "_s + copyAgain;
    QTest::newRow("first half only") << devAccount.left(55) << u"it is 55 characters long"_s;
    QTest::newRow("extra character") << devAccount + u"z"_s << u"it is 112 characters long"_s;
    QTest::newRow("far too long") << QString(5000, u'z') << u"it is 5000 characters long"_s;

    QTest::newRow("vector 1 master xprv") << v1MasterPrivate << neverPaste;
    QTest::newRow("xprv with a typo (checksum wrong)")
        << u"xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LoF5X4MhTbJpLJd1fPJFGR1LJ8QLMw3SR7"_s
        << neverPaste;
    QTest::newRow("vector 5 prvkey version / pubkey mismatch")
        << u"xprv9s21ZrQH143K24Mfq5zL5MhWK9hUhhGbd45hLXo2Pq2oqzMMo63oStZzFGTQQD3dC4H2D5GBj7vWvSQaaBv5cxi9gafk7NF3pnBju6dwKvH"_s
        << neverPaste;
    QTest::newRow("tprv") << edited(v1MasterPrivate, [](QByteArray &p) {
        setBytes(p, 0, QByteArray::fromHex("04358394"));
    }) << neverPaste;
    QTest::newRow("zprv") << edited(v1MasterPrivate, [](QByteArray &p) {
        setBytes(p, 0, QByteArray::fromHex("04b2430c"));
    }) << neverPaste;
    QTest::newRow("vector 5 pubkey version / prvkey mismatch")
        << u"xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6LBpB85b3D2yc8sfvZU521AAwdZafEz7mnzBBsz4wKY5fTtTQBm"_s
        << neverPaste;
    QTest::newRow("raw private key")
        << u"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"_s << u"raw private key"_s;
    QTest::newRow("recovery phrase") << u"test test test test test test test test test test test junk"_s
                                     << u"recovery phrase"_s;
    QTest::newRow("ethereum address")
        << u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s << u"Ethereum address"_s;
    QTest::newRow("xpub split over two lines")
        << devAccount.left(50) + u"\n"_s + devAccount.mid(50) << u"spaces or line breaks"_s;

    QString withZero = devAccount;
    withZero[30] = u'0';
    QTest::newRow("digit zero") << withZero << u"it contains \"0\""_s;
    QString withEll = devAccount;
    withEll[30] = u'l';
    QTest::newRow("lower-case L") << withEll << u"it contains \"l\""_s;
    QString withAccent = devAccount;
    withAccent[30] = QChar(0x00e9);
    QTest::newRow("non-ASCII") << withAccent << u"non-ASCII character U+00E9"_s;
    QString withZeroWidthSpace = devAccount;
    withZeroWidthSpace.insert(40, QChar(0x200b));
    QTest::newRow("zero-width space") << withZeroWidthSpace << u"invisible or non-ASCII character U+200B"_s;

    QTest::newRow("vector 5 unknown version")
        << u"DMwo58pR1QLEFihHiXPVykYB6fJmsTeHvyTp7hRThAtCX8CvYzgPcn8XnmdfHGMQzT7ayAmfo4z3gY5KfbrZWZ6St24UVf2Qgo6oujFktLHdHY4"_s
        << u"only keys starting with xpub"_s;
    QTest::newRow("zpub") << edited(devAccount, [](QByteArray &p) {
        setBytes(p, 0, QByteArray::fromHex("04b24746"));
    }) << u"Bitcoin SegWit"_s;
    QTest::newRow("ypub") << edited(devAccount, [](QByteArray &p) {
        setBytes(p, 0, QByteArray::fromHex("049d7cb2"));
    }) << u"Bitcoin SegWit"_s;

    QTest::newRow("vector 5 invalid pubkey prefix 04")
        << u"xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6Txnt3siSujt9RCVYsx4qHZGc62TG4McvMGcAUjeuwZdduYEvFn"_s
        << u"not in compressed form"_s;
    QTest::newRow("vector 5 invalid pubkey prefix 01")
        << u"xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6N8ZMMXctdiCjxTNq964yKkwrkBJJwpzZS4HS2fxvyYUA4q2Xe4"_s
        << u"not in compressed form"_s;
    QTest::newRow("vector 5 zero depth with non-zero parent fingerprint")
        << u"xpub661no6RGEX3uJkY4bNnPcw4URcQTrSibUZ4NqJEw5eBkv7ovTwgiT91XX27VbEXGENhYRCf7hyEbWrR3FewATdCEebj6znwMfQkhRYHRLpJ"_s
        << u"master key (depth 0)"_s;
    QTest::newRow("vector 5 zero depth with non-zero index")
        << u"xpub661MyMwAuDcm6CRQ5N4qiHKrJ39Xe1R1NyfouMKTTWcguwVcfrZJaNvhpebzGerh7gucBvzEQWRugZDuDXjNDRmXzSZe4c7mnTK97pTvGS8"_s
        << u"master key (depth 0)"_s;
    QTest::newRow("vector 5 pubkey 02...07 not on curve")
        << u"xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6Q5JXayek4PRsn35jii4veMimro1xefsM58PgBMrvdYre8QyULY"_s
        << notOnCurve;
    QTest::newRow("x coordinate not on curve") << edited(devAccount, [](QByteArray &p) {
        setBytes(p, 45, QByteArray::fromHex("03") + QByteArray(31, '\0') + QByteArray(1, '\x07'));
    }) << notOnCurve;
    QTest::newRow("x coordinate above field size") << edited(devAccount, [](QByteArray &p) {
        setBytes(p, 45, QByteArray::fromHex("02") + QByteArray(32, '\xff'));
    }) << notOnCurve;
}

void TestExtendedPublicKey::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<ExtendedPublicKey> key = ExtendedPublicKey::parse(input);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(messagePart), qPrintable(u"Message was: "_s + key.error()));
}

void TestExtendedPublicKey::rejectsHardenedIndex_data()
{
    QTest::addColumn<quint32>("index");
    QTest::newRow("2^31") << ExtendedPublicKey::HardenedOffset;
    QTest::newRow("2^31 + 44") << ExtendedPublicKey::HardenedOffset + 44;
    QTest::newRow("2^32 - 1") << quint32(0xffffffffu);
}

void TestExtendedPublicKey::rejectsHardenedIndex()
{
    QFETCH(quint32, index);
    const ExtendedPublicKey key = parsed(devAccount);
    const Result<ExtendedPublicKey> child = key.deriveChild(index);
    QVERIFY(!child.ok());
    QVERIFY2(child.error().contains(u"hardened"), qPrintable(child.error()));
    const Result<QString> address = key.depositAddress(index);
    QVERIFY(!address.ok());
    QVERIFY2(address.error().contains(u"2147483647"), qPrintable(address.error()));
    // The largest non-hardened index still works.
    QVERIFY(key.deriveChild(ExtendedPublicKey::HardenedOffset - 1).ok());
}

void TestExtendedPublicKey::rejectsDerivationAtMaximumDepth()
{
    const QString deepest = edited(devAccount, [](QByteArray &p) { p[4] = char(0xff); });
    const ExtendedPublicKey key = parsed(deepest);
    QCOMPARE(key.depth(), 255);
    const Result<ExtendedPublicKey> child = key.deriveChild(0);
    QVERIFY(!child.ok());
    QVERIFY2(child.error().contains(u"deepest level"), qPrintable(child.error()));
    QVERIFY(!key.depositAddress(0).ok());

    const ExtendedPublicKey almost = parsed(edited(devAccount, [](QByteArray &p) { p[4] = char(0xfe); }));
    QVERIFY(almost.deriveChild(0).ok());
    QVERIFY(!almost.depositAddress(0).ok()); // /0 reaches 255, so /0/index cannot exist
}

QTEST_GUILESS_MAIN(TestExtendedPublicKey)
#include "tst_extendedpublickey.moc"
