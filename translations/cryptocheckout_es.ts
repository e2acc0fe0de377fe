<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="29" />
        <source>Name, e.g. web shop</source>
        <translation>Nombre, p. ej. tienda web</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="31" />
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="32" />
        <source>Live mode</source>
        <translation>Modo real</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="33" />
        <source>Read-only (point of sale)</source>
        <translation>Solo lectura (punto de venta)</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="34" />
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="49" />
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="50" />
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="53" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>live</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="78" />
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="79" />
        <source>secret</source>
        <translation>secreta</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="82" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>revoked %1</source>
        <translation>revocada %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="83" />
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="101" />
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="102" />
        <source>Send it as &lt;tt&gt;Authorization: Bearer &amp;lt;key&amp;gt;&lt;/tt&gt;. Test keys see only test sessions, live keys only live ones.</source>
        <translation>Envíela como &lt;tt&gt;Authorization: Bearer &amp;lt;clave&amp;gt;&lt;/tt&gt;. Las claves de prueba solo ven sesiones de prueba; las reales, solo sesiones reales.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="107" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="117" />
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="118" />
        <source>Revoke “%1”? Requests with it fail from now on.</source>
        <translation>¿Revocar «%1»? Las solicitudes con esta clave fallarán a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="23" />
        <source>Pay with %1</source>
        <translation>Pagar con %1</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="24" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="25" />
        <source>Send exactly this amount</source>
        <translation>Envía exactamente este importe</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="26" />
        <source>To this address</source>
        <translation>A esta dirección</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="27" />
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="28" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="29" />
        <source>Rate locked: 1 %1 = %2 %3</source>
        <translation>Tipo fijado: 1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="30" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="31" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="32" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="33" />
        <source>Copy amount</source>
        <translation>Copiar importe</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="34" />
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="35" />
        <source>Open in wallet</source>
        <translation>Abrir en la billetera</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="36" />
        <source>Scan with your wallet app</source>
        <translation>Escanea con tu app de billetera</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="37" />
        <source>QR code of the payment request</source>
        <translation>Código QR de la solicitud de pago</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="38" />
        <source>Only send %1 on %2. Other coins or networks cannot be recovered.</source>
        <translation>Envía solo %1 en %2. Otras monedas o redes no se pueden recuperar.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="39" />
        <source>Cancel and return to the shop</source>
        <translation>Cancelar y volver a la tienda</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="40" />
        <source>Back to the shop</source>
        <translation>Volver a la tienda</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="41" />
        <source>Waiting for your payment…</source>
        <translation>Esperando tu pago…</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="42" />
        <source>Payment detected. Waiting for confirmations: %1 of %2.</source>
        <translation>Pago detectado. Esperando confirmaciones: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="43" />
        <source>We received %1 %2. Please send the remaining %3 %2.</source>
        <translation>Hemos recibido %1 %2. Envía los %3 %2 restantes.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="44" />
        <source>You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.</source>
        <translation>Has enviado %1 %2, más de lo solicitado. Esperando confirmaciones: %3 de %4. La tienda puede reembolsar la diferencia.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="47" />
        <source>Payment received. Thank you!</source>
        <translation>Pago recibido. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="48" />
        <source>Payment received after the checkout expired, within the grace period. Thank you!</source>
        <translation>Pago recibido tras la caducidad, dentro del periodo de gracia. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="50" />
        <source>Continue to the shop</source>
        <translation>Continuar a la tienda</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="51" />
        <source>Returning to the shop in %1 s…</source>
        <translation>Volviendo a la tienda en %1 s…</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="52" />
        <source>This checkout has expired.</source>
        <translation>Este pago ha caducado.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="53" />
        <source>If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.</source>
        <translation>Si ya enviaste el pago, todavía cuenta si se confirma antes de %1. No envíes un pago nuevo a esta dirección.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="56" />
        <source>This checkout could not be completed. Please contact the shop.</source>
        <translation>No se pudo completar este pago. Ponte en contacto con la tienda.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="57" />
        <source>Connection lost. Retrying…</source>
        <translation>Conexión perdida. Reintentando…</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="58" />
        <source>Checkout not found</source>
        <translation>Pago no encontrado</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="59" />
        <source>This checkout does not exist. Please return to the shop and start again.</source>
        <translation>Este pago no existe. Vuelve a la tienda y empieza de nuevo.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="61" />
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="62" />
        <source>Test mode: do not send real funds.</source>
        <translation>Modo de prueba: no envíes fondos reales.</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="63" />
        <source>Pay %1 · %2</source>
        <translation>Pagar a %1 · %2</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="64" />
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="65" />
        <source>Receipt · %1</source>
        <translation>Recibo · %1</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="66" />
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="67" />
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="68" />
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="69" />
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="70" />
        <source>Paid at</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="71" />
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="72" />
        <source>Checkout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="73" />
        <source>Questions? %1</source>
        <translation>¿Preguntas? %1</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="74" />
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="75" />
        <source>Return to shop</source>
        <translation>Volver a la tienda</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="76" />
        <source>Stay on this page</source>
        <translation>Quedarme en esta página</translation>
    </message>
    <message>
        <location filename="../web/HostedCheckout.cpp" line="77" />
        <source>Logo of %1</source>
        <translation>Logotipo de %1</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="21" />
        <source>gas top-up</source>
        <translation>recarga de gas</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="23" />
        <source>token transfer</source>
        <translation>transferencia de token</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="25" />
        <source>sweep</source>
        <translation>barrido</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="27" />
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="36" />
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="38" />
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="40" />
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="42" />
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="67" />
        <source>fee %1</source>
        <translation>comisión %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="78" />
        <source>Collect into %1</source>
        <translation>Reunir en %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="92" />
        <source>Pay refund %1 from %2</source>
        <translation>Pagar el reembolso %1 desde %2</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="101" />
        <source>Enter the recovery phrase of the wallet this mode is paid into. It is checked against your xpub, used here to sign, and forgotten when this window closes: it is never saved, logged or sent anywhere. Only the signed transactions go to the node.</source>
        <translation>Introduce la frase de recuperación de la cartera en la que se cobra este modo. Se comprueba con tu xpub, se usa aquí para firmar y se olvida al cerrar esta ventana: nunca se guarda, se registra ni se envía a ninguna parte. Solo las transacciones firmadas van al nodo.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="112" />
        <source>12 to 24 words</source>
        <translation>de 12 a 24 palabras</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="113" />
        <source>Recovery phrase:</source>
        <translation>Frase de recuperación:</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="117" />
        <source>only if your wallet has one</source>
        <translation>solo si tu cartera tiene una</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="118" />
        <source>Passphrase:</source>
        <translation>Contraseña adicional:</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="132" />
        <source>The plan appears here: every transaction, what it moves and its fee.</source>
        <translation>Aquí aparece el plan: cada transacción, lo que mueve y su comisión.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="136" />
        <source>Check phrase and plan</source>
        <translation>Comprobar frase y planificar</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="138" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="182" />
        <source>Enter the recovery phrase.</source>
        <translation>Introduce la frase de recuperación.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="189" />
        <source>Checking the phrase and asking the node for fees…</source>
        <translation>Comprobando la frase y pidiendo las comisiones al nodo…</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="211" />
        <source>Gas price %1 gwei, used as both fee caps: each fee below is exact.</source>
        <translation>Precio del gas %1 gwei, usado en ambos topes de comisión: cada comisión de abajo es exacta.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="217" />
        <source>Left: %1</source>
        <translation>Queda: %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="219" />
        <source>Fees at most: %1</source>
        <translation>Comisiones como máximo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="224" />
        <source>Send %n transaction(s)</source>
        <translation>
            <numerusform>Enviar %n transacción</numerusform>
            <numerusform>Enviar %n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="226" />
        <source>Nothing can be sent.</source>
        <translation>No se puede enviar nada.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="237" />
        <source>Signing and sending…</source>
        <translation>Firmando y enviando…</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="275" />
        <source>Recorded on refund %1.</source>
        <translation>Registrado en el reembolso %1.</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="276" />
        <source>Not recorded on the refund: %1</source>
        <translation>No registrado en el reembolso: %1</translation>
    </message>
    <message>
        <location filename="../ui/CollectDialog.cpp" line="288" />
        <source>Done: everything confirmed. Fees paid: %1.</source>
        <translation>Listo: todo confirmado. Comisiones pagadas: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="290" />
        <source>%n transaction(s) did not confirm; see above. The refund stays pending until a transfer to its address confirms.</source>
        <translation>
            <numerusform>%n transacción no se confirmó; véase arriba. El reembolso sigue pendiente hasta que se confirme una transferencia a su dirección.</numerusform>
            <numerusform>%n transacciones no se confirmaron; véase arriba. El reembolso sigue pendiente hasta que se confirme una transferencia a su dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CollectDialog.cpp" line="293" />
        <source>%n transaction(s) did not confirm; see above, then collect again for what is left.</source>
        <translation>
            <numerusform>%n transacción no se confirmó; mira arriba y vuelve a reunir lo que queda.</numerusform>
            <numerusform>%n transacciones no se confirmaron; mira arriba y vuelve a reunir lo que queda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="57" />
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../server/config/ConfigFile.cpp" line="62" />
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
</context>
<context>
    <name>ConsoleServices</name>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="175" />
        <location filename="../server/console/ConsoleServices.cpp" line="203" />
        <source>No session %1.</source>
        <translation>No existe la sesión %1.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="406" />
        <source>No temporary directory to check the settings in.</source>
        <translation>No hay ningún directorio temporal para comprobar los ajustes.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="409" />
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleServices.cpp" line="436" />
        <source>Unexpected answer: %1</source>
        <translation>Respuesta inesperada: %1</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <location filename="../server/console/ConsoleMoney.cpp" line="241" />
        <source>No refund %1.</source>
        <translation>No existe el reembolso %1.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="202" />
        <source>Its chain is not configured.</source>
        <translation>Su cadena no está configurada.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="243" />
        <source>Refund %1 is paid already, by %2.</source>
        <translation>El reembolso %1 ya está pagado, con %2.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="244" />
        <source>Refund %1 is %2: there is nothing to pay.</source>
        <translation>El reembolso %1 está %2: no hay nada que pagar.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="10" />
        <location filename="../ui/CopyButton.cpp" line="17" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/CopyButton.cpp" line="16" />
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="61" />
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="73" />
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="74" />
        <source>Welcome to %1</source>
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="76" />
        <source>We accept crypto payments. Ask at the counter.</source>
        <translation>Aceptamos pagos con criptomonedas. Pregunte en caja.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="113" />
        <source>QR code of the payment request</source>
        <translation>Código QR de la solicitud de pago</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="152" />
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="155" />
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="169" />
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="171" />
        <source>This payment request has ended. Please do not send money to it.</source>
        <translation>Esta solicitud de pago ha terminado. No envíe dinero a ella.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="253" />
        <source>%1 still to pay</source>
        <translation>Faltan %1 por pagar</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="262" />
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="266" />
        <source>Scan the code with your wallet app and send exactly this amount.</source>
        <translation>Escanee el código con su app de billetera y envíe exactamente este importe.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="270" />
        <source>Payment received. Waiting for the network to confirm it…</source>
        <translation>Pago recibido. Esperando la confirmación de la red…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="273" />
        <source>Part of the amount arrived. Please send the rest.</source>
        <translation>Ha llegado parte del importe. Envíe el resto.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="280" />
        <source>TEST MODE: do not send real money to this address.</source>
        <translation>MODO DE PRUEBA: no envíe dinero real a esta dirección.</translation>
    </message>
    <message>
        <location filename="../ui/CustomerDisplay.cpp" line="295" />
        <source>Time left %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../ui/FundsPage.cpp" line="22" />
        <source>&lt;h2&gt;Funds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fondos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="25" />
        <source>Every checkout is paid into its own address of your wallet. Here is what each one holds now, read from the chain, and Collect moves it all into one address of yours.</source>
        <translation>Cada cobro se paga en una dirección propia de tu cartera. Aquí ves lo que tiene cada una ahora, leído de la cadena, y Reunir lo mueve todo a una dirección tuya.</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="37" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="50" />
        <source>Collect into:</source>
        <translation>Reunir en:</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="53" />
        <source>0x… an address of your own wallet</source>
        <translation>0x… una dirección de tu propia cartera</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="55" />
        <source>Collect…</source>
        <translation>Reunir…</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="81" />
        <source>Reading the balances from the chain…</source>
        <translation>Leyendo los saldos de la cadena…</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="101" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/FundsPage.cpp" line="127" />
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 of %3 addresses (chain %4, block %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2 de %3 direcciones (cadena %4, bloque %5)</translation>
    </message>
</context>
<context>
    <name>HealthBar</name>
    <message>
        <location filename="../ui/HealthBar.cpp" line="103" />
        <source>Test chain running, block %1</source>
        <translation>Cadena de prueba en marcha, bloque %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="111" />
        <source>Test chain starting…</source>
        <translation>Iniciando la cadena de prueba…</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="115" />
        <source>Test chain failed</source>
        <translation>La cadena de prueba falló</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="116" />
        <source>The built-in test chain could not run: %1
Restart Crypto Checkout; if it fails again, run your own node at %2 or set [test] builtinChain=false.</source>
        <translation>La cadena de prueba integrada no pudo funcionar: %1
Reinicie Crypto Checkout; si vuelve a fallar, ejecute su propio nodo en %2 o establezca [test] builtinChain=false.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="128" />
        <source>no chain watched</source>
        <translation>ninguna cadena vigilada</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="163" />
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>fresh</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="195" />
        <source>not fresh</source>
        <translation>no actual</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="208" />
        <source>live %1</source>
        <translation>real %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="222" />
        <source>%1, just now</source>
        <translation>%1, ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HealthBar.cpp" line="223" />
        <source>%1, %n min ago</source>
        <translation>
            <numerusform>%1, hace %n min</numerusform>
            <numerusform>%1, hace %n min</numerusform>
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
        <translation>precio %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="235" />
        <source>no price for %1: its new sessions are refused</source>
        <translation>sin precio para %1: se rechazan sus nuevas sesiones</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="183" />
        <source>Price sources, in order: %1</source>
        <translation>Fuentes de precio, en orden: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="69" />
        <source>Chain %1</source>
        <translation>Cadena %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="72" />
        <source>%1 (chain %2) at %3.</source>
        <translation>%1 (cadena %2) en %3.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="75" />
        <source>%1: block %2</source>
        <translation>%1: bloque %2</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="78" />
        <source>%1: catching up, block %2</source>
        <translation>%1: poniéndose al día, bloque %2</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="81" />
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="84" />
        <source>%1: node behind, waiting</source>
        <translation>%1: nodo retrasado, esperando</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="85" />
        <source>The node answers with older blocks than it did; payments wait until it catches up. If it stays behind, use another node.</source>
        <translation>El nodo responde con bloques más antiguos que antes; los pagos esperan hasta que se ponga al día. Si sigue retrasado, use otro nodo.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="89" />
        <source>%1: wrong chain at the node</source>
        <translation>%1: cadena equivocada en el nodo</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="90" />
        <source>Correct [chain.%1] rpcUrl in Settings.</source>
        <translation>Corrija [chain.%1] rpcUrl en Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="93" />
        <source>Node unreachable: %1</source>
        <translation>Nodo inaccesible: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="94" />
        <source>Start the node, or correct [chain.%1] rpcUrl in Settings.</source>
        <translation>Inicie el nodo o corrija [chain.%1] rpcUrl en Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="98" />
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="104" />
        <source>A local test chain (Anvil) that Crypto Checkout started for test mode at %1. Test sessions are paid on it; its blocks and balances are kept in the data directory.</source>
        <translation>Una cadena de prueba local (Anvil) que Crypto Checkout inició para el modo de prueba en %1. Las sesiones de prueba se pagan en ella; sus bloques y saldos se guardan en el directorio de datos.</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="143" />
        <source>webhooks: database error</source>
        <translation>webhooks: error de base de datos</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="151" />
        <source>no webhook endpoint</source>
        <translation>ningún endpoint de webhook</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="154" />
        <source>webhooks: %1 of %2 failing</source>
        <translation>webhooks: %1 de %2 fallan</translation>
    </message>
    <message>
        <location filename="../ui/HealthBar.cpp" line="156" />
        <source>webhooks ok</source>
        <translation>webhooks ok</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Payment links</source>
        <translation>Enlaces de pago</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <source>New session ⏎</source>
        <translation>Nueva sesión ⏎</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123" />
        <source>Charge a customer at the counter (Ctrl+N)</source>
        <translation>Cobrar a un cliente en caja (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <location filename="../ui/MainWindow.cpp" line="250" />
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127" />
        <source>Open the full-screen display for the customer, on a second monitor if there is one (Esc leaves full screen)</source>
        <translation>Abrir la pantalla completa para el cliente, en un segundo monitor si lo hay (Esc sale de pantalla completa)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>The setup assistant: test mode, or live payments to your wallet, and an API key</source>
        <translation>El asistente de configuración: modo de prueba o pagos reales a su cartera, y una clave de API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148" />
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150" />
        <source>Live mode</source>
        <translation>Modo real</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163" />
        <source>Show console</source>
        <translation>Mostrar consola</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>TEST MODE</source>
        <translation>MODO DE PRUEBA</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>LIVE</source>
        <translation>REAL</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>LIVE: no xpub</source>
        <translation>REAL: sin xpub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204" />
        <source>TEST: no xpub</source>
        <translation>PRUEBA: sin xpub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>Live mode: real payments to your wallet's addresses.</source>
        <translation>Modo real: pagos reales a las direcciones de su billetera.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid (late)</source>
        <translation>Pagado (tarde)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264" />
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265" />
        <source>%1 received for %2</source>
        <translation>%1 recibido para %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <location filename="../ui/MainWindow.cpp" line="213" />
        <source>Test mode uses the public test wallet ("abandon … about"): its keys are public. Never send real funds to test addresses.</source>
        <translation>El modo de prueba usa la billetera pública de prueba («abandon … about»): sus claves son públicas. Nunca envíes fondos reales a direcciones de prueba.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <location filename="../ui/NewSessionDialog.cpp" line="116" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="28" />
        <source>New session (test mode)</source>
        <translation>Nueva sesión (modo de prueba)</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="38" />
        <source>99.00</source>
        <translation>99.00</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="42" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="46" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="51" />
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="56" />
        <source>Pay with</source>
        <translation>Pagar con</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="63" />
        <source>Pay &amp;with</source>
        <translation>Pagar &amp;con</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="69" />
        <source>Optional: what is being paid for</source>
        <translation>Opcional: qué se paga</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="71" />
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="81" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="83" />
        <source>Create ⏎</source>
        <translation>Crear ⏎</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="103" />
        <source>QR code of the payment request</source>
        <translation>Código QR de la solicitud de pago</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="111" />
        <source>Show on customer display</source>
        <translation>Mostrar en la pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="118" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/NewSessionDialog.cpp" line="153" />
        <source>⚠ Type the amount to charge, for example 12.50.</source>
        <translation>⚠ Escriba el importe a cobrar, por ejemplo 12.50.</translation>
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
        <translation>semana del %1</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="49" />
        <source>&lt;h2&gt;Overview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Resumen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="54" />
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="55" />
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="56" />
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="58" />
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="64" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="70" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="72" />
        <source>Save one row per payment of this range for your accountant (CSV or JSON)</source>
        <translation>Guardar una fila por pago de este periodo para tu contable (CSV o JSON)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Paid sessions</source>
        <translation>Sesiones pagadas</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <location filename="../ui/OverviewPage.cpp" line="183" />
        <source>Value received</source>
        <translation>Valor recibido</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="93" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="119" />
        <source>The range is empty: pick a 'to' date after the 'from' date.</source>
        <translation>El periodo está vacío: elige una fecha 'hasta' posterior a la fecha 'desde'.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="166" />
        <source>No payments in this range.</source>
        <translation>No hay pagos en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OverviewPage.cpp" line="167" />
        <source>%n paid session(s) · %1 · received %2</source>
        <translation>
            <numerusform>%n sesión pagada · %1 · recibido %2</numerusform>
            <numerusform>%n sesiones pagadas · %1 · recibido %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <location filename="../ui/OverviewPage.cpp" line="233" />
        <location filename="../ui/OverviewPage.cpp" line="238" />
        <source>Export the books</source>
        <translation>Exportar la contabilidad</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="224" />
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para hojas de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="239" />
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPage.cpp" line="242" />
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>PaymentLinksPage</name>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="35" />
        <source>Amount, e.g. 25.00</source>
        <translation>Importe, p. ej. 25.00</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="40" />
        <source>Description, e.g. T-shirt</source>
        <translation>Descripción, p. ej. camiseta</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="41" />
        <source>Create link</source>
        <translation>Crear enlace</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="59" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="66" />
        <source>QR code of the payment link</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="68" />
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="73" />
        <source>Save QR for printing…</source>
        <translation>Guardar QR para imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="75" />
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="76" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="85" />
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="87" />
        <location filename="../ui/PaymentLinksPage.cpp" line="97" />
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <location filename="../ui/PaymentLinksPage.cpp" line="180" />
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../ui/PaymentLinksPage.cpp" line="140" />
        <source>inactive</source>
        <translation>inactivo</translation>
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
        <translation>El modo real aún no tiene xpub: no ha recibido pagos.</translation>
    </message>
    <message>
        <location filename="../server/console/ConsoleMoney.cpp" line="51" />
        <source>Chain %1 is not configured.</source>
        <translation>La cadena %1 no está configurada.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../ui/QrWidget.cpp" line="72" />
        <source>The QR code could not be made: %1</source>
        <translation>No se pudo crear el código QR: %1</translation>
    </message>
    <message>
        <location filename="../ui/QrWidget.cpp" line="78" />
        <source>Too small for the QR code</source>
        <translation>Demasiado pequeño para el código QR</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="22" />
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="25" />
        <source>Records a refund in %1, converted at the session's locked rate. Pay it from your wallet with the QR code that follows, or from the session's deposit address; it counts as refunded once the transfer has its confirmations.</source>
        <translation>Registra un reembolso en %1, convertido al tipo fijado de la sesión. Págalo desde tu monedero con el código QR que aparece después, o desde la dirección de depósito de la sesión; cuenta como reembolsado cuando la transferencia tiene sus confirmaciones.</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="35" />
        <source>all that is left</source>
        <translation>todo lo que queda</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="36" />
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="40" />
        <source>0x… the customer's address</source>
        <translation>0x… la dirección del cliente</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="42" />
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="46" />
        <source>optional, for your books</source>
        <translation>opcional, para tu contabilidad</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="47" />
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/RefundDialog.cpp" line="56" />
        <source>Record refund</source>
        <translation>Registrar reembolso</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="33" />
        <source>&lt;b&gt;Copy it now: it is not shown again.&lt;/b&gt; Only a hash of it is kept.</source>
        <translation>&lt;b&gt;Copie este valor ahora: no se volverá a mostrar.&lt;/b&gt; Solo se guarda un hash de él.</translation>
    </message>
</context>
<context>
    <name>SessionDetailWidget</name>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="46" />
        <source>Select a session to see its QR code, payments, events and webhooks.</source>
        <translation>Seleccione una sesión para ver su código QR, pagos, eventos y webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="69" />
        <source>QR code of the payment request</source>
        <translation>Código QR de la solicitud de pago</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="93" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="98" />
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="105" />
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="110" />
        <source>Copy amount</source>
        <translation>Copiar importe</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="117" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="128" />
        <source>Show on customer display</source>
        <translation>Mostrar en la pantalla del cliente</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="133" />
        <source>Expire now</source>
        <translation>Caducar ahora</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="134" />
        <source>End this session now: no further payment is expected.</source>
        <translation>Terminar esta sesión ahora: no se espera ningún otro pago.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="139" />
        <location filename="../ui/SessionDetailWidget.cpp" line="146" />
        <source>Expire session</source>
        <translation>Caducar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="140" />
        <source>Expire %1 now? The customer can no longer pay it.</source>
        <translation>¿Caducar %1 ahora? El cliente ya no podrá pagarla.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="150" />
        <location filename="../ui/SessionDetailWidget.cpp" line="319" />
        <location filename="../ui/SessionDetailWidget.cpp" line="341" />
        <location filename="../ui/SessionDetailWidget.cpp" line="344" />
        <source>Pay with test wallet</source>
        <translation>Pagar con la cartera de prueba</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="151" />
        <source>Send a real transaction on the test chain from its prefunded test account: the session then changes status and fires webhooks exactly as in live mode.</source>
        <translation>Envía una transacción real en la cadena de prueba desde su cuenta de prueba con fondos: la sesión cambia de estado y dispara webhooks exactamente como en modo real.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="154" />
        <source>Pay in full</source>
        <translation>Pagar el total</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="155" />
        <source>Pay half (underpaid)</source>
        <translation>Pagar la mitad (pago insuficiente)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="156" />
        <source>Pay 10 % more (overpaid)</source>
        <translation>Pagar un 10 % más (pago excesivo)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="158" />
        <source>Expire, then pay in full (late)</source>
        <translation>Caducar y luego pagar el total (tarde)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="169" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="173" />
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="174" />
        <source>Event id</source>
        <translation>Id. del evento</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="175" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="180" />
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="182" />
        <location filename="../ui/SessionDetailWidget.cpp" line="535" />
        <location filename="../ui/SessionDetailWidget.cpp" line="537" />
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="183" />
        <source>Send the selected event again to every endpoint that subscribes to it.</source>
        <translation>Enviar de nuevo el evento seleccionado a cada endpoint suscrito.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="189" />
        <source>Webhook attempts</source>
        <translation>Intentos de webhook</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="198" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="206" />
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="208" />
        <source>Record a refund of this session's confirmed payment.</source>
        <translation>Registrar un reembolso del pago confirmado de esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="209" />
        <location filename="../ui/SessionDetailWidget.cpp" line="641" />
        <source>Pay from deposit address…</source>
        <translation>Pagar desde la dirección de depósito…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="210" />
        <source>Sign the refund with your recovery phrase and send it from this session's own deposit address.</source>
        <translation>Firmar el reembolso con tu frase de recuperación y enviarlo desde la propia dirección de depósito de esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="212" />
        <source>Paid by transaction…</source>
        <translation>Pagado con la transacción…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="213" />
        <source>Name the transaction that paid the refund; it is checked on the chain.</source>
        <translation>Indica la transacción que pagó el reembolso; se comprueba en la cadena.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="214" />
        <location filename="../ui/SessionDetailWidget.cpp" line="682" />
        <location filename="../ui/SessionDetailWidget.cpp" line="689" />
        <source>Cancel refund</source>
        <translation>Cancelar reembolso</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="223" />
        <source>QR code of the selected refund</source>
        <translation>Código QR del reembolso seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="236" />
        <location filename="../ui/SessionDetailWidget.cpp" line="577" />
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="336" />
        <source>Paying…</source>
        <translation>Pagando…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="348" />
        <source>Sent %1 %2 in %3</source>
        <translation>Enviado %1 %2 en %3</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="367" />
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <source>Chain %1 (%2)</source>
        <translation>Cadena %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="371" />
        <location filename="../ui/SessionDetailWidget.cpp" line="459" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="372" />
        <source>Rate 1 %1 = %2 %3 (%4)</source>
        <translation>Tipo 1 %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="376" />
        <source>%1/USD %2 (%3)</source>
        <translation>%1/USD %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="389" />
        <source>Checkout page</source>
        <translation>Página de pago</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="391" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="397" />
        <source>Nothing more to pay</source>
        <translation>Nada más que pagar</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="418" />
        <source>Expires in %1</source>
        <translation>Caduca en %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="419" />
        <source>Expiring…</source>
        <translation>Caducando…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="420" />
        <source>Expires at %1</source>
        <translation>Caduca a las %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="425" />
        <source>Paid at %1</source>
        <translation>Pagado a las %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="430" />
        <source>Waiting for confirmations</source>
        <translation>Esperando confirmaciones</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="434" />
        <source>Ended %1</source>
        <translation>Terminada %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="449" />
        <source>(found by balance)</source>
        <translation>(hallado por el saldo)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="455" />
        <source>Not %1: not counted towards this session.</source>
        <translation>No es %1: no cuenta para esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="458" />
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="473" />
        <source>Payments (%1)</source>
        <translation>Pagos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="489" />
        <source>Timeline (%1)</source>
        <translation>Cronología (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="513" />
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="516" />
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="521" />
        <source>Webhook attempts (%1)</source>
        <translation>Intentos de webhook (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SessionDetailWidget.cpp" line="534" />
        <source>Queued for %n endpoint(s)</source>
        <translation>
            <numerusform>En cola para %n endpoint</numerusform>
            <numerusform>En cola para %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="554" />
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="555" />
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="556" />
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="558" />
        <source>confirming (%1 of %2)</source>
        <translation>confirmando (%1 de %2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="578" />
        <source>Refunds (%1)</source>
        <translation>Reembolsos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="603" />
        <source>No refund selected.</source>
        <translation>Ningún reembolso seleccionado.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="604" />
        <source>Scan with your wallet to pay this refund.</source>
        <translation>Escanéalo con tu monedero para pagar este reembolso.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="605" />
        <source>Paid; waiting for confirmations.</source>
        <translation>Pagado; esperando confirmaciones.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="607" />
        <source>Refunded %1.</source>
        <translation>Reembolsado el %1.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="608" />
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="637" />
        <source>Reading balances…</source>
        <translation>Leyendo saldos…</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="644" />
        <source>Pay refund</source>
        <translation>Pagar reembolso</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="662" />
        <location filename="../ui/SessionDetailWidget.cpp" line="672" />
        <source>Paid by transaction</source>
        <translation>Pagado con la transacción</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="663" />
        <source>The hash of the transaction that sent %1 to %2:</source>
        <translation>El hash de la transacción que envió %1 a %2:</translation>
    </message>
    <message>
        <location filename="../ui/SessionDetailWidget.cpp" line="683" />
        <source>Cancel refund %1? Nothing has been sent for it.</source>
        <translation>¿Cancelar el reembolso %1? No se ha enviado nada para él.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="9" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="11" />
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="13" />
        <source>Underpaid</source>
        <translation>Pago insuficiente</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="15" />
        <source>Overpaid</source>
        <translation>Pago excesivo</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="17" />
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="19" />
        <source>Paid late</source>
        <translation>Pagado tarde</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="21" />
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="23" />
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="66" />
        <source>⚠ Needs attention</source>
        <translation>⚠ Requiere atención</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="71" />
        <source>Needs attention: money arrived that this session does not count (after the grace window, at a settled session, or in another asset). Check its payments and refund or reconcile by hand.</source>
        <translation>Requiere atención: llegó dinero que esta sesión no cuenta (después del periodo de gracia, en una sesión cerrada o en otro activo). Revise sus pagos y reembolse o concilie a mano.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="56" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="92" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="112" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="114" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="116" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="118" />
        <source>Fiat</source>
        <translation>Fiat</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="120" />
        <source>Crypto</source>
        <translation>Cripto</translation>
    </message>
    <message>
        <location filename="../ui/SessionTableModel.cpp" line="122" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="44" />
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="45" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="50" />
        <source>Date filter</source>
        <translation>Filtro de fecha</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="51" />
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="52" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="53" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="54" />
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="56" />
        <source>Search id, address, email, metadata…</source>
        <translation>Buscar id, dirección, correo, metadatos…</translation>
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
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="170" />
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="182" />
        <source>No sessions yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="188" />
        <source>A session is one customer paying one amount. Create one at the counter, or let your shop's backend create them through the API.</source>
        <translation>Una sesión es un cliente que paga un importe. Cree una en el mostrador o deje que el backend de su tienda las cree mediante la API.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="192" />
        <source>New session (Ctrl+N)</source>
        <translation>Nueva sesión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPage.cpp" line="195" />
        <source>From your shop's backend, with a key from the API keys page:</source>
        <translation>Desde el backend de su tienda, con una clave de la página Claves de API:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="107" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="108" />
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="109" />
        <source>Address and port of the API and checkout pages.</source>
        <translation>Dirección y puerto de la API y de las páginas de pago.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="111" />
        <source>Allow a non-loopback listen address (put a TLS proxy in front)</source>
        <translation>Permitir una dirección de escucha que no sea loopback (ponga un proxy TLS delante)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="113" />
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="114" />
        <source>The address customers reach; empty: derived.</source>
        <translation>La dirección a la que acceden los clientes; vacía: se deduce.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="115" />
        <source>Trusted proxies</source>
        <translation>Proxies de confianza</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="116" />
        <source>Addresses or subnets of your reverse proxies, comma-separated (e.g. 127.0.0.1)</source>
        <translation>Direcciones o subredes de sus proxies inversos, separadas por comas (p. ej. 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>Connections at most</source>
        <translation>Conexiones como máximo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="117" />
        <source>In total</source>
        <translation>En total</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="118" />
        <source>Connections per client</source>
        <translation>Conexiones por cliente</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119" />
        <source>From one address</source>
        <translation>Desde una dirección</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="121" />
        <source>Checkout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>Time to pay (minutes)</source>
        <translation>Plazo de pago (minutos)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="122" />
        <source>1 to 10080</source>
        <translation>1 a 10080</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="123" />
        <source>Grace after expiry (minutes)</source>
        <translation>Periodo de gracia tras la caducidad (minutos)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="124" />
        <source>A payment confirming within this window makes the session paid_late.</source>
        <translation>Un pago que se confirme dentro de este periodo deja la sesión en paid_late.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="125" />
        <source>Underpayment tolerance (%)</source>
        <translation>Tolerancia de pago insuficiente (%)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="126" />
        <source>A payment this much short still completes a session, e.g. 0.5</source>
        <translation>Un pago al que le falte hasta este porcentaje completa igualmente la sesión, p. ej. 0.5</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="129" />
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="130" />
        <source>Shown at the top of the checkout page and the receipt</source>
        <translation>Se muestra arriba en la página de pago y en el recibo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="131" />
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="132" />
        <source>A PNG or SVG file of at most 256 KiB, relative to the data directory or absolute</source>
        <translation>Un archivo PNG o SVG de 256 KiB como máximo, relativo al directorio de datos o absoluto</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="133" />
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="134" />
        <source>#rrggbb for the pay button; a colour too light for white text (WCAG AA, 4.5:1) is not used</source>
        <translation>#rrggbb para el botón de pago; un color demasiado claro para texto blanco (WCAG AA, 4,5:1) no se usa</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Support email</source>
        <translation>Correo de soporte</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="135" />
        <source>Shown on the receipt</source>
        <translation>Se muestra en el recibo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="136" />
        <source>The shop's name links there</source>
        <translation>El nombre de la tienda enlaza allí</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Live mode</source>
        <translation>Modo real</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="140" />
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="142" />
        <source>Account xpub</source>
        <translation>xpub de la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="143" />
        <source>The account-level extended public key (m/44'/60'/0') of your wallet.</source>
        <translation>La clave pública extendida de nivel de cuenta (m/44'/60'/0') de su billetera.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="145" />
        <source>Show first addresses</source>
        <translation>Mostrar las primeras direcciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>Chain id</source>
        <translation>Id. de la cadena</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="153" />
        <source>The chain sessions of this mode go on.</source>
        <translation>La cadena en la que se realizan las sesiones de este modo.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="156" />
        <source>Chains</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="161" />
        <source>Edits to one chain are kept while you look at another, until you save or revert.</source>
        <translation>Los cambios en una cadena se conservan mientras mira otra, hasta que guarde o revierta.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="162" />
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="163" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>RPC URL</source>
        <translation>URL de RPC</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="164" />
        <source>http(s) or ws(s) JSON-RPC endpoint</source>
        <translation>Endpoint JSON-RPC http(s) o ws(s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="165" />
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="166" />
        <source>Poll interval (ms)</source>
        <translation>Intervalo de sondeo (ms)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>Native symbol</source>
        <translation>Símbolo nativo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="167" />
        <source>e.g. ETH, POL</source>
        <translation>p. ej. ETH, POL</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>Explorer URL</source>
        <translation>URL del explorador</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="168" />
        <source>e.g. https://etherscan.io</source>
        <translation>p. ej. https://etherscan.io</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="169" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="170" />
        <source>SYMBOL:0xContract:decimals[:PEG], comma-separated; empty: the shipped list</source>
        <translation>SÍMBOLO:0xContrato:decimales[:PEG], separados por comas; vacío: la lista incluida</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="172" />
        <source>Confirmation nodes</source>
        <translation>Nodos de confirmación</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="173" />
        <source>Other RPC URLs, comma-separated, that must return the same receipt before a session is paid</source>
        <translation>Otras URL RPC, separadas por comas, que deben devolver el mismo recibo antes de que una sesión quede pagada</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="174" />
        <source>Test RPC</source>
        <translation>Probar RPC</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="181" />
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="182" />
        <source>Ordered, comma-separated</source>
        <translation>En orden, separadas por comas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="183" />
        <source>Fixed rates</source>
        <translation>Tipos fijos</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Currencies kept fresh</source>
        <translation>Monedas mantenidas al día</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="186" />
        <source>Comma-separated; USD always</source>
        <translation>Separadas por comas; USD siempre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="187" />
        <source>Coinbase URL</source>
        <translation>URL de Coinbase</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="188" />
        <source>Kraken URL</source>
        <translation>URL de Kraken</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="189" />
        <source>CoinGecko URL</source>
        <translation>URL de CoinGecko</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>CoinGecko API key</source>
        <translation>Clave API de CoinGecko</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="190" />
        <source>Optional (demo or pro key)</source>
        <translation>Opcional (clave demo o pro)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <source>Per request to a provider</source>
        <translation>Por solicitud a un proveedor</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="194" />
        <source>Refresh every (s)</source>
        <translation>Actualizar cada (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>Maximum age (s)</source>
        <translation>Antigüedad máxima (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="195" />
        <source>An older rate is not used</source>
        <translation>No se usa una cotización más antigua</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="196" />
        <source>Outlier limit (%)</source>
        <translation>Límite de valor atípico (%)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="197" />
        <source>A source further than this from the median is skipped</source>
        <translation>Se omite una fuente más alejada de la mediana</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="198" />
        <source>Chainlink feeds</source>
        <translation>Feeds de Chainlink</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="200" />
        <source>Chainlink maximum age (s)</source>
        <translation>Antigüedad máxima de Chainlink (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="202" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="203" />
        <source>First retry after (s)</source>
        <translation>Primer reintento tras (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="418" />
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="193" />
        <location filename="../ui/SettingsPage.cpp" line="204" />
        <source>Timeout (s)</source>
        <translation>Tiempo de espera (s)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="184" />
        <source>&lt;coin&gt;-&lt;currency&gt;:&lt;rate&gt;, comma-separated (ETH-USD:3000, POL-EUR:0.23); written here, they also price live sessions</source>
        <translation>&lt;moneda&gt;-&lt;divisa&gt;:&lt;tipo&gt;, separados por comas (ETH-USD:3000, POL-EUR:0.23); escritos aquí, también valoran las sesiones reales</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="191" />
        <source>CoinGecko ids</source>
        <translation>IDs de CoinGecko</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="192" />
        <source>&lt;symbol&gt;:&lt;CoinGecko id&gt;, comma-separated, for coins CoinGecko does not know by symbol</source>
        <translation>&lt;símbolo&gt;:&lt;id de CoinGecko&gt;, separados por comas, para monedas que CoinGecko no reconoce por su símbolo</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="199" />
        <source>chainId:&lt;coin&gt;-&lt;currency&gt;:&lt;aggregator&gt;, comma-separated</source>
        <translation>chainId:&lt;moneda&gt;-&lt;divisa&gt;:&lt;agregador&gt;, separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="209" />
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="211" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="371" />
        <location filename="../ui/SettingsPage.cpp" line="379" />
        <source>⚠ Not saved: %1</source>
        <translation>⚠ No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="383" />
        <source>Saved to %1. Restart Crypto Checkout to apply.</source>
        <translation>Guardado en %1. Reinicie Crypto Checkout para aplicar los cambios.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="394" />
        <source>No xpub.</source>
        <translation>Sin xpub.</translation>
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
        <translation>Compárelas con las primeras direcciones de recepción de su billetera.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="410" />
        <source>⚠ Not a URL.</source>
        <translation>⚠ No es una URL.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="414" />
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="421" />
        <source>✓ eth_chainId = %1: the node is on this chain.</source>
        <translation>✓ eth_chainId = %1: el nodo está en esta cadena.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="424" />
        <source>⚠ eth_chainId = %1, but this is chain %2.</source>
        <translation>⚠ eth_chainId = %1, pero esta es la cadena %2.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="60" />
        <source>Set up Crypto Checkout</source>
        <translation>Configurar Crypto Checkout</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="67" />
        <source>Welcome to Crypto Checkout</source>
        <translation>Bienvenido a Crypto Checkout</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="69" />
        <source>Try it in test mode now</source>
        <translation>Probarlo ahora en modo de prueba</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="71" />
        <source>Set up live payments to my wallet</source>
        <translation>Configurar pagos reales a mi cartera</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="74" />
        <source>A test chain runs on this computer: create sessions and pay them with the test wallet. Nothing to configure, no real money.</source>
        <translation>En este equipo funciona una cadena de prueba: cree sesiones y páguelas con la cartera de prueba. Nada que configurar, sin dinero real.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="79" />
        <source>Customers pay into addresses of your own wallet. You need its account extended public key (xpub); no private key ever enters this program.</source>
        <translation>Los clientes pagan a direcciones de su propia cartera. Necesita la clave pública extendida de la cuenta (xpub); ninguna clave privada entra nunca en este programa.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="98" />
        <source>Your wallet</source>
        <translation>Su cartera</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="100" />
        <source>Paste the account extended public key (xpub, path m/44'/60'/0') your wallet exports.</source>
        <translation>Pegue la clave pública extendida de la cuenta (xpub, ruta m/44'/60'/0') que exporta su cartera.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="109" />
        <source>These are the first three receiving addresses of this account in my wallet</source>
        <translation>Son las tres primeras direcciones de recepción de esta cuenta en mi cartera</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="129" />
        <source>The chain</source>
        <translation>La cadena</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="130" />
        <source>Where your customers pay, and the node (JSON-RPC, https) that tells us about it. Your own node or a provider's URL is more reliable than the public default.</source>
        <translation>Dónde pagan sus clientes y el nodo (JSON-RPC, https) que nos lo informa. Su propio nodo o la URL de un proveedor es más fiable que el público por defecto.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="139" />
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="140" />
        <source>Node URL</source>
        <translation>URL del nodo</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="151" />
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="152" />
        <source>Where the fiat price of a session comes from. Rates from several sources are compared; one that strays is dropped.</source>
        <translation>De dónde viene el precio fiat de una sesión. Se comparan los tipos de varias fuentes; la que se desvía se descarta.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="174" />
        <source>Webhooks (optional)</source>
        <translation>Webhooks (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="176" />
        <source>The URL of your shop's handler, to be told when a session is paid. Leave it empty to add one later on the Webhooks page.</source>
        <translation>La URL del handler de su tienda, que recibe aviso cuando se paga una sesión. Déjela vacía para añadir uno más tarde en la página Webhooks.</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="215" />
        <source>Your first API key, for your shop's backend. It is shown only now: copy it and keep it secret.</source>
        <translation>Su primera clave de API, para el backend de su tienda. Solo se muestra ahora: cópiela y manténgala en secreto.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="241" />
        <source>⚠ This is the public test key: everyone knows its private keys. Use your own wallet's.</source>
        <translation>⚠ Esta es la clave de prueba pública: todos conocen sus claves privadas. Use la de su propia cartera.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="300" />
        <source>Live payments are set up in %1. Restart Crypto Checkout to start taking them.</source>
        <translation>Los pagos reales están configurados en %1. Reinicie Crypto Checkout para empezar a aceptarlos.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="302" />
        <source>Test mode is ready: press Ctrl+N for a session, then Pay with test wallet.</source>
        <translation>El modo de prueba está listo: pulse Ctrl+N para una sesión y luego Pagar con la cartera de prueba.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="308" />
        <source>Webhook endpoint %1 added; its signing secret: %2 (shown only now).</source>
        <translation>Endpoint de webhook %1 añadido; su secreto de firma: %2 (solo se muestra ahora).</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="312" />
        <source>A test event (%1) is on its way to it: its delivery shows on the Webhooks page.</source>
        <translation>Un evento de prueba (%1) va de camino: su entrega aparece en la página Webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="315" />
        <source>⚠ The webhook endpoint was not added: %1</source>
        <translation>⚠ No se añadió el endpoint de webhook: %1</translation>
    </message>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="319" />
        <source>First key</source>
        <translation>Primera clave</translation>
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
        <translation>Tipos de evento, separados por comas: %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="49" />
        <source>Add endpoint</source>
        <translation>Añadir endpoint</translation>
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
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="69" />
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="72" />
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="74" />
        <source>Roll secret…</source>
        <translation>Renovar secreto…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="75" />
        <source>A new signing secret; the old one keeps signing for 24 hours.</source>
        <translation>Un secreto de firma nuevo; el anterior sigue firmando durante 24 horas.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="85" />
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="92" />
        <source>&lt;b&gt;Delivery log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de entregas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="94" />
        <source>Endpoint filter</source>
        <translation>Filtro de endpoint</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="96" />
        <source>Result filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="97" />
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="98" />
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="99" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="100" />
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="101" />
        <location filename="../ui/WebhooksPage.cpp" line="400" />
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="110" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="122" />
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="124" />
        <source>Attempts and answers</source>
        <translation>Intentos y respuestas</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="137" />
        <source>No webhook endpoints yet</source>
        <translation>Aún no hay endpoints de webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="143" />
        <source>Webhooks tell your shop's backend what happened, as it happens: a session was paid (session.paid), paid late, expired, or needs a look. Each event is a signed POST to your URL, retried for three days until your handler answers 2xx, and logged here.

Type your handler's URL above and click Add endpoint; you get its signing secret once. In test mode, pay a session with the test wallet and watch the delivery arrive.</source>
        <translation>Los webhooks avisan al backend de su tienda de lo que pasa, en el momento: una sesión se pagó (session.paid), se pagó tarde, caducó o necesita revisión. Cada evento es un POST firmado a su URL, reintentado durante tres días hasta que su handler responda 2xx, y registrado aquí.

Escriba arriba la URL de su handler y pulse Añadir endpoint; verá su secreto de firma una sola vez. En modo de prueba, pague una sesión con la cartera de prueba y vea llegar la entrega.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="150" />
        <source>Add endpoint…</source>
        <translation>Añadir endpoint…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="196" />
        <source>All endpoints</source>
        <translation>Todos los endpoints</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="208" />
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="210" />
        <source>failing since %1</source>
        <translation>con fallos desde %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="211" />
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="240" />
        <source>Webhook signing secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="241" />
        <source>Deliveries to %1 are signed with this secret. Put it in your shop's webhook handler to verify the Crypto-Checkout-Signature header.</source>
        <translation>Las entregas a %1 se firman con este secreto. Configúrelo en el controlador de webhooks de su tienda para verificar la cabecera Crypto-Checkout-Signature.</translation>
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
        <translation>Renovar secreto</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="272" />
        <source>Make a new signing secret? The old one keeps signing for 24 hours, so you can switch your shop over without losing events.</source>
        <translation>¿Crear un secreto de firma nuevo? El anterior sigue firmando durante 24 horas, así que puede cambiar su tienda sin perder eventos.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="280" />
        <source>New webhook signing secret</source>
        <translation>Nuevo secreto de firma del webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="281" />
        <source>The new secret for %1. Until tomorrow deliveries carry two signatures, one per secret.</source>
        <translation>El nuevo secreto para %1. Hasta mañana, las entregas llevan dos firmas, una por secreto.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="371" />
        <source>(the event is gone)</source>
        <translation>(el evento ya no existe)</translation>
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
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="383" />
        <source>No attempt yet.</source>
        <translation>Todavía no hay ningún intento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhooksPage.cpp" line="396" />
        <source>Queued again for %n endpoint(s).</source>
        <translation>
            <numerusform>De nuevo en cola para %n endpoint.</numerusform>
            <numerusform>De nuevo en cola para %n endpoints.</numerusform>
        </translation>
    </message>
</context>
</TS>