<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="21" />
        <source>Pay with %1</source>
        <translation>Pagar con %1</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="22" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="23" />
        <source>Send exactly this amount</source>
        <translation>Envía exactamente este importe</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="24" />
        <source>To this address</source>
        <translation>A esta dirección</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="25" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="26" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="27" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation>Tipo fijado: 1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="28" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="29" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="30" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="31" />
        <source>Copy amount</source>
        <translation>Copiar importe</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="32" />
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="33" />
        <source>Open in wallet</source>
        <translation>Abrir en la billetera</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="34" />
        <source>Scan with your wallet app</source>
        <translation>Escanea con tu app de billetera</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="35" />
        <source>QR code of the payment request</source>
        <translation>Código QR de la solicitud de pago</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="36" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation>Envía solo %1 en %2. Otras monedas o redes no se pueden recuperar.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="37" />
        <source>Cancel and return to the shop</source>
        <translation>Cancelar y volver a la tienda</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="38" />
        <source>Back to the shop</source>
        <translation>Volver a la tienda</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="39" />
        <source>Waiting for your payment…</source>
        <translation>Esperando tu pago…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="40" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation>Pago detectado. Esperando confirmaciones: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="41" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation>Hemos recibido %1 %2. Envía los %3 %2 restantes.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="42" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation>Has enviado %1 %2, más de lo solicitado. Esperando confirmaciones: %3 de %4. La tienda puede reembolsar la diferencia.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="44" />
        <source>Payment received. Thank you!</source>
        <translation>Pago recibido. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="45" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation>Pago recibido tras la caducidad, dentro del periodo de gracia. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="46" />
        <source>Continue to the shop</source>
        <translation>Continuar a la tienda</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="47" />
        <source>Returning to the shop in %1 s…</source>
        <translation>Volviendo a la tienda en %1 s…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="48" />
        <source>This checkout has expired.</source>
        <translation>Este pago ha caducado.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="49" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation>Si ya enviaste el pago, todavía cuenta si se confirma antes de %1. No envíes un pago nuevo a esta dirección.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="51" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation>No se pudo completar este pago. Ponte en contacto con la tienda.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="52" />
        <source>Connection lost. Retrying…</source>
        <translation>Conexión perdida. Reintentando…</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="53" />
        <source>Checkout not found</source>
        <translation>Pago no encontrado</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="54" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation>Este pago no existe. Vuelve a la tienda y empieza de nuevo.</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="55" />
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <location filename="../server/HostedCheckout.cpp" line="56" />
        <source>Test mode: do not send real funds.</source>
        <translation>Modo de prueba: no envíes fondos reales.</translation>
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
        <translation>MODO DE PRUEBA</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation>El modo de prueba usa la billetera pública de prueba («abandon … about»): sus claves son públicas. Nunca envíes fondos reales a direcciones de prueba.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="39" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Test chain %1</source>
        <translation>Cadena de prueba %1</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="66" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="68" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="70" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="72" />
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="74" />
        <source>Crypto</source>
        <translation>Cripto</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="76" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
</TS>