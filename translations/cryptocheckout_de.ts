<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="21" />
        <source>Pay with %1</source>
        <translation>Mit %1 bezahlen</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="22" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="23" />
        <source>Send exactly this amount</source>
        <translation>Genau diesen Betrag senden</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="24" />
        <source>To this address</source>
        <translation>An diese Adresse</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="25" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="26" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="27" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation>Kurs fixiert: 1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="28" />
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="29" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="30" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="31" />
        <source>Copy amount</source>
        <translation>Betrag kopieren</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="32" />
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="33" />
        <source>Open in wallet</source>
        <translation>In der Wallet öffnen</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="34" />
        <source>Scan with your wallet app</source>
        <translation>Mit der Wallet-App scannen</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="35" />
        <source>QR code of the payment request</source>
        <translation>QR-Code der Zahlungsanforderung</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="36" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation>Nur %1 im Netzwerk %2 senden. Andere Coins oder Netzwerke lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="37" />
        <source>Cancel and return to the shop</source>
        <translation>Abbrechen und zum Shop zurückkehren</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="38" />
        <source>Back to the shop</source>
        <translation>Zurück zum Shop</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="39" />
        <source>Waiting for your payment…</source>
        <translation>Warten auf Ihre Zahlung …</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="40" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation>Zahlung erkannt. Warten auf Bestätigungen: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="41" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation>Wir haben %1 %2 erhalten. Bitte senden Sie die restlichen %3 %2.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="42" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation>Sie haben %1 %2 gesendet, mehr als verlangt. Warten auf Bestätigungen: %3 von %4. Der Shop kann die Differenz erstatten.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="44" />
        <source>Payment received. Thank you!</source>
        <translation>Zahlung erhalten. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="45" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation>Zahlung nach Ablauf, aber innerhalb der Kulanzfrist erhalten. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="46" />
        <source>Continue to the shop</source>
        <translation>Weiter zum Shop</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="47" />
        <source>Returning to the shop in %1 s…</source>
        <translation>Zurück zum Shop in %1 s …</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="48" />
        <source>This checkout has expired.</source>
        <translation>Dieser Bezahlvorgang ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="49" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation>Wenn Sie bereits gezahlt haben, zählt die Zahlung noch, wenn sie vor %1 bestätigt wird. Senden Sie keine neue Zahlung an diese Adresse.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="51" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation>Dieser Bezahlvorgang konnte nicht abgeschlossen werden. Bitte wenden Sie sich an den Shop.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="52" />
        <source>Connection lost. Retrying…</source>
        <translation>Verbindung unterbrochen. Neuer Versuch …</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="53" />
        <source>Checkout not found</source>
        <translation>Bezahlvorgang nicht gefunden</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="54" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation>Diesen Bezahlvorgang gibt es nicht. Bitte kehren Sie zum Shop zurück und beginnen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="55" />
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="56" />
        <source>Test mode: do not send real funds.</source>
        <translation>Testmodus: Kein echtes Geld senden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="20" />
        <source>Crypto Checkout</source>
        <translation>Crypto Checkout</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28" />
        <source>TEST MODE</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation>Der Testmodus verwendet die öffentliche Test-Wallet („abandon … about“): Ihre Schlüssel sind öffentlich. Senden Sie niemals echtes Geld an Testadressen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Test chain %1</source>
        <translation>Testchain %1</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="66" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="68" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="72" />
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="74" />
        <source>Crypto</source>
        <translation>Krypto</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="76" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
</TS>