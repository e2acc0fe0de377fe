#pragma once

#include "Console.h"

#include <QPointer>
#include <QThread>

class Collector;
class Services;
class ConsoleReader;
class Storage;

// interfaces::Console on the services. Commands go to the services on their (the GUI) thread; the reads
// the console shows run on a reader thread with a database connection of its own.
class ConsoleServices : public interfaces::Console
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleServices)

public:
    ConsoleServices(Services &services, QUrl serverUrl, QObject *parent = nullptr);
    ~ConsoleServices() override;

    const AppConfig &config() const override;
    QUrl serverUrl() const override { return m_serverUrl; }

    bool canCreateSessions(bool livemode) const override;
    QString whyNoSessions(bool livemode) const override;
    CheckoutSession createSession(const SessionRequest &request, bool livemode) override;
    CheckoutSession expireSession(const QString &id, bool livemode) override;
    std::unique_ptr<interfaces::SessionListSource> sessionListSource() override;
    void loadSession(const QString &id, QObject *context, interfaces::Reply<CheckoutSession> done) override;
    void loadSessionDetail(const QString &id, QObject *context,
                           interfaces::Reply<interfaces::SessionDetail> done) override;
    void payWithTestWallet(const QString &sessionId, const std::optional<QString> &amount, QObject *context,
                           interfaces::Reply<interfaces::TestPaymentSent> done) override;

    PaymentLink createPaymentLink(const PaymentLinkRequest &request, bool livemode) override;
    PaymentLink updatePaymentLink(const QString &id, const PaymentLinkRequest &request,
                                  bool livemode) override;
    QList<PaymentLink> paymentLinks(bool livemode, int limit, bool *hasMore) override;

    QList<WebhookEndpoint> webhookEndpoints(bool livemode) override;
    WebhookEndpoint createWebhookEndpoint(bool livemode, const WebhookEndpointRequest &request) override;
    WebhookEndpoint updateWebhookEndpoint(const QString &id, bool livemode,
                                          const WebhookEndpointRequest &request) override;
    void validateWebhookEndpoint(const WebhookEndpointRequest &request, bool creating,
                                 bool livemode) override;
    Event sendTestEvent(const QString &endpointId, bool livemode) override;
    int redeliver(const QString &eventId, bool livemode, const QString &endpointId = {}) override;
    void loadRecentDeliveries(const QStringList &endpointIds, int perEndpoint, QObject *context,
                              interfaces::Reply<QList<WebhookDelivery>> done) override;
    void loadDeliveryDetail(qint64 deliveryId, const QString &eventId, QObject *context,
                            interfaces::Reply<interfaces::DeliveryDetail> done) override;
    void loadWebhookHealth(bool livemode, QObject *context,
                           interfaces::Reply<interfaces::WebhookHealth> done) override;

    QList<ApiKey> apiKeys() override;
    CreatedApiKey createApiKey(bool livemode, const QString &name, ApiKey::Kind kind) override;
    bool revokeApiKey(const QString &id) override;

    interfaces::HealthSnapshot health() override;

    bool hasConfigFile() const override;
    QMap<QString, QString> configFileEntries() const override;
    QString checkConfig(const QMap<QString, QString> &entries) const override;
    bool saveConfig(const QMap<QString, QString> &entries, QString *error) override;
    void probeRpc(const QUrl &url, QObject *context, interfaces::Reply<interfaces::RpcProbe> done) override;

    void loadFunds(bool livemode, qint64 chainId, QObject *context,
                   interfaces::Reply<FundsSnapshot> done) override;
    void planCollect(bool livemode, const FundsSnapshot &funds, const QString &destination,
                     std::shared_ptr<const SecretBytes> phrase, std::shared_ptr<const SecretBytes> passphrase,
                     QObject *context, interfaces::Reply<CollectPlan> done) override;
    void collect(bool livemode, const FundsSnapshot &funds, const CollectPlan &plan,
                 std::shared_ptr<const SecretBytes> phrase, std::shared_ptr<const SecretBytes> passphrase,
                 QObject *context, std::function<void(const CollectOutcome &)> progress,
                 interfaces::Reply<QList<CollectOutcome>> done) override;
    Refund createRefund(const QString &sessionId, const RefundRequest &request, bool livemode) override;
    Refund cancelRefund(const QString &id, bool livemode) override;
    void attachRefundTransaction(const QString &refundId, bool livemode, const QString &txHash,
                                 QObject *context, interfaces::Reply<Refund> done) override;
    void planRefundPayment(bool livemode, const FundsSnapshot &funds, const Refund &refund,
                           const QString &from, std::shared_ptr<const SecretBytes> phrase,
                           std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                           interfaces::Reply<CollectPlan> done) override;
    void loadPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, QObject *context,
                           interfaces::Reply<QList<PaymentReportRow>> done) override;
    void exportPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, const QString &format,
                             QObject *context, interfaces::Reply<QByteArray> done) override;

private:
    // Runs work on the reader thread with its connection; done gets the value or the error's words on this
    // (the GUI) thread, unless context is gone by then.
    template <typename T>
    void read(std::function<T(Storage &)> work, QObject *context, interfaces::Reply<T> done);

    // Runs work (on any thread) and hands its value, or the words of what it threw, to done on the GUI thread
    // through self, unless self or guard is gone by then.
    template <typename T>
    static void answer(const std::function<T()> &work, const QPointer<ConsoleServices> &self,
                       const QPointer<QObject> &guard, const interfaces::Reply<T> &done)
    {
        std::optional<T> value;
        QString error;
        try {
            value = work();
        } catch (const std::exception &failure) {
            error = QString::fromUtf8(failure.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [done, guard, value = std::move(value), error] {
                if (guard)
                    done(value, error);
            },
            Qt::QueuedConnection);
    }
    // Runs work on a thread of its own (it may wait for a node with a local event loop); done as for read().
    // The threads are waited for when the console goes.
    template <typename T>
    void runOnWorker(std::function<T()> work, QObject *context, interfaces::Reply<T> done);
    // On a worker: checks the phrase against the mode's xpub (the keys are wiped at once), then makePlan.
    void planWithWallet(bool livemode, const FundsSnapshot &funds, std::shared_ptr<const SecretBytes> phrase,
                        std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                        interfaces::Reply<CollectPlan> done,
                        std::function<Result<CollectPlan>(Collector &)> makePlan);

    Services &m_services;
    QUrl m_serverUrl;
    QList<QPointer<QThread>> m_workers;
    QThread m_readerThread;
    ConsoleReader *m_reader = nullptr; // lives on m_readerThread
};
