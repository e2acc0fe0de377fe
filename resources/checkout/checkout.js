// Hosted checkout: renders the public state, keeps it live (WebSocket, polling as fallback), counts down
// against the server's clock, and copies amount and address. No dependencies, no external requests.
'use strict';
(() => {
  const i18n = JSON.parse(document.getElementById('i18n').textContent);
  let state = JSON.parse(document.getElementById('initial-state').textContent);
  const $ = (id) => document.getElementById(id);
  const t = (key, ...args) => (i18n[key] ?? key).replace(/%(\d)/g, (_, n) => String(args[Number(n) - 1] ?? ''));
  const terminal = new Set(['paid', 'paid_late', 'failed']);
  let clockOffsetMs = 0; // server time minus this device's time
  let redirectTimer = null;
  let socket = null;
  let pollTimer = null;
  let reconnectDelayMs = 1000;
  // The stable receipt address (/checkout/{id}/receipt) shows the receipt and stays: no redirect.
  const receiptPage = /\/receipt\/?$/.test(location.pathname);

  function syncClock(serverTime) {
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) clockOffsetMs = server - Date.now();
  }

  function formatTime(iso) {
    return new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
  }

  function setLink(element, url, label) {
    element.hidden = !url;
    if (url) { element.href = url; element.textContent = label; }
  }

  function renderStatic() {
    const symbol = state.asset ? state.asset.symbol : state.chain.symbol;
    $('amount-label').textContent = t('Send exactly this amount');
    $('address-label').textContent = t('To this address');
    $('network-label').textContent = t('Network');
    $('countdown-label').textContent = t('Time left');
    $('copy-amount').textContent = t('Copy');
    $('copy-amount').setAttribute('aria-label', t('Copy amount'));
    $('copy-address').textContent = t('Copy');
    $('copy-address').setAttribute('aria-label', t('Copy address'));
    $('wallet-link').textContent = t('Open in wallet');
    $('qr-caption').textContent = t('Scan with your wallet app');
    $('qr').alt = t('QR code of the payment request');
    $('address').textContent = state.address;
    $('network').textContent = state.chain.name;
    $('network-warning').textContent = t('Only send %1 on %2. Other coins or networks cannot be recovered.', symbol, state.chain.name);
    $('fiat').textContent = `${state.fiat.amount} ${state.fiat.currency} · ` +
      t('Rate locked: 1 %1 = %2 %3', symbol, state.rate.value, state.rate.quote);
    const testMode = $('test-mode');
    testMode.hidden = state.livemode;
    testMode.textContent = t('Test mode: do not send real funds.');
    setLink($('cancel-link'), state.cancelUrl, t('Cancel and return to the shop'));
    setLink($('return-link'), state.returnUrl, t('Back to the shop'));

    // Whom the customer pays, and for what ([shop] and the session's description).
    const shop = state.shop;
    $('shop').hidden = !shop || !shop.name && !shop.logoUrl;
    if (shop) {
      const name = $('shop-name');
      name.textContent = shop.name ?? '';
      if (shop.website) name.href = shop.website; else name.removeAttribute('href');
      const logo = $('shop-logo');
      logo.hidden = !shop.logoUrl;
      if (shop.logoUrl) { logo.src = shop.logoUrl; logo.alt = shop.name ? t('Logo of %1', shop.name) : ''; }
    }
    $('description').hidden = !state.description;
    $('description').textContent = state.description ?? '';

    $('receipt-title').textContent = t('Receipt');
    $('receipt-shop-label').textContent = t('Paid to');
    $('receipt-description-label').textContent = t('For');
    $('receipt-amount-label').textContent = t('Amount paid');
    $('receipt-rate-label').textContent = t('Rate');
    $('receipt-time-label').textContent = t('Paid at');
    $('receipt-tx-label').textContent = t('Transaction');
    $('receipt-id-label').textContent = t('Checkout');
    $('print').textContent = t('Print receipt');
    $('stay').textContent = t('Stay on this page');
  }

  function renderReceipt() {
    const symbol = state.asset ? state.asset.symbol : state.chain.symbol;
    const shop = state.shop ?? {};
    $('receipt-shop-row').hidden = !shop.name;
    $('receipt-shop').textContent = shop.name ?? '';
    $('receipt-description-row').hidden = !state.description;
    $('receipt-description').textContent = state.description ?? '';
    $('receipt-amount').textContent = `${state.amountReceived.eth} ${symbol}`;
    $('receipt-fiat').textContent = `${state.fiat.amount} ${state.fiat.currency}`;
    $('receipt-rate').textContent = `1 ${symbol} = ${state.rate.value} ${state.rate.quote}`;
    $('receipt-time').textContent = state.paidAt ? formatTime(state.paidAt) : '';
    $('receipt-time').dateTime = state.paidAt ?? '';
    const link = $('receipt-tx-link');
    link.hidden = !state.explorerTxUrl;
    $('receipt-tx').hidden = !!state.explorerTxUrl;
    if (state.explorerTxUrl) { link.href = state.explorerTxUrl; link.textContent = state.txHash; link.rel = 'noopener'; }
    $('receipt-tx').textContent = state.txHash ?? '';
    $('receipt-id').textContent = state.id;
    const support = $('receipt-support');
    support.hidden = !shop.supportEmail;
    support.textContent = shop.supportEmail ? t('Questions? %1', shop.supportEmail) : '';
  }

  function render(next) {
    const previous = state;
    state = next;
    syncClock(state.serverTime);
    const symbol = state.asset ? state.asset.symbol : state.chain.symbol;
    const due = state.status === 'underpaid' ? state.amountRemaining : state.amount;
    $('amount').textContent = `${due.eth} ${symbol}`;
    $('amount').dataset.value = due.eth;
    $('wallet-link').href = state.paymentUri;
    if (!previous || previous.qrUrl !== state.qrUrl || !$('qr').getAttribute('src')) $('qr').src = state.qrUrl;

    const status = $('status');
    status.dataset.status = state.status;
    const confirmations = state.confirmations;
    let text = '';
    let detail = '';
    switch (state.status) {
      case 'pending': text = t('Waiting for your payment…'); break;
      case 'detected':
        text = t('Payment detected. Waiting for confirmations: %1 of %2.', Math.min(confirmations.current, confirmations.required), confirmations.required);
        break;
      case 'underpaid':
        text = t('We received %1 %2. Please send the remaining %3 %2.', state.amountReceived.eth, symbol, state.amountRemaining.eth);
        break;
      case 'overpaid':
        text = t('You sent %1 %2, more than requested. Waiting for confirmations: %3 of %4. The shop can refund the difference.',
                 state.amountReceived.eth, symbol, Math.min(confirmations.current, confirmations.required), confirmations.required);
        break;
      case 'paid': text = t('Payment received. Thank you!'); break;
      case 'paid_late': text = t('Payment received after the checkout expired, within the grace period. Thank you!'); break;
      case 'expired':
        text = t('This checkout has expired.');
        detail = t('If you already sent the payment, it still counts if it confirms before %1. Do not send a new payment to this address.', formatTime(state.graceEndsAt));
        break;
      case 'failed': text = t('This checkout could not be completed. Please contact the shop.'); break;
      default: text = state.status;
    }
    $('status-text').textContent = text;
    $('status-detail').textContent = detail;
    const done = terminal.has(state.status) || state.status === 'expired';
    $('pay').toggleAttribute('data-done', done);
    $('cancel-link').hidden = done || !state.cancelUrl;

    const settled = state.status === 'paid' || state.status === 'paid_late';
    // Paid: the page is the receipt, which has every fact of the payment.
    $('receipt').hidden = !settled;
    $('pay').hidden = settled;
    $('receipt-title').hidden = true; // the page's heading says it
    if (settled) {
      renderReceipt();
      $('title').textContent = t('Receipt');
    }
    $('success-actions').hidden = !(settled && state.successUrl);
    if (settled && state.successUrl && !redirectTimer && !redirectCanceled) {
      if (receiptPage) setLink($('success-link'), state.successUrl, t('Return to shop'));
      else scheduleRedirect();
    }
    $('stay').hidden = receiptPage || redirectCanceled;
    tick();
    if (terminal.has(state.status)) stopLive();
  }

  let redirectCanceled = false;
  function scheduleRedirect() {
    let remaining = 5;
    setLink($('success-link'), state.successUrl, t('Return to shop'));
    const update = () => { $('redirect-note').textContent = t('Returning to the shop in %1 s…', remaining); };
    update();
    redirectTimer = setInterval(() => {
      remaining -= 1;
      if (remaining <= 0) { clearInterval(redirectTimer); window.location.assign(state.successUrl); return; }
      update();
    }, 1000);
  }

  function tick() {
    const left = Math.max(0, Date.parse(state.expiresAt) - (Date.now() + clockOffsetMs));
    const waiting = state.status === 'pending' || state.status === 'underpaid';
    const seconds = Math.floor(left / 1000);
    const text = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
    const countdown = $('countdown');
    countdown.textContent = waiting ? text : '—';
    countdown.dateTime = state.expiresAt;
    // When our countdown reaches zero, ask the server rather than guessing.
    if (waiting && left === 0) refresh();
  }

  let stateTag = null; // the ETag of the state last shown: unchanged, the server answers 304 and no body

  async function refresh() {
    try {
      const headers = stateTag ? { 'If-None-Match': stateTag } : {};
      const response = await fetch(`/checkout/${encodeURIComponent(state.id)}/state.json`,
                                   { cache: 'no-store', headers });
      if (response.status === 304) return;
      if (response.ok) {
        stateTag = response.headers.get('ETag');
        render(await response.json());
      }
    } catch { /* the next poll or reconnect tries again */ }
  }

  function startPolling() {
    if (!pollTimer && !terminal.has(state.status)) pollTimer = setInterval(refresh, 3000);
  }

  function stopLive() {
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    if (socket) { socket.onclose = null; socket.close(); socket = null; }
    $('connection').hidden = true;
  }

  function connect() {
    if (terminal.has(state.status) || !('WebSocket' in window)) { startPolling(); return; }
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${location.host}/checkout/${encodeURIComponent(state.id)}/live`);
    socket.onopen = () => {
      reconnectDelayMs = 1000;
      $('connection').hidden = true;
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    };
    socket.onmessage = (message) => { try { render(JSON.parse(message.data)); } catch { /* ignore garbage */ } };
    socket.onclose = () => {
      socket = null;
      if (terminal.has(state.status)) return;
      $('connection').textContent = t('Connection lost. Retrying…');
      $('connection').hidden = false;
      startPolling(); // keep the page current while the socket is down
      setTimeout(connect, reconnectDelayMs);
      reconnectDelayMs = Math.min(reconnectDelayMs * 2, 30000);
    };
  }

  async function copy(button) {
    const target = $(button.dataset.copyTarget === 'amount-value' ? 'amount' : button.dataset.copyTarget);
    const value = button.dataset.copyTarget === 'amount-value' ? target.dataset.value : target.textContent;
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand('copy');
    }
    button.textContent = t('Copied');
    button.dataset.copied = '';
    setTimeout(() => { button.textContent = t('Copy'); delete button.dataset.copied; }, 2000);
  }

  document.querySelectorAll('button.copy').forEach((button) => button.addEventListener('click', () => copy(button)));
  $('print').addEventListener('click', () => window.print());
  $('stay').addEventListener('click', () => {
    if (redirectTimer) clearInterval(redirectTimer);
    redirectCanceled = true;
    $('redirect-note').textContent = '';
    $('stay').hidden = true;
  });
  renderStatic();
  render(state);
  setInterval(tick, 1000);
  connect();
})();
