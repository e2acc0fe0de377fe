<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="29" />
        <source>Name, e.g. web shop</source>
        <translation>Name, z. B. Webshop</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="31" />
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="32" />
        <source>Live mode</source>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="33" />
        <source>Read-only (point of sale)</source>
        <translation>Nur Lesen (Kasse)</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="34" />
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="53" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>read-only</source>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="82" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="101" />
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="102" />
        <source>Send it as &lt;tt&gt;Authorization: Bearer &amp;lt;key&amp;gt;&lt;/tt&gt;. Test keys see only test sessions, live keys only live ones.</source>
        <translation>Senden Sie ihn als &lt;tt&gt;Authorization: Bearer &amp;lt;Schlüssel&amp;gt;&lt;/tt&gt;. Testschlüssel sehen nur Testsitzungen, Live-Schlüssel nur Live-Sitzungen.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="107" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="117" />
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="118" />
        <source>Revoke “%1”? Requests with it fail from now on.</source>
        <translation>„%1“ widerrufen? Anfragen mit diesem Schlüssel schlagen ab sofort fehl.</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="23" />
        <source>Pay with %1</source>
        <translation>Mit %1 bezahlen</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="24" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="25" />
        <source>Send exactly this amount</source>
        <translation>Genau diesen Betrag senden</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="26" />
        <source>To this address</source>
        <translation>An diese Adresse</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="27" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="28" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="29" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation>Kurs fixiert: 1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="30" />
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="31" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="32" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="33" />
        <source>Copy amount</source>
        <translation>Betrag kopieren</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="34" />
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="35" />
        <source>Open in wallet</source>
        <translation>In der Wallet öffnen</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="36" />
        <source>Scan with your wallet app</source>
        <translation>Mit der Wallet-App scannen</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="37" />
        <source>QR code of the payment request</source>
        <translation>QR-Code der Zahlungsanforderung</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="38" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation>Nur %1 im Netzwerk %2 senden. Andere Coins oder Netzwerke lassen sich nicht zurückholen.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="39" />
        <source>Cancel and return to the shop</source>
        <translation>Abbrechen und zum Shop zurückkehren</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="40" />
        <source>Back to the shop</source>
        <translation>Zurück zum Shop</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="41" />
        <source>Waiting for your payment…</source>
        <translation>Warten auf Ihre Zahlung …</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="42" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation>Zahlung erkannt. Warten auf Bestätigungen: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="43" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation>Wir haben %1 %2 erhalten. Bitte senden Sie die restlichen %3 %2.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="44" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation>Sie haben %1 %2 gesendet, mehr als verlangt. Warten auf Bestätigungen: %3 von %4. Der Shop kann die Differenz erstatten.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="47" />
        <source>Payment received. Thank you!</source>
        <translation>Zahlung erhalten. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="48" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation>Zahlung nach Ablauf, aber innerhalb der Kulanzfrist erhalten. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="50" />
        <source>Continue to the shop</source>
        <translation>Weiter zum Shop</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="51" />
        <source>Returning to the shop in %1 s…</source>
        <translation>Zurück zum Shop in %1 s …</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="52" />
        <source>This checkout has expired.</source>
        <translation>Dieser Bezahlvorgang ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="53" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation>Wenn Sie bereits gezahlt haben, zählt die Zahlung noch, wenn sie vor %1 bestätigt wird. Senden Sie keine neue Zahlung an diese Adresse.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="56" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation>Dieser Bezahlvorgang konnte nicht abgeschlossen werden. Bitte wenden Sie sich an den Shop.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="57" />
        <source>Connection lost. Retrying…</source>
        <translation>Verbindung unterbrochen. Neuer Versuch …</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="58" />
        <source>Checkout not found</source>
        <translation>Bezahlvorgang nicht gefunden</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="59" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation>Diesen Bezahlvorgang gibt es nicht. Bitte kehren Sie zum Shop zurück und beginnen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="61" />
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="62" />
        <source>Test mode: do not send real funds.</source>
        <translation>Testmodus: Kein echtes Geld senden.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="63" />
        <source>Pay %1 · %2</source>
        <translation>%1 bezahlen · %2</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="64" />
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="65" />
        <source>Receipt · %1</source>
        <translation>Beleg · %1</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="66" />
        <source>Paid to</source>
        <translation>Bezahlt an</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="67" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="68" />
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="69" />
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="70" />
        <source>Paid at</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="71" />
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="72" />
        <source>Checkout</source>
        <translation>Bezahlvorgang</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="73" />
        <source>Questions? %1</source>
        <translation>Fragen? %1</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="74" />
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="75" />
        <source>Return to shop</source>
        <translation>Zurück zum Shop</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="76" />
        <source>Stay on this page</source>
        <translation>Auf dieser Seite bleiben</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="77" />
        <source>Logo of %1</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="21" />
        <source>gas top-up</source>
        <translation>Gas-Aufladung</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="23" />
        <source>token transfer</source>
        <translation>Token-Überweisung</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="25" />
        <source>sweep</source>
        <translation>Leerung</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="27" />
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="36" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="38" />
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="40" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="42" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="67" />
        <source>fee %1</source>
        <translation>Gebühr %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="78" />
        <source>Collect into %1</source>
        <translation>Sammeln auf %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="92" />
        <source>Pay refund %1 from %2</source>
        <translation>Erstattung %1 von %2 bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="101" />
        <source>Enter the recovery phrase of the wallet this mode is paid into. It is checked against your xpub, used here to sign, and forgotten when this window closes: it is never saved, logged or sent anywhere. Only the signed transactions go to the node.</source>
        <translation>Geben Sie die Wiederherstellungsphrase der Wallet ein, auf die dieser Modus bezahlt wird. Sie wird mit Ihrem xpub abgeglichen, hier zum Signieren verwendet und beim Schließen dieses Fensters vergessen: Sie wird nie gespeichert, protokolliert oder irgendwohin gesendet. Nur die signierten Transaktionen gehen an den Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="112" />
        <source>12 to 24 words</source>
        <translation>12 bis 24 Wörter</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="113" />
        <source>Recovery phrase:</source>
        <translation>Wiederherstellungsphrase:</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="117" />
        <source>only if your wallet has one</source>
        <translation>nur wenn Ihre Wallet eine hat</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="118" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="132" />
        <source>The plan appears here: every transaction, what it moves and its fee.</source>
        <translation>Hier erscheint der Plan: jede Transaktion, was sie bewegt und ihre Gebühr.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="136" />
        <source>Check phrase and plan</source>
        <translation>Phrase prüfen und planen</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="138" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="182" />
        <source>Enter the recovery phrase.</source>
        <translation>Geben Sie die Wiederherstellungsphrase ein.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="189" />
        <source>Checking the phrase and asking the node for fees…</source>
        <translation>Phrase wird geprüft und Gebühren beim Knoten erfragt…</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="211" />
        <source>Gas price %1 gwei, used as both fee caps: each fee below is exact.</source>
        <translation>Gaspreis %1 gwei, für beide Gebührenobergrenzen: jede Gebühr unten ist exakt.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="217" />
        <source>Left: %1</source>
        <translation>Bleibt: %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="219" />
        <source>Fees at most: %1</source>
        <translation>Gebühren höchstens: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="224" />
        <source>Send %n transaction(s)</source>
        <translation>
            <numerusform>%n Transaktion senden</numerusform>
            <numerusform>%n Transaktionen senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="226" />
        <source>Nothing can be sent.</source>
        <translation>Nichts kann gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="237" />
        <source>Signing and sending…</source>
        <translation>Signieren und senden…</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="275" />
        <source>Recorded on refund %1.</source>
        <translation>Bei Erstattung %1 vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="276" />
        <source>Not recorded on the refund: %1</source>
        <translation>Nicht bei der Erstattung vermerkt: %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="288" />
        <source>Done: everything confirmed. Fees paid: %1.</source>
        <translation>Fertig: alles bestätigt. Bezahlte Gebühren: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="290" />
        <source>%n transaction(s) did not confirm; see above. The refund stays pending until a transfer to its address confirms.</source>
        <translation>
            <numerusform>%n Transaktion wurde nicht bestätigt; siehe oben. Die Erstattung bleibt offen, bis eine Überweisung an ihre Adresse bestätigt ist.</numerusform>
            <numerusform>%n Transaktionen wurden nicht bestätigt; siehe oben. Die Erstattung bleibt offen, bis eine Überweisung an ihre Adresse bestätigt ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="293" />
        <source>%n transaction(s) did not confirm; see above, then collect again for what is left.</source>
        <translation>
            <numerusform>%n Transaktion wurde nicht bestätigt; siehe oben, dann für den Rest erneut sammeln.</numerusform>
            <numerusform>%n Transaktionen wurden nicht bestätigt; siehe oben, dann für den Rest erneut sammeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="57" />
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="62" />
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>ConsoleServices</name>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="175" />
        <location filename="../server/console/ConsoleServices.cpp" line="203" />
        <source>No session %1.</source>
        <translation>Keine Sitzung %1.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="406" />
        <source>No temporary directory to check the settings in.</source>
        <translation>Kein temporäres Verzeichnis zum Prüfen der Einstellungen.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="409" />
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="436" />
        <source>Unexpected answer: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <location filename="../server/console/ConsoleMoney.cpp" line="241" />
        <source>No refund %1.</source>
        <translation>Keine Erstattung %1.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <source>Its chain is not configured.</source>
        <translation>Ihre Chain ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="243" />
        <source>Refund %1 is paid already, by %2.</source>
        <translation>Erstattung %1 ist bereits bezahlt, mit %2.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="244" />
        <source>Refund %1 is %2: there is nothing to pay.</source>
        <translation>Erstattung %1 ist %2: Es gibt nichts zu bezahlen.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="10" />
        <location filename="../ui/CopyButton.cpp" line="17" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/CopyButton.cpp" line="16" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="61" />
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="73" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="74" />
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="76" />
        <source>We accept crypto payments. Ask at the counter.</source>
        <translation>Wir akzeptieren Kryptozahlungen. Fragen Sie an der Kasse.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="113" />
        <source>QR code of the payment request</source>
        <translation>QR-Code der Zahlungsanforderung</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="152" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="155" />
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="169" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="171" />
        <source>This payment request has ended. Please do not send money to it.</source>
        <translation>Diese Zahlungsanforderung ist beendet. Bitte senden Sie kein Geld mehr dorthin.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="253" />
        <source>%1 still to pay</source>
        <translation>Noch %1 zu zahlen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="262" />
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="266" />
        <source>Scan the code with your wallet app and send exactly this amount.</source>
        <translation>Scannen Sie den Code mit Ihrer Wallet-App und senden Sie genau diesen Betrag.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="270" />
        <source>Payment received. Waiting for the network to confirm it…</source>
        <translation>Zahlung erhalten. Warten auf die Bestätigung durch das Netzwerk…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="273" />
        <source>Part of the amount arrived. Please send the rest.</source>
        <translation>Ein Teil des Betrags ist angekommen. Bitte senden Sie den Rest.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="280" />
        <source>TEST MODE: do not send real money to this address.</source>
        <translation>TESTMODUS: Senden Sie kein echtes Geld an diese Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="295" />
        <source>Time left %1</source>
        <translation>Verbleibend %1</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../ui/FundsPage.cpp" line="22" />
        <source>&lt;h2&gt;Funds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Guthaben&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="25" />
        <source>Every checkout is paid into its own address of your wallet. Here is what each one holds now, read from the chain, and Collect moves it all into one address of yours.</source>
        <translation>Jeder Checkout wird auf eine eigene Adresse Ihrer Wallet bezahlt. Hier steht, was jede gerade hält, von der Chain gelesen, und Sammeln bringt alles auf eine Adresse von Ihnen.</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="37" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="50" />
        <source>Collect into:</source>
        <translation>Sammeln auf:</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="53" />
        <source>0x… an address of your own wallet</source>
        <translation>0x… eine Adresse Ihrer eigenen Wallet</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="55" />
        <source>Collect…</source>
        <translation>Sammeln…</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="81" />
        <source>Reading the balances from the chain…</source>
        <translation>Guthaben werden von der Chain gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="127" />
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 of %3 addresses (chain %4, block %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 von %3 Adressen (Chain %4, Block %5)</translation>
    </message>
</context>
<context>
    <name>HealthBar</name>
    <message>
        <location filename="../ui/HealthBar.cpp" line="103" />
        <source>Test chain running, block %1</source>
        <translation>Testchain läuft, Block %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="111" />
        <source>Test chain starting…</source>
        <translation>Testchain startet…</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="115" />
        <source>Test chain failed</source>
        <translation>Testchain ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="116" />
        <source>The built-in test chain could not run: %1
Restart Crypto Checkout; if it fails again, run your own node at %2 or set [test] builtinChain=false.</source>
        <translation>Die eingebaute Testchain konnte nicht laufen: %1
Starten Sie Crypto Checkout neu; schlägt es wieder fehl, betreiben Sie einen eigenen Knoten unter %2 oder setzen Sie [test] builtinChain=false.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="128" />
        <source>no chain watched</source>
        <translation>keine Chain überwacht</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="163" />
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>not fresh</source>
        <translation>nicht aktuell</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="208" />
        <source>live %1</source>
        <translation>live %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="222" />
        <source>%1, just now</source>
        <translation>%1, gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HealthBar.cpp" line="223" />
        <source>%1, %n min ago</source>
        <translation>
            <numerusform>%1, vor %n Min.</numerusform>
            <numerusform>%1, vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="226" />
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="232" />
        <source>price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="235" />
        <source>no price for %1: its new sessions are refused</source>
        <translation>kein Kurs für %1: neue Sitzungen werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="183" />
        <source>Price sources, in order: %1</source>
        <translation>Preisquellen, in Reihenfolge: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="69" />
        <source>Chain %1</source>
        <translation>Chain %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="72" />
        <source>%1 (chain %2) at %3.</source>
        <translation>%1 (Chain %2) unter %3.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="75" />
        <source>%1: block %2</source>
        <translation>%1: Block %2</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="78" />
        <source>%1: catching up, block %2</source>
        <translation>%1: holt auf, Block %2</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="81" />
        <source>%1: connecting…</source>
        <translation>%1: verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="84" />
        <source>%1: node behind, waiting</source>
        <translation>%1: Knoten im Rückstand, warte</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="85" />
        <source>The node answers with older blocks than it did; payments wait until it catches up. If it stays behind, use another node.</source>
        <translation>Der Knoten antwortet mit älteren Blöcken als zuvor; Zahlungen warten, bis er aufholt. Bleibt er zurück, nutzen Sie einen anderen Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="89" />
        <source>%1: wrong chain at the node</source>
        <translation>%1: falsche Chain am Knoten</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="90" />
        <source>Correct [chain.%1] rpcUrl in Settings.</source>
        <translation>Korrigieren Sie [chain.%1] rpcUrl in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="93" />
        <source>Node unreachable: %1</source>
        <translation>Knoten nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="94" />
        <source>Start the node, or correct [chain.%1] rpcUrl in Settings.</source>
        <translation>Starten Sie den Knoten oder korrigieren Sie [chain.%1] rpcUrl in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="98" />
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="104" />
        <source>A local test chain (Anvil) that Crypto Checkout started for test mode at %1. Test sessions are paid on it; its blocks and balances are kept in the data directory.</source>
        <translation>Eine lokale Testchain (Anvil), die Crypto Checkout für den Testmodus unter %1 gestartet hat. Testsitzungen werden darauf bezahlt; ihre Blöcke und Guthaben bleiben im Datenverzeichnis erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="143" />
        <source>webhooks: database error</source>
        <translation>Webhooks: Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="151" />
        <source>no webhook endpoint</source>
        <translation>kein Webhook-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="154" />
        <source>webhooks: %1 of %2 failing</source>
        <translation>Webhooks: %1 von %2 scheitern</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="156" />
        <source>webhooks ok</source>
        <translation>Webhooks ok</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>Crypto Checkout</source>
        <translation>Crypto Checkout</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Funds</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Payment links</source>
        <translation>Zahlungslinks</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <source>New session ⏎</source>
        <translation>Neue Sitzung ⏎</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123" />
        <source>Charge a customer at the counter (Ctrl+N)</source>
        <translation>Einen Kunden an der Kasse abrechnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <location filename="../ui/MainWindow.cpp" line="250" />
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127" />
        <source>Open the full-screen display for the customer, on a second monitor if there is one (Esc leaves full screen)</source>
        <translation>Die Vollbildanzeige für den Kunden öffnen, auf einem zweiten Bildschirm, falls vorhanden (Esc beendet den Vollbildmodus)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>The setup assistant: test mode, or live payments to your wallet, and an API key</source>
        <translation>Der Einrichtungsassistent: Testmodus oder Live-Zahlungen an Ihre Wallet, und ein API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150" />
        <source>Live mode</source>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163" />
        <source>Show console</source>
        <translation>Konsole anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>TEST MODE</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>LIVE: no xpub</source>
        <translation>LIVE: kein xpub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>TEST: no xpub</source>
        <translation>TEST: kein xpub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>Live mode: real payments to your wallet's addresses.</source>
        <translation>Live-Modus: echte Zahlungen an die Adressen Ihrer Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid (late)</source>
        <translation>Bezahlt (verspätet)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265" />
        <source>%1 received for %2</source>
        <translation>%1 erhalten für %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <location filename="../ui/MainWindow.cpp" line="213" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation>Der Testmodus verwendet die öffentliche Test-Wallet („abandon … about“): Ihre Schlüssel sind öffentlich. Senden Sie niemals echtes Geld an Testadressen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <location filename="../ui/NewSessionDialog.cpp" line="116" />
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <source>New session (test mode)</source>
        <translation>Neue Sitzung (Testmodus)</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="38" />
        <source>99.00</source>
        <translation>99.00</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="42" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="46" />
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="51" />
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="56" />
        <source>Pay with</source>
        <translation>Bezahlen mit</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="63" />
        <source>Pay &amp;with</source>
        <translation>Bezahlen &amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="69" />
        <source>Optional: what is being paid for</source>
        <translation>Optional: wofür bezahlt wird</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="71" />
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="81" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="83" />
        <source>Create ⏎</source>
        <translation>Erstellen ⏎</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="103" />
        <source>QR code of the payment request</source>
        <translation>QR-Code der Zahlungsanforderung</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="111" />
        <source>Show on customer display</source>
        <translation>Auf der Kundenanzeige zeigen</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="118" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="153" />
        <source>⚠ Type the amount to charge, for example 12.50.</source>
        <translation>⚠ Geben Sie den Betrag ein, zum Beispiel 12.50.</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="162" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="183" />
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="184" />
        <source>%1 = %2
%3</source>
        <translation>%1 = %2
%3</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="36" />
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="49" />
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Übersicht&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="54" />
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="55" />
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="56" />
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="58" />
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="64" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="70" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="72" />
        <source>Save one row per payment of this range for your accountant (CSV or JSON)</source>
        <translation>Eine Zeile pro Zahlung dieses Zeitraums für Ihre Buchhaltung speichern (CSV oder JSON)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Paid sessions</source>
        <translation>Bezahlte Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <location filename="../ui/OverviewPage.cpp" line="183" />
        <source>Value received</source>
        <translation>Erhaltener Wert</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="119" />
        <source>The range is empty: pick a 'to' date after the 'from' date.</source>
        <translation>Der Zeitraum ist leer: Wählen Sie ein Bis-Datum nach dem Von-Datum.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="166" />
        <source>No payments in this range.</source>
        <translation>Keine Zahlungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPage.cpp" line="167" />
        <source>%n paid session(s) · %1 · received %2</source>
        <translation>
            <numerusform>%n bezahlte Sitzung · %1 · erhalten %2</numerusform>
            <numerusform>%n bezahlte Sitzungen · %1 · erhalten %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <location filename="../ui/OverviewPage.cpp" line="233" />
        <location filename="../ui/OverviewPage.cpp" line="238" />
        <source>Export the books</source>
        <translation>Buchhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV für Tabellen (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="239" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="242" />
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>PaymentLinksPage</name>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="35" />
        <source>Amount, e.g. 25.00</source>
        <translation>Betrag, z. B. 25.00</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="40" />
        <source>Description, e.g. T-shirt</source>
        <translation>Beschreibung, z. B. T-Shirt</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="41" />
        <source>Create link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="66" />
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="68" />
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="73" />
        <source>Save QR for printing…</source>
        <translation>QR-Code zum Drucken speichern…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="75" />
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="76" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="87" />
        <location filename="../ui/PaymentLinksPage.cpp" line="97" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <location filename="../ui/PaymentLinksPage.cpp" line="180" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="169" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="30" />
        <source>Live mode has no xpub yet: it has not been paid.</source>
        <translation>Der Live-Modus hat noch keinen xpub: Er wurde noch nicht bezahlt.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="51" />
        <source>Chain %1 is not configured.</source>
        <translation>Chain %1 ist nicht konfiguriert.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../ui/QrWidget.cpp" line="72" />
        <source>The QR code could not be made: %1</source>
        <translation>Der QR-Code konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/QrWidget.cpp" line="78" />
        <source>Too small for the QR code</source>
        <translation>Zu klein für den QR-Code</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="22" />
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="25" />
        <source>Records a refund in %1, converted at the session's locked rate. Pay it from your wallet with the QR code that follows, or from the session's deposit address; it counts as refunded once the transfer has its confirmations.</source>
        <translation>Erfasst eine Erstattung in %1, umgerechnet zum festgeschriebenen Kurs der Sitzung. Bezahlen Sie sie mit dem folgenden QR-Code aus Ihrer Wallet oder von der Einzahlungsadresse der Sitzung; sie gilt als erstattet, sobald die Überweisung ihre Bestätigungen hat.</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="35" />
        <source>all that is left</source>
        <translation>alles Verbleibende</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="36" />
        <source>Amount (%1):</source>
        <translation>Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="40" />
        <source>0x… the customer's address</source>
        <translation>0x… die Adresse des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="42" />
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="46" />
        <source>optional, for your books</source>
        <translation>optional, für Ihre Buchhaltung</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="47" />
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="56" />
        <source>Record refund</source>
        <translation>Erstattung erfassen</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="33" />
        <source>&lt;b&gt;Copy it now: it is not shown again.&lt;/b&gt; Only a hash of it is kept.</source>
        <translation>&lt;b&gt;Kopieren Sie den Wert jetzt: Er wird nicht erneut angezeigt.&lt;/b&gt; Gespeichert wird nur ein Hash davon.</translation>
    </message>
</context>
<context>
    <name>SessionDetailWidget</name>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="46" />
        <source>Select a session to see its QR code, payments, events and webhooks.</source>
        <translation>Wählen Sie eine Sitzung, um QR-Code, Zahlungen, Ereignisse und Webhooks zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="69" />
        <source>QR code of the payment request</source>
        <translation>QR-Code der Zahlungsanforderung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="93" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="98" />
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="105" />
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="110" />
        <source>Copy amount</source>
        <translation>Betrag kopieren</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="117" />
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="128" />
        <source>Show on customer display</source>
        <translation>Auf der Kundenanzeige zeigen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="133" />
        <source>Expire now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="134" />
        <source>End this session now: no further payment is expected.</source>
        <translation>Diese Sitzung jetzt beenden: keine weitere Zahlung erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="139" />
        <location filename="../ui/SessionDetailWidget.cpp" line="146" />
        <source>Expire session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="140" />
        <source>Expire %1 now? The customer can no longer pay it.</source>
        <translation>%1 jetzt beenden? Der Kunde kann sie dann nicht mehr bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="150" />
        <location filename="../ui/SessionDetailWidget.cpp" line="319" />
        <location filename="../ui/SessionDetailWidget.cpp" line="341" />
        <location filename="../ui/SessionDetailWidget.cpp" line="344" />
        <source>Pay with test wallet</source>
        <translation>Mit Test-Wallet bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="151" />
        <source>Send a real transaction on the test chain from its prefunded test account: the session then changes status and fires webhooks exactly as in live mode.</source>
        <translation>Sendet eine echte Transaktion auf der Testchain vom vorfinanzierten Testkonto: Die Sitzung ändert dann ihren Status und löst Webhooks aus, genau wie im Live-Modus.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="154" />
        <source>Pay in full</source>
        <translation>Vollständig bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="155" />
        <source>Pay half (underpaid)</source>
        <translation>Die Hälfte bezahlen (unterbezahlt)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="156" />
        <source>Pay 10 % more (overpaid)</source>
        <translation>10 % mehr bezahlen (überbezahlt)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="158" />
        <source>Expire, then pay in full (late)</source>
        <translation>Ablaufen lassen, dann vollständig bezahlen (verspätet)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="173" />
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="175" />
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="182" />
        <location filename="../ui/SessionDetailWidget.cpp" line="535" />
        <location filename="../ui/SessionDetailWidget.cpp" line="537" />
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="183" />
        <source>Send the selected event again to every endpoint that subscribes to it.</source>
        <translation>Das gewählte Ereignis erneut an jeden abonnierten Endpunkt senden.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="189" />
        <source>Webhook attempts</source>
        <translation>Webhook-Versuche</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="206" />
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="208" />
        <source>Record a refund of this session's confirmed payment.</source>
        <translation>Eine Erstattung der bestätigten Zahlung dieser Sitzung erfassen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="209" />
        <location filename="../ui/SessionDetailWidget.cpp" line="641" />
        <source>Pay from deposit address…</source>
        <translation>Von der Einzahlungsadresse bezahlen…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="210" />
        <source>Sign the refund with your recovery phrase and send it from this session's own deposit address.</source>
        <translation>Die Erstattung mit Ihrer Wiederherstellungsphrase signieren und von der Einzahlungsadresse dieser Sitzung senden.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="212" />
        <source>Paid by transaction…</source>
        <translation>Per Transaktion bezahlt…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="213" />
        <source>Name the transaction that paid the refund; it is checked on the chain.</source>
        <translation>Die Transaktion angeben, die die Erstattung bezahlt hat; sie wird auf der Chain geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="214" />
        <location filename="../ui/SessionDetailWidget.cpp" line="682" />
        <location filename="../ui/SessionDetailWidget.cpp" line="689" />
        <source>Cancel refund</source>
        <translation>Erstattung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="223" />
        <source>QR code of the selected refund</source>
        <translation>QR-Code der gewählten Erstattung</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="236" />
        <location filename="../ui/SessionDetailWidget.cpp" line="577" />
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="336" />
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="348" />
        <source>Sent %1 %2 in %3</source>
        <translation>%1 %2 gesendet in %3</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="367" />
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <source>Chain %1 (%2)</source>
        <translation>Chain %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <location filename="../ui/SessionDetailWidget.cpp" line="459" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="372" />
        <source>Rate 1 %1 = %2 %3 (%4)</source>
        <translation>Kurs 1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="376" />
        <source>%1/USD %2 (%3)</source>
        <translation>%1/USD %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="389" />
        <source>Checkout page</source>
        <translation>Bezahlseite</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="391" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="397" />
        <source>Nothing more to pay</source>
        <translation>Nichts mehr zu zahlen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="418" />
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="419" />
        <source>Expiring…</source>
        <translation>Läuft ab…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="420" />
        <source>Expires at %1</source>
        <translation>Läuft ab um %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="425" />
        <source>Paid at %1</source>
        <translation>Bezahlt um %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="430" />
        <source>Waiting for confirmations</source>
        <translation>Warten auf Bestätigungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="434" />
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="449" />
        <source>(found by balance)</source>
        <translation>(über den Kontostand gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="455" />
        <source>Not %1: not counted towards this session.</source>
        <translation>Nicht %1: zählt nicht für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="458" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="473" />
        <source>Payments (%1)</source>
        <translation>Zahlungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="489" />
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="513" />
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="516" />
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="521" />
        <source>Webhook attempts (%1)</source>
        <translation>Webhook-Versuche (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SessionDetailWidget.cpp" line="534" />
        <source>Queued for %n endpoint(s)</source>
        <translation>
            <numerusform>Für %n Endpunkt eingereiht</numerusform>
            <numerusform>Für %n Endpunkte eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="554" />
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="555" />
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="556" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="558" />
        <source>confirming (%1 of %2)</source>
        <translation>wird bestätigt (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="578" />
        <source>Refunds (%1)</source>
        <translation>Erstattungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="603" />
        <source>No refund selected.</source>
        <translation>Keine Erstattung gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="604" />
        <source>Scan with your wallet to pay this refund.</source>
        <translation>Mit Ihrer Wallet scannen, um diese Erstattung zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="605" />
        <source>Paid; waiting for confirmations.</source>
        <translation>Bezahlt; wartet auf Bestätigungen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="607" />
        <source>Refunded %1.</source>
        <translation>Erstattet am %1.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="608" />
        <source>Canceled.</source>
        <translation>Storniert.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="637" />
        <source>Reading balances…</source>
        <translation>Guthaben werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="644" />
        <source>Pay refund</source>
        <translation>Erstattung bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="662" />
        <location filename="../ui/SessionDetailWidget.cpp" line="672" />
        <source>Paid by transaction</source>
        <translation>Per Transaktion bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="663" />
        <source>The hash of the transaction that sent %1 to %2:</source>
        <translation>Der Hash der Transaktion, die %1 an %2 gesendet hat:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="683" />
        <source>Cancel refund %1? Nothing has been sent for it.</source>
        <translation>Erstattung %1 stornieren? Dafür wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="9" />
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="11" />
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="13" />
        <source>Underpaid</source>
        <translation>Unterbezahlt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="15" />
        <source>Overpaid</source>
        <translation>Überbezahlt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="17" />
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="19" />
        <source>Paid late</source>
        <translation>Verspätet bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="21" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="23" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="66" />
        <source>⚠ Needs attention</source>
        <translation>⚠ Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="71" />
        <source>Needs attention: money arrived that this session does not count (after the grace window, at a settled session, or in another asset). Check its payments and refund or reconcile by hand.</source>
        <translation>Prüfen: Es kam Geld an, das diese Sitzung nicht anrechnet (nach der Kulanzfrist, bei einer abgeschlossenen Sitzung oder in einem anderen Asset). Prüfen Sie die Zahlungen und erstatten oder verbuchen Sie von Hand.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="56" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="92" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="112" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="114" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="116" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="118" />
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="120" />
        <source>Crypto</source>
        <translation>Krypto</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="122" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="44" />
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="45" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="50" />
        <source>Date filter</source>
        <translation>Datumsfilter</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="51" />
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="52" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="53" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="54" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="56" />
        <source>Search id, address, email, metadata…</source>
        <translation>ID, Adresse, E-Mail, Metadaten suchen…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="120" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SessionsPage.cpp" line="168" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="170" />
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="182" />
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="188" />
        <source>A session is one customer paying one amount. Create one at the counter, or let your shop's backend create them through the API.</source>
        <translation>Eine Sitzung ist ein Kunde, der einen Betrag bezahlt. Legen Sie eine an der Kasse an oder lassen Sie das Backend Ihres Shops sie über die API anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="192" />
        <source>New session (Ctrl+N)</source>
        <translation>Neue Sitzung (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="195" />
        <source>From your shop's backend, with a key from the API keys page:</source>
        <translation>Aus dem Backend Ihres Shops, mit einem Schlüssel von der Seite API-Schlüssel:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="107" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="108" />
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="109" />
        <source>Address and port of the API and checkout pages.</source>
        <translation>Adresse und Port der API und der Bezahlseiten.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="111" />
        <source>Allow a non-loopback listen address (put a TLS proxy in front)</source>
        <translation>Nicht-Loopback-Adresse erlauben (einen TLS-Proxy vorschalten)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="113" />
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="114" />
        <source>The address customers reach; empty: derived.</source>
        <translation>Die Adresse, die Kunden erreichen; leer: wird abgeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="115" />
        <source>Trusted proxies</source>
        <translation>Vertrauenswürdige Proxys</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="116" />
        <source>Addresses or subnets of your reverse proxies, comma-separated (e.g. 127.0.0.1)</source>
        <translation>Adressen oder Subnetze Ihrer Reverse-Proxys, durch Kommas getrennt (z. B. 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>Connections at most</source>
        <translation>Höchstens Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="118" />
        <source>Connections per client</source>
        <translation>Verbindungen je Client</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119" />
        <source>From one address</source>
        <translation>Von einer Adresse</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="121" />
        <source>Checkout</source>
        <translation>Bezahlvorgang</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>Time to pay (minutes)</source>
        <translation>Zahlungsfrist (Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>1 to 10080</source>
        <translation>1 bis 10080</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="123" />
        <source>Grace after expiry (minutes)</source>
        <translation>Kulanzfrist nach Ablauf (Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="124" />
        <source>A payment confirming within this window makes the session paid_late.</source>
        <translation>Eine Zahlung, die in dieser Frist bestätigt wird, setzt die Sitzung auf paid_late.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="125" />
        <source>Underpayment tolerance (%)</source>
        <translation>Toleranz für Unterzahlung (%)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="126" />
        <source>A payment this much short still completes a session, e.g. 0.5</source>
        <translation>Eine Zahlung, der bis zu so viel Prozent fehlen, schließt die Sitzung trotzdem ab, z. B. 0.5</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="129" />
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shown at the top of the checkout page and the receipt</source>
        <translation>Oben auf der Bezahlseite und dem Beleg angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="131" />
        <source>Logo file</source>
        <translation>Logo-Datei</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="132" />
        <source>A PNG or SVG file of at most 256 KiB, relative to the data directory or absolute</source>
        <translation>Eine PNG- oder SVG-Datei von höchstens 256 KiB, relativ zum Datenverzeichnis oder absolut</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="133" />
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="134" />
        <source>#rrggbb for the pay button; a colour too light for white text (WCAG AA, 4.5:1) is not used</source>
        <translation>#rrggbb für die Bezahlen-Schaltfläche; eine für weiße Schrift zu helle Farbe (WCAG AA, 4,5:1) wird nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Shown on the receipt</source>
        <translation>Auf dem Beleg angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>The shop's name links there</source>
        <translation>Der Name des Shops verlinkt dorthin</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Live mode</source>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="142" />
        <source>Account xpub</source>
        <translation>Konto-xpub</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="143" />
        <source>The account-level extended public key (m/44'/60'/0') of your wallet.</source>
        <translation>Der erweiterte öffentliche Schlüssel Ihrer Wallet auf Kontoebene (m/44'/60'/0').</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="145" />
        <source>Show first addresses</source>
        <translation>Erste Adressen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>The chain sessions of this mode go on.</source>
        <translation>Die Chain, auf der die Sitzungen dieses Modus laufen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="156" />
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="161" />
        <source>Edits to one chain are kept while you look at another, until you save or revert.</source>
        <translation>Änderungen an einer Chain bleiben erhalten, während Sie eine andere ansehen, bis Sie speichern oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="162" />
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="163" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>RPC URL</source>
        <translation>RPC-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>http(s) or ws(s) JSON-RPC endpoint</source>
        <translation>JSON-RPC-Endpunkt über http(s) oder ws(s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="165" />
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="166" />
        <source>Poll interval (ms)</source>
        <translation>Abfrageintervall (ms)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>Native symbol</source>
        <translation>Eigenes Symbol</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>e.g. ETH, POL</source>
        <translation>z. B. ETH, POL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>Explorer URL</source>
        <translation>Explorer-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>e.g. https://etherscan.io</source>
        <translation>z. B. https://etherscan.io</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="169" />
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="170" />
        <source>SYMBOL:0xContract:decimals[:PEG], comma-separated; empty: the shipped list</source>
        <translation>SYMBOL:0xVertrag:Dezimalstellen[:PEG], durch Kommas getrennt; leer: die mitgelieferte Liste</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="172" />
        <source>Confirmation nodes</source>
        <translation>Bestätigungsknoten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="173" />
        <source>Other RPC URLs, comma-separated, that must return the same receipt before a session is paid</source>
        <translation>Weitere RPC-URLs, durch Kommas getrennt, die dieselbe Quittung liefern müssen, bevor eine Sitzung bezahlt ist</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="174" />
        <source>Test RPC</source>
        <translation>RPC testen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="181" />
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Ordered, comma-separated</source>
        <translation>In Reihenfolge, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="183" />
        <source>Fixed rates</source>
        <translation>Feste Kurse</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Currencies kept fresh</source>
        <translation>Aktuell gehaltene Währungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Comma-separated; USD always</source>
        <translation>Durch Kommas getrennt; USD immer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="187" />
        <source>Coinbase URL</source>
        <translation>Coinbase-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="188" />
        <source>Kraken URL</source>
        <translation>Kraken-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="189" />
        <source>CoinGecko URL</source>
        <translation>CoinGecko-URL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>CoinGecko API key</source>
        <translation>CoinGecko-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>Optional (demo or pro key)</source>
        <translation>Optional (Demo- oder Pro-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <source>Per request to a provider</source>
        <translation>Pro Anfrage an einen Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="194" />
        <source>Refresh every (s)</source>
        <translation>Aktualisieren alle (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>Maximum age (s)</source>
        <translation>Höchstalter (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>An older rate is not used</source>
        <translation>Ein älterer Kurs wird nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="196" />
        <source>Outlier limit (%)</source>
        <translation>Ausreißergrenze (%)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="197" />
        <source>A source further than this from the median is skipped</source>
        <translation>Eine Quelle, die weiter als dies vom Median abweicht, wird übergangen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="198" />
        <source>Chainlink feeds</source>
        <translation>Chainlink-Feeds</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="200" />
        <source>Chainlink maximum age (s)</source>
        <translation>Chainlink-Höchstalter (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="202" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="203" />
        <source>First retry after (s)</source>
        <translation>Erster neuer Versuch nach (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="418" />
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <location filename="../ui/SettingsPage.cpp" line="204" />
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="184" />
        <source>&lt;coin&gt;-&lt;currency&gt;:&lt;rate&gt;, comma-separated (ETH-USD:3000, POL-EUR:0.23); written here, they also price live sessions</source>
        <translation>&lt;Coin&gt;-&lt;Währung&gt;:&lt;Kurs&gt;, durch Kommas getrennt (ETH-USD:3000, POL-EUR:0.23); hier eingetragen, gelten sie auch für Live-Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="191" />
        <source>CoinGecko ids</source>
        <translation>CoinGecko-IDs</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="192" />
        <source>&lt;symbol&gt;:&lt;CoinGecko id&gt;, comma-separated, for coins CoinGecko does not know by symbol</source>
        <translation>&lt;Symbol&gt;:&lt;CoinGecko-ID&gt;, durch Kommas getrennt, für Coins, die CoinGecko nicht am Symbol erkennt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="199" />
        <source>chainId:&lt;coin&gt;-&lt;currency&gt;:&lt;aggregator&gt;, comma-separated</source>
        <translation>chainId:&lt;Coin&gt;-&lt;Währung&gt;:&lt;Aggregator&gt;, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="209" />
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="211" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="371" />
        <location filename="../ui/SettingsPage.cpp" line="379" />
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="383" />
        <source>Saved to %1. Restart Crypto Checkout to apply.</source>
        <translation>In %1 gespeichert. Starten Sie Crypto Checkout neu, um die Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="394" />
        <source>No xpub.</source>
        <translation>Kein xpub.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="399" />
        <location filename="../ui/SettingsPage.cpp" line="418" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="403" />
        <source>Compare with the first receiving addresses in your wallet.</source>
        <translation>Vergleichen Sie sie mit den ersten Empfangsadressen in Ihrer Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="410" />
        <source>⚠ Not a URL.</source>
        <translation>⚠ Keine URL.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="414" />
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="421" />
        <source>✓ eth_chainId = %1: the node is on this chain.</source>
        <translation>✓ eth_chainId = %1: Der Knoten ist auf dieser Chain.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="424" />
        <source>⚠ eth_chainId = %1, but this is chain %2.</source>
        <translation>⚠ eth_chainId = %1, aber dies ist Chain %2.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="60" />
        <source>Set up Crypto Checkout</source>
        <translation>Crypto Checkout einrichten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="67" />
        <source>Welcome to Crypto Checkout</source>
        <translation>Willkommen bei Crypto Checkout</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="69" />
        <source>Try it in test mode now</source>
        <translation>Jetzt im Testmodus ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="71" />
        <source>Set up live payments to my wallet</source>
        <translation>Live-Zahlungen an meine Wallet einrichten</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="74" />
        <source>A test chain runs on this computer: create sessions and pay them with the test wallet. Nothing to configure, no real money.</source>
        <translation>Auf diesem Computer läuft eine Testchain: Legen Sie Sitzungen an und bezahlen Sie sie mit der Test-Wallet. Nichts einzurichten, kein echtes Geld.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="79" />
        <source>Customers pay into addresses of your own wallet. You need its account extended public key (xpub); no private key ever enters this program.</source>
        <translation>Kunden zahlen an Adressen Ihrer eigenen Wallet. Sie brauchen deren erweiterten öffentlichen Kontoschlüssel (xpub); kein privater Schlüssel gelangt je in dieses Programm.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="98" />
        <source>Your wallet</source>
        <translation>Ihre Wallet</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="100" />
        <source>Paste the account extended public key (xpub, path m/44'/60'/0') your wallet exports.</source>
        <translation>Fügen Sie den erweiterten öffentlichen Kontoschlüssel (xpub, Pfad m/44'/60'/0') ein, den Ihre Wallet exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="109" />
        <source>These are the first three receiving addresses of this account in my wallet</source>
        <translation>Das sind die ersten drei Empfangsadressen dieses Kontos in meiner Wallet</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="129" />
        <source>The chain</source>
        <translation>Die Chain</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="130" />
        <source>Where your customers pay, and the node (JSON-RPC, https) that tells us about it. Your own node or a provider's URL is more reliable than the public default.</source>
        <translation>Wo Ihre Kunden zahlen, und der Knoten (JSON-RPC, https), der uns davon berichtet. Ein eigener Knoten oder die URL eines Anbieters ist zuverlässiger als der öffentliche Standard.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="139" />
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="140" />
        <source>Node URL</source>
        <translation>Knoten-URL</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="151" />
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="152" />
        <source>Where the fiat price of a session comes from. Rates from several sources are compared; one that strays is dropped.</source>
        <translation>Woher der Fiat-Preis einer Sitzung kommt. Kurse mehrerer Quellen werden verglichen; eine abweichende wird verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="174" />
        <source>Webhooks (optional)</source>
        <translation>Webhooks (optional)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="176" />
        <source>The URL of your shop's handler, to be told when a session is paid. Leave it empty to add one later on the Webhooks page.</source>
        <translation>Die URL des Handlers Ihres Shops, der erfährt, wenn eine Sitzung bezahlt ist. Leer lassen, um später auf der Seite Webhooks einen hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="189" />
        <location filename="../ui/SetupWizard.cpp" line="247" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="198" />
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="215" />
        <source>Your first API key, for your shop's backend. It is shown only now: copy it and keep it secret.</source>
        <translation>Ihr erster API-Schlüssel, für das Backend Ihres Shops. Er wird nur jetzt angezeigt: Kopieren Sie ihn und halten Sie ihn geheim.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="241" />
        <source>⚠ This is the public test key: everyone knows its private keys. Use your own wallet's.</source>
        <translation>⚠ Das ist der öffentliche Testschlüssel: Seine privaten Schlüssel kennt jeder. Verwenden Sie den Ihrer eigenen Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="300" />
        <source>Live payments are set up in %1. Restart Crypto Checkout to start taking them.</source>
        <translation>Live-Zahlungen sind in %1 eingerichtet. Starten Sie Crypto Checkout neu, um sie anzunehmen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="302" />
        <source>Test mode is ready: press Ctrl+N for a session, then Pay with test wallet.</source>
        <translation>Der Testmodus ist bereit: Strg+N für eine Sitzung, dann Mit Test-Wallet bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="308" />
        <source>Webhook endpoint %1 added; its signing secret: %2 (shown only now).</source>
        <translation>Webhook-Endpunkt %1 hinzugefügt; sein Signaturgeheimnis: %2 (nur jetzt angezeigt).</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="312" />
        <source>A test event (%1) is on its way to it: its delivery shows on the Webhooks page.</source>
        <translation>Ein Testereignis (%1) ist unterwegs dorthin: Seine Zustellung erscheint auf der Seite Webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="315" />
        <source>⚠ The webhook endpoint was not added: %1</source>
        <translation>⚠ Der Webhook-Endpunkt wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="319" />
        <source>First key</source>
        <translation>Erster Schlüssel</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="46" />
        <source>https://shop.example/hooks/crypto</source>
        <translation>https://shop.example/hooks/crypto</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="48" />
        <source>Event types, comma-separated: %1</source>
        <translation>Ereignistypen, durch Kommas getrennt: %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="49" />
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="51" />
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="53" />
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="72" />
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="74" />
        <source>Roll secret…</source>
        <translation>Geheimnis erneuern…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="75" />
        <source>A new signing secret; the old one keeps signing for 24 hours.</source>
        <translation>Ein neues Signaturgeheimnis; das alte signiert noch 24 Stunden weiter.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="92" />
        <source>&lt;b&gt;Delivery log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustellprotokoll&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="94" />
        <source>Endpoint filter</source>
        <translation>Endpunktfilter</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="96" />
        <source>Result filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="97" />
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="98" />
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="99" />
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="100" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="101" />
        <location filename="../ui/WebhooksPage.cpp" line="400" />
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="122" />
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="124" />
        <source>Attempts and answers</source>
        <translation>Versuche und Antworten</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="137" />
        <source>No webhook endpoints yet</source>
        <translation>Noch keine Webhook-Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="143" />
        <source>Webhooks tell your shop's backend what happened, as it happens: a session was paid (session.paid), paid late, expired, or needs a look. Each event is a signed POST to your URL, retried for three days until your handler answers 2xx, and logged here.

Type your handler's URL above and click Add endpoint; you get its signing secret once. In test mode, pay a session with the test wallet and watch the delivery arrive.</source>
        <translation>Webhooks teilen dem Backend Ihres Shops sofort mit, was passiert ist: Eine Sitzung wurde bezahlt (session.paid), verspätet bezahlt, ist abgelaufen oder braucht Aufmerksamkeit. Jedes Ereignis ist ein signierter POST an Ihre URL, der drei Tage lang wiederholt wird, bis Ihr Handler mit 2xx antwortet, und hier protokolliert.

Geben Sie oben die URL Ihres Handlers ein und klicken Sie auf Endpunkt hinzufügen; das Signaturgeheimnis sehen Sie einmal. Im Testmodus bezahlen Sie eine Sitzung mit der Test-Wallet und sehen die Zustellung ankommen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="150" />
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="196" />
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="208" />
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="210" />
        <source>failing since %1</source>
        <translation>fehlerhaft seit %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="211" />
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="240" />
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="241" />
        <source>Deliveries to %1 are signed with this secret. Put it in your shop's webhook handler to verify the Crypto-Checkout-Signature header.</source>
        <translation>Zustellungen an %1 werden mit diesem Geheimnis signiert. Hinterlegen Sie es im Webhook-Handler Ihres Shops, um den Header Crypto-Checkout-Signature zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="247" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="262" />
        <location filename="../ui/WebhooksPage.cpp" line="287" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="271" />
        <source>Roll secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="272" />
        <source>Make a new signing secret? The old one keeps signing for 24 hours, so you can switch your shop over without losing events.</source>
        <translation>Neues Signaturgeheimnis erstellen? Das alte signiert noch 24 Stunden weiter, sodass Sie Ihren Shop ohne Verlust von Ereignissen umstellen können.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="280" />
        <source>New webhook signing secret</source>
        <translation>Neues Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="281" />
        <source>The new secret for %1. Until tomorrow deliveries carry two signatures, one per secret.</source>
        <translation>Das neue Geheimnis für %1. Bis morgen tragen Zustellungen zwei Signaturen, eine pro Geheimnis.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="371" />
        <source>(the event is gone)</source>
        <translation>(das Ereignis existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="375" />
        <source>%1  %2  %3 ms  %4</source>
        <translation>%1  %2  %3 ms  %4</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="377" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="377" />
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="383" />
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhooksPage.cpp" line="396" />
        <source>Queued again for %n endpoint(s).</source>
        <translation>
            <numerusform>Erneut für %n Endpunkt eingereiht.</numerusform>
            <numerusform>Erneut für %n Endpunkte eingereiht.</numerusform>
        </translation>
    </message>
</context>
</TS>