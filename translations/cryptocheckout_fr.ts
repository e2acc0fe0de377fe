<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="21" />
        <source>Pay with %1</source>
        <translation>Payer en %1</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="22" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="23" />
        <source>Send exactly this amount</source>
        <translation>Envoyez exactement ce montant</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="24" />
        <source>To this address</source>
        <translation>À cette adresse</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="25" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="26" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="27" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation>Taux bloqué : 1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="28" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="29" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="30" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="31" />
        <source>Copy amount</source>
        <translation>Copier le montant</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="32" />
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="33" />
        <source>Open in wallet</source>
        <translation>Ouvrir dans le portefeuille</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="34" />
        <source>Scan with your wallet app</source>
        <translation>Scannez avec votre application de portefeuille</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="35" />
        <source>QR code of the payment request</source>
        <translation>Code QR de la demande de paiement</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="36" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation>N’envoyez que des %1 sur %2. D’autres cryptomonnaies ou réseaux ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="37" />
        <source>Cancel and return to the shop</source>
        <translation>Annuler et revenir à la boutique</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="38" />
        <source>Back to the shop</source>
        <translation>Retour à la boutique</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="39" />
        <source>Waiting for your payment…</source>
        <translation>En attente de votre paiement…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="40" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation>Paiement détecté. En attente de confirmations : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="41" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation>Nous avons reçu %1 %2. Veuillez envoyer les %3 %2 restants.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="42" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation>Vous avez envoyé %1 %2, plus que demandé. En attente de confirmations : %3 sur %4. La boutique peut rembourser la différence.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="44" />
        <source>Payment received. Thank you!</source>
        <translation>Paiement reçu. Merci !</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="45" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation>Paiement reçu après l’expiration, pendant le délai de grâce. Merci !</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="46" />
        <source>Continue to the shop</source>
        <translation>Continuer vers la boutique</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="47" />
        <source>Returning to the shop in %1 s…</source>
        <translation>Retour à la boutique dans %1 s…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="48" />
        <source>This checkout has expired.</source>
        <translation>Ce paiement a expiré.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="49" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation>Si vous avez déjà envoyé le paiement, il compte encore s’il est confirmé avant %1. N’envoyez pas de nouveau paiement à cette adresse.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="51" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation>Ce paiement n’a pas pu aboutir. Veuillez contacter la boutique.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="52" />
        <source>Connection lost. Retrying…</source>
        <translation>Connexion perdue. Nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="53" />
        <source>Checkout not found</source>
        <translation>Paiement introuvable</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="54" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation>Ce paiement n’existe pas. Veuillez revenir à la boutique et recommencer.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="55" />
        <source>Payment status</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="56" />
        <source>Test mode: do not send real funds.</source>
        <translation>Mode test : n’envoyez pas de fonds réels.</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28" />
        <source>TEST MODE</source>
        <translation>MODE TEST</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation>Le mode test utilise le portefeuille de test public (« abandon … about ») : ses clés sont publiques. N’envoyez jamais de fonds réels à des adresses de test.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Test chain %1</source>
        <translation>Chaîne de test %1</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="66" />
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="68" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="70" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="72" />
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="74" />
        <source>Crypto</source>
        <translation>Crypto</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="76" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
</TS>