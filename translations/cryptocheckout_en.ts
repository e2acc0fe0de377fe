<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="29" />
        <source>Name, e.g. web shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="31" />
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="32" />
        <source>Live mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="33" />
        <source>Read-only (point of sale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="34" />
        <source>Create key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="53" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="82" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="101" />
        <source>New API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="102" />
        <source>Send it as &lt;tt&gt;Authorization: Bearer &amp;lt;key&amp;gt;&lt;/tt&gt;. Test keys see only test sessions, live keys only live ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="107" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="117" />
        <source>Revoke key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="118" />
        <source>Revoke “%1”? Requests with it fail from now on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="23" />
        <source>Pay with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="24" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="25" />
        <source>Send exactly this amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="26" />
        <source>To this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="27" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="28" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="29" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="30" />
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="31" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="32" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="33" />
        <source>Copy amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="34" />
        <source>Copy address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="35" />
        <source>Open in wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="36" />
        <source>Scan with your wallet app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="37" />
        <source>QR code of the payment request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="38" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="39" />
        <source>Cancel and return to the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="40" />
        <source>Back to the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="41" />
        <source>Waiting for your payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="42" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="43" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="44" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="47" />
        <source>Payment received. Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="48" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="50" />
        <source>Continue to the shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="51" />
        <source>Returning to the shop in %1 s…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="52" />
        <source>This checkout has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="53" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="56" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="57" />
        <source>Connection lost. Retrying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="58" />
        <source>Checkout not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="59" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="61" />
        <source>Payment status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="62" />
        <source>Test mode: do not send real funds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="63" />
        <source>Pay %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="64" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="65" />
        <source>Receipt · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="66" />
        <source>Paid to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="67" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="68" />
        <source>Amount paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="69" />
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="70" />
        <source>Paid at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="71" />
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="72" />
        <source>Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="73" />
        <source>Questions? %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="74" />
        <source>Print receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="75" />
        <source>Return to shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="76" />
        <source>Stay on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="77" />
        <source>Logo of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="21" />
        <source>gas top-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="23" />
        <source>token transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="25" />
        <source>sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="27" />
        <source>refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="36" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="38" />
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="40" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="42" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="67" />
        <source>fee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="78" />
        <source>Collect into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="92" />
        <source>Pay refund %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="101" />
        <source>Enter the recovery phrase of the wallet this mode is paid into. It is checked against your xpub, used here to sign, and forgotten when this window closes: it is never saved, logged or sent anywhere. Only the signed transactions go to the node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="112" />
        <source>12 to 24 words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="113" />
        <source>Recovery phrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="117" />
        <source>only if your wallet has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="118" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="132" />
        <source>The plan appears here: every transaction, what it moves and its fee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="136" />
        <source>Check phrase and plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="138" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="182" />
        <source>Enter the recovery phrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="189" />
        <source>Checking the phrase and asking the node for fees…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="211" />
        <source>Gas price %1 gwei, used as both fee caps: each fee below is exact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="217" />
        <source>Left: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="219" />
        <source>Fees at most: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="224" />
        <source>Send %n transaction(s)</source>
        <translation>
            <numerusform>Send %n transaction</numerusform>
            <numerusform>Send %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="226" />
        <source>Nothing can be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="237" />
        <source>Signing and sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="275" />
        <source>Recorded on refund %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="276" />
        <source>Not recorded on the refund: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="288" />
        <source>Done: everything confirmed. Fees paid: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="290" />
        <source>%n transaction(s) did not confirm; see above. The refund stays pending until a transfer to its address confirms.</source>
        <translation>
            <numerusform>%n transaction did not confirm; see above. The refund stays pending until a transfer to its address confirms.</numerusform>
            <numerusform>%n transactions did not confirm; see above. The refund stays pending until a transfer to its address confirms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="293" />
        <source>%n transaction(s) did not confirm; see above, then collect again for what is left.</source>
        <translation>
            <numerusform>%n transaction did not confirm; see above, then collect again for what is left.</numerusform>
            <numerusform>%n transactions did not confirm; see above, then collect again for what is left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="57" />
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="62" />
        <source>Cannot replace %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsoleServices</name>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="175" />
        <location filename="../server/console/ConsoleServices.cpp" line="203" />
        <source>No session %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="406" />
        <source>No temporary directory to check the settings in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="409" />
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="436" />
        <source>Unexpected answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <location filename="../server/console/ConsoleMoney.cpp" line="241" />
        <source>No refund %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <source>Its chain is not configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="243" />
        <source>Refund %1 is paid already, by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="244" />
        <source>Refund %1 is %2: there is nothing to pay.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="10" />
        <location filename="../ui/CopyButton.cpp" line="17" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CopyButton.cpp" line="16" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="61" />
        <source>Customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="73" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="74" />
        <source>Welcome to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="76" />
        <source>We accept crypto payments. Ask at the counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="113" />
        <source>QR code of the payment request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="152" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="155" />
        <source>Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="169" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="171" />
        <source>This payment request has ended. Please do not send money to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="253" />
        <source>%1 still to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="262" />
        <source>Network: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="266" />
        <source>Scan the code with your wallet app and send exactly this amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="270" />
        <source>Payment received. Waiting for the network to confirm it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="273" />
        <source>Part of the amount arrived. Please send the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="280" />
        <source>TEST MODE: do not send real money to this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="295" />
        <source>Time left %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../ui/FundsPage.cpp" line="22" />
        <source>&lt;h2&gt;Funds&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="25" />
        <source>Every checkout is paid into its own address of your wallet. Here is what each one holds now, read from the chain, and Collect moves it all into one address of yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="37" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="50" />
        <source>Collect into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="53" />
        <source>0x… an address of your own wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="55" />
        <source>Collect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="81" />
        <source>Reading the balances from the chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="127" />
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 of %3 addresses (chain %4, block %5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthBar</name>
    <message>
        <location filename="../ui/HealthBar.cpp" line="69" />
        <source>Chain %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="72" />
        <source>%1 (chain %2) at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="75" />
        <source>%1: block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="78" />
        <source>%1: catching up, block %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="81" />
        <source>%1: connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="84" />
        <source>%1: node behind, waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="85" />
        <source>The node answers with older blocks than it did; payments wait until it catches up. If it stays behind, use another node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="89" />
        <source>%1: wrong chain at the node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="90" />
        <source>Correct [chain.%1] rpcUrl in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="93" />
        <source>Node unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="94" />
        <source>Start the node, or correct [chain.%1] rpcUrl in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="98" />
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="103" />
        <source>Test chain running, block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="104" />
        <source>A local test chain (Anvil) that Crypto Checkout started for test mode at %1. Test sessions are paid on it; its blocks and balances are kept in the data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="111" />
        <source>Test chain starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="115" />
        <source>Test chain failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="116" />
        <source>The built-in test chain could not run: %1
Restart Crypto Checkout; if it fails again, run your own node at %2 or set [test] builtinChain=false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="128" />
        <source>no chain watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="143" />
        <source>webhooks: database error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="151" />
        <source>no webhook endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="154" />
        <source>webhooks: %1 of %2 failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="156" />
        <source>webhooks ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="163" />
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="183" />
        <source>Price sources, in order: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>not fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="208" />
        <source>live %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="222" />
        <source>%1, just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/HealthBar.cpp" line="223" />
        <source>%1, %n min ago</source>
        <translation>
            <numerusform>%1, %n min ago</numerusform>
            <numerusform>%1, %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="226" />
        <source>%1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="232" />
        <source>price %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="235" />
        <source>no price for %1: its new sessions are refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>Crypto Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Payment links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>Server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <source>New session ⏎</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123" />
        <source>Charge a customer at the counter (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <location filename="../ui/MainWindow.cpp" line="250" />
        <source>Customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127" />
        <source>Open the full-screen display for the customer, on a second monitor if there is one (Esc leaves full screen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>Set up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>The setup assistant: test mode, or live payments to your wallet, and an API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <location filename="../ui/MainWindow.cpp" line="213" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150" />
        <source>Live mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163" />
        <source>Show console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>TEST MODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>LIVE: no xpub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>TEST: no xpub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>Live mode: real payments to your wallet's addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid (late)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265" />
        <source>%1 received for %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <location filename="../ui/NewSessionDialog.cpp" line="116" />
        <source>New session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <source>New session (test mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="38" />
        <source>99.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="42" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="46" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="51" />
        <source>&amp;Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="56" />
        <source>Pay with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="63" />
        <source>Pay &amp;with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="69" />
        <source>Optional: what is being paid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="71" />
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="81" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="83" />
        <source>Create ⏎</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="103" />
        <source>QR code of the payment request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="111" />
        <source>Show on customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="118" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="153" />
        <source>⚠ Type the amount to charge, for example 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="162" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="183" />
        <source>%1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="184" />
        <source>%1 = %2
%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="36" />
        <source>week of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="49" />
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="54" />
        <source>Per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="55" />
        <source>Per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="56" />
        <source>Per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="58" />
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="64" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="70" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="72" />
        <source>Save one row per payment of this range for your accountant (CSV or JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Paid sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <location filename="../ui/OverviewPage.cpp" line="183" />
        <source>Value received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="119" />
        <source>The range is empty: pick a 'to' date after the 'from' date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="166" />
        <source>No payments in this range.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPage.cpp" line="167" />
        <source>%n paid session(s) · %1 · received %2</source>
        <translation>
            <numerusform>%n paid session · %1 · received %2</numerusform>
            <numerusform>%n paid sessions · %1 · received %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <location filename="../ui/OverviewPage.cpp" line="233" />
        <location filename="../ui/OverviewPage.cpp" line="238" />
        <source>Export the books</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="239" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="242" />
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentLinksPage</name>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="35" />
        <source>Amount, e.g. 25.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="40" />
        <source>Description, e.g. T-shirt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="41" />
        <source>Create link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="66" />
        <source>QR code of the payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="68" />
        <source>Copy URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="73" />
        <source>Save QR for printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="75" />
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Save QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="76" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="87" />
        <location filename="../ui/PaymentLinksPage.cpp" line="97" />
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <location filename="../ui/PaymentLinksPage.cpp" line="180" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="169" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="30" />
        <source>Live mode has no xpub yet: it has not been paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="51" />
        <source>Chain %1 is not configured.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../ui/QrWidget.cpp" line="72" />
        <source>The QR code could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/QrWidget.cpp" line="78" />
        <source>Too small for the QR code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="22" />
        <source>Refund %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="25" />
        <source>Records a refund in %1, converted at the session's locked rate. Pay it from your wallet with the QR code that follows, or from the session's deposit address; it counts as refunded once the transfer has its confirmations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="35" />
        <source>all that is left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="36" />
        <source>Amount (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="40" />
        <source>0x… the customer's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="42" />
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="46" />
        <source>optional, for your books</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="47" />
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="56" />
        <source>Record refund</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="33" />
        <source>&lt;b&gt;Copy it now: it is not shown again.&lt;/b&gt; Only a hash of it is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetailWidget</name>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="46" />
        <source>Select a session to see its QR code, payments, events and webhooks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="69" />
        <source>QR code of the payment request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="93" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="98" />
        <source>Copy address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="105" />
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="110" />
        <source>Copy amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="117" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="128" />
        <source>Show on customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="133" />
        <source>Expire now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="134" />
        <source>End this session now: no further payment is expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="139" />
        <location filename="../ui/SessionDetailWidget.cpp" line="146" />
        <source>Expire session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="140" />
        <source>Expire %1 now? The customer can no longer pay it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="150" />
        <location filename="../ui/SessionDetailWidget.cpp" line="319" />
        <location filename="../ui/SessionDetailWidget.cpp" line="341" />
        <location filename="../ui/SessionDetailWidget.cpp" line="344" />
        <source>Pay with test wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="151" />
        <source>Send a real transaction on the test chain from its prefunded test account: the session then changes status and fires webhooks exactly as in live mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="154" />
        <source>Pay in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="155" />
        <source>Pay half (underpaid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="156" />
        <source>Pay 10 % more (overpaid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="158" />
        <source>Expire, then pay in full (late)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Confirmations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="173" />
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Event id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="175" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Last answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="182" />
        <location filename="../ui/SessionDetailWidget.cpp" line="535" />
        <location filename="../ui/SessionDetailWidget.cpp" line="537" />
        <source>Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="183" />
        <source>Send the selected event again to every endpoint that subscribes to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="189" />
        <source>Webhook attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="206" />
        <source>Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="208" />
        <source>Record a refund of this session's confirmed payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="209" />
        <location filename="../ui/SessionDetailWidget.cpp" line="641" />
        <source>Pay from deposit address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="210" />
        <source>Sign the refund with your recovery phrase and send it from this session's own deposit address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="212" />
        <source>Paid by transaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="213" />
        <source>Name the transaction that paid the refund; it is checked on the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="214" />
        <location filename="../ui/SessionDetailWidget.cpp" line="682" />
        <location filename="../ui/SessionDetailWidget.cpp" line="689" />
        <source>Cancel refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="223" />
        <source>QR code of the selected refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="236" />
        <location filename="../ui/SessionDetailWidget.cpp" line="577" />
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="336" />
        <source>Paying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="348" />
        <source>Sent %1 %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="367" />
        <source>%1  (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <source>Chain %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <location filename="../ui/SessionDetailWidget.cpp" line="459" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="372" />
        <source>Rate 1 %1 = %2 %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="376" />
        <source>%1/USD %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="389" />
        <source>Checkout page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="391" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="397" />
        <source>Nothing more to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="418" />
        <source>Expires in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="419" />
        <source>Expiring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="420" />
        <source>Expires at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="425" />
        <source>Paid at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="430" />
        <source>Waiting for confirmations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="434" />
        <source>Ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="449" />
        <source>(found by balance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="455" />
        <source>Not %1: not counted towards this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="458" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="473" />
        <source>Payments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="489" />
        <source>Timeline (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="513" />
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="516" />
        <source>next try %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="521" />
        <source>Webhook attempts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/SessionDetailWidget.cpp" line="534" />
        <source>Queued for %n endpoint(s)</source>
        <translation>
            <numerusform>Queued for %n endpoint</numerusform>
            <numerusform>Queued for %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="554" />
        <source>refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="555" />
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="556" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="558" />
        <source>confirming (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="578" />
        <source>Refunds (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="603" />
        <source>No refund selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="604" />
        <source>Scan with your wallet to pay this refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="605" />
        <source>Paid; waiting for confirmations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="607" />
        <source>Refunded %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="608" />
        <source>Canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="637" />
        <source>Reading balances…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="644" />
        <source>Pay refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="662" />
        <location filename="../ui/SessionDetailWidget.cpp" line="672" />
        <source>Paid by transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="663" />
        <source>The hash of the transaction that sent %1 to %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="683" />
        <source>Cancel refund %1? Nothing has been sent for it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="9" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="11" />
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="13" />
        <source>Underpaid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="15" />
        <source>Overpaid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="17" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="19" />
        <source>Paid late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="21" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="23" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="66" />
        <source>⚠ Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="71" />
        <source>Needs attention: money arrived that this session does not count (after the grace window, at a settled session, or in another asset). Check its payments and refund or reconcile by hand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="56" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="92" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="112" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="114" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="116" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="118" />
        <source>Fiat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="120" />
        <source>Crypto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="122" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="44" />
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="45" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="50" />
        <source>Date filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="51" />
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="52" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="53" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="54" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="56" />
        <source>Search id, address, email, metadata…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="120" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/SessionsPage.cpp" line="168" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="170" />
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="182" />
        <source>No sessions yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="188" />
        <source>A session is one customer paying one amount. Create one at the counter, or let your shop's backend create them through the API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="192" />
        <source>New session (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="195" />
        <source>From your shop's backend, with a key from the API keys page:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="107" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="108" />
        <source>Listen on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="109" />
        <source>Address and port of the API and checkout pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="111" />
        <source>Allow a non-loopback listen address (put a TLS proxy in front)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="113" />
        <source>Public URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="114" />
        <source>The address customers reach; empty: derived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="115" />
        <source>Trusted proxies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="116" />
        <source>Addresses or subnets of your reverse proxies, comma-separated (e.g. 127.0.0.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>Connections at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>In total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="118" />
        <source>Connections per client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119" />
        <source>From one address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="121" />
        <source>Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>Time to pay (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>1 to 10080</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="123" />
        <source>Grace after expiry (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="124" />
        <source>A payment confirming within this window makes the session paid_late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="125" />
        <source>Underpayment tolerance (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="126" />
        <source>A payment this much short still completes a session, e.g. 0.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="129" />
        <source>Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shop name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shown at the top of the checkout page and the receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="131" />
        <source>Logo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="132" />
        <source>A PNG or SVG file of at most 256 KiB, relative to the data directory or absolute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="133" />
        <source>Accent colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="134" />
        <source>#rrggbb for the pay button; a colour too light for white text (WCAG AA, 4.5:1) is not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Support email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Shown on the receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>The shop's name links there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Live mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="142" />
        <source>Account xpub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="143" />
        <source>The account-level extended public key (m/44'/60'/0') of your wallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="145" />
        <source>Show first addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>Chain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>The chain sessions of this mode go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="156" />
        <source>Chains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="161" />
        <source>Edits to one chain are kept while you look at another, until you save or revert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="162" />
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="163" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>RPC URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>http(s) or ws(s) JSON-RPC endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="165" />
        <source>Confirmations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="166" />
        <source>Poll interval (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>Native symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>e.g. ETH, POL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>Explorer URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>e.g. https://etherscan.io</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="169" />
        <source>Tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="170" />
        <source>SYMBOL:0xContract:decimals[:PEG], comma-separated; empty: the shipped list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="172" />
        <source>Confirmation nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="173" />
        <source>Other RPC URLs, comma-separated, that must return the same receipt before a session is paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="174" />
        <source>Test RPC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="181" />
        <source>Prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Ordered, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="183" />
        <source>Fixed rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Currencies kept fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Comma-separated; USD always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="187" />
        <source>Coinbase URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="188" />
        <source>Kraken URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="189" />
        <source>CoinGecko URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>CoinGecko API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>Optional (demo or pro key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <source>Per request to a provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="194" />
        <source>Refresh every (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>Maximum age (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>An older rate is not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="196" />
        <source>Outlier limit (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="197" />
        <source>A source further than this from the median is skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="198" />
        <source>Chainlink feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="200" />
        <source>Chainlink maximum age (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="202" />
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="203" />
        <source>First retry after (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="418" />
        <source>No answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <location filename="../ui/SettingsPage.cpp" line="204" />
        <source>Timeout (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="184" />
        <source>&lt;coin&gt;-&lt;currency&gt;:&lt;rate&gt;, comma-separated (ETH-USD:3000, POL-EUR:0.23); written here, they also price live sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="191" />
        <source>CoinGecko ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="192" />
        <source>&lt;symbol&gt;:&lt;CoinGecko id&gt;, comma-separated, for coins CoinGecko does not know by symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="199" />
        <source>chainId:&lt;coin&gt;-&lt;currency&gt;:&lt;aggregator&gt;, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="209" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="211" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="371" />
        <location filename="../ui/SettingsPage.cpp" line="379" />
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="383" />
        <source>Saved to %1. Restart Crypto Checkout to apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="394" />
        <source>No xpub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="399" />
        <location filename="../ui/SettingsPage.cpp" line="418" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="403" />
        <source>Compare with the first receiving addresses in your wallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="410" />
        <source>⚠ Not a URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="414" />
        <source>Asking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="421" />
        <source>✓ eth_chainId = %1: the node is on this chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="424" />
        <source>⚠ eth_chainId = %1, but this is chain %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="60" />
        <source>Set up Crypto Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="67" />
        <source>Welcome to Crypto Checkout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="69" />
        <source>Try it in test mode now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="71" />
        <source>Set up live payments to my wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="74" />
        <source>A test chain runs on this computer: create sessions and pay them with the test wallet. Nothing to configure, no real money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="79" />
        <source>Customers pay into addresses of your own wallet. You need its account extended public key (xpub); no private key ever enters this program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="98" />
        <source>Your wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="100" />
        <source>Paste the account extended public key (xpub, path m/44'/60'/0') your wallet exports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="109" />
        <source>These are the first three receiving addresses of this account in my wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="129" />
        <source>The chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="130" />
        <source>Where your customers pay, and the node (JSON-RPC, https) that tells us about it. Your own node or a provider's URL is more reliable than the public default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="139" />
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="140" />
        <source>Node URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="151" />
        <source>Exchange rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="152" />
        <source>Where the fiat price of a session comes from. Rates from several sources are compared; one that strays is dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="174" />
        <source>Webhooks (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="176" />
        <source>The URL of your shop's handler, to be told when a session is paid. Leave it empty to add one later on the Webhooks page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="189" />
        <location filename="../ui/SetupWizard.cpp" line="247" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="198" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="215" />
        <source>Your first API key, for your shop's backend. It is shown only now: copy it and keep it secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="241" />
        <source>⚠ This is the public test key: everyone knows its private keys. Use your own wallet's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="300" />
        <source>Live payments are set up in %1. Restart Crypto Checkout to start taking them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="302" />
        <source>Test mode is ready: press Ctrl+N for a session, then Pay with test wallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="308" />
        <source>Webhook endpoint %1 added; its signing secret: %2 (shown only now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="312" />
        <source>A test event (%1) is on its way to it: its delivery shows on the Webhooks page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="315" />
        <source>⚠ The webhook endpoint was not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="319" />
        <source>First key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="46" />
        <source>https://shop.example/hooks/crypto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="48" />
        <source>Event types, comma-separated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="49" />
        <source>Add endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="51" />
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="53" />
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="72" />
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="74" />
        <source>Roll secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="75" />
        <source>A new signing secret; the old one keeps signing for 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="92" />
        <source>&lt;b&gt;Delivery log&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="94" />
        <source>Endpoint filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="96" />
        <source>Result filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="97" />
        <source>All results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="98" />
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="99" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="100" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="101" />
        <location filename="../ui/WebhooksPage.cpp" line="400" />
        <source>Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="122" />
        <source>Request body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="124" />
        <source>Attempts and answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="137" />
        <source>No webhook endpoints yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="143" />
        <source>Webhooks tell your shop's backend what happened, as it happens: a session was paid (session.paid), paid late, expired, or needs a look. Each event is a signed POST to your URL, retried for three days until your handler answers 2xx, and logged here.

Type your handler's URL above and click Add endpoint; you get its signing secret once. In test mode, pay a session with the test wallet and watch the delivery arrive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="150" />
        <source>Add endpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="196" />
        <source>All endpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="208" />
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="210" />
        <source>failing since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="211" />
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="240" />
        <source>Webhook signing secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="241" />
        <source>Deliveries to %1 are signed with this secret. Put it in your shop's webhook handler to verify the Crypto-Checkout-Signature header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="247" />
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="262" />
        <location filename="../ui/WebhooksPage.cpp" line="287" />
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="271" />
        <source>Roll secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="272" />
        <source>Make a new signing secret? The old one keeps signing for 24 hours, so you can switch your shop over without losing events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="280" />
        <source>New webhook signing secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="281" />
        <source>The new secret for %1. Until tomorrow deliveries carry two signatures, one per secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="371" />
        <source>(the event is gone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="375" />
        <source>%1  %2  %3 ms  %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="377" />
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="377" />
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="383" />
        <source>No attempt yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhooksPage.cpp" line="396" />
        <source>Queued again for %n endpoint(s).</source>
        <translation>
            <numerusform>Queued again for %n endpoint.</numerusform>
            <numerusform>Queued again for %n endpoints.</numerusform>
        </translation>
    </message>
</context>
</TS>