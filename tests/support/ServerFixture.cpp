#include "ServerFixture.h"

#include "AppConfig.h"

using namespace Qt::StringLiterals;

ServerFixture::ServerFixture(const Clock &clock)
    : m_clock(clock)
    , m_dir(std::make_unique<TestDataDir>())
{}

ServerFixture::~ServerFixture()
{
    stop();
}

bool ServerFixture::start(const QByteArray &config)
{
    m_dir->writeConfig(config);
    return start();
}

bool ServerFixture::start()
{
    stop();
    m_error.clear();
    auto config = AppConfig::load(m_dir->path());
    if (!config) {
        m_error = config.error();
        return false;
    }
    m_backend = std::make_unique<Backend>(*config, m_clock);
    try {
        m_backend->start();
    } catch (const StartupError &e) {
        m_error = QString::fromUtf8(e.what());
        m_backend.reset();
        return false;
    }
    if (m_apiKey.isEmpty())
        m_apiKey = m_backend->apiKeys().create(false, u"test"_s).secret.toLatin1();
    m_client = std::make_unique<HttpClient>(m_backend->baseUrl(), m_apiKey);
    return true;
}

void ServerFixture::stop()
{
    m_client.reset();
    m_backend.reset();
}

void ServerFixture::resetDataDir()
{
    stop();
    m_dir = std::make_unique<TestDataDir>();
    m_apiKey.clear();
}
