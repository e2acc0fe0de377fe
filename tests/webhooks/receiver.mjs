// A webhook receiver for the tests, deliberately not ours: it verifies Crypto-Checkout-Signature with
// Node's own crypto, and misbehaves on request by path:
//   /ok            200
//   /fail          500 with a body
//   /flaky?fail=N  500 for the first N deliveries of each event id, then 200
//   /hang          never answers
//   /close         closes the connection without an answer
//   /redirect      302 to /ok (a redirect is not a delivery)
//   /delay?ms=N    200 after N ms
//   /drip          200 headers, then one byte of body every 500 ms, never finishing
//   /big           200 with a 1 MiB body
//   /chunked       200 with a body in three chunks
//   /garbage       bytes that are not HTTP, then the connection closed
// Secrets to verify with: WEBHOOK_SECRETS (comma separated). Prints one JSON line per request, and
// {"listening": port} first.
import http from 'node:http';
import crypto from 'node:crypto';

const secrets = (process.env.WEBHOOK_SECRETS || '').split(',').filter(Boolean);
const toleranceSeconds = 300;
const attemptsByEvent = new Map();

function verify(header, body) {
  if (!header) return { verified: false, matchedSecret: -1, signatures: 0 };
  const parts = header.split(',').map((p) => p.trim());
  const t = parts.find((p) => p.startsWith('t='))?.slice(2);
  const v1 = parts.filter((p) => p.startsWith('v1=')).map((p) => p.slice(3));
  const fresh = t !== undefined && Math.abs(Date.now() / 1000 - Number(t)) <= toleranceSeconds;
  let matchedSecret = -1;
  secrets.forEach((secret, index) => {
    const expected = crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    for (const signature of v1) {
      if (signature.length === expected.length &&
          crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) && matchedSecret < 0) {
        matchedSecret = index;
      }
    }
  });
  return { verified: fresh && matchedSecret >= 0, matchedSecret, signatures: v1.length };
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url, 'http://127.0.0.1');
    let event = {};
    try { event = JSON.parse(body); } catch { /* reported as parsed: false */ }
    const check = verify(request.headers['crypto-checkout-signature'], body);
    const count = (attemptsByEvent.get(event.id) || 0) + 1;
    attemptsByEvent.set(event.id, count);
    process.stdout.write(JSON.stringify({
      path: url.pathname, eventId: event.id ?? null, headerEventId: request.headers['crypto-checkout-event-id'] ?? null,
      type: event.type ?? null, parsed: event.id !== undefined, attempt: count, ...check,
      status: event.data?.object?.status ?? null, remotePort: request.socket.remotePort,
    }) + '\n');
    switch (url.pathname) {
      case '/ok': response.writeHead(200, { 'content-type': 'text/plain' }).end('thanks'); break;
      case '/fail': response.writeHead(500, { 'content-type': 'text/plain' }).end('database is down'); break;
      case '/flaky': {
        const failures = Number(url.searchParams.get('fail') || '1');
        if (count <= failures) response.writeHead(500).end(`failure ${count} of ${failures}`);
        else response.writeHead(200).end('ok now');
        break;
      }
      case '/hang': break;
      case '/close': request.socket.destroy(); break;
      case '/redirect': response.writeHead(302, { location: '/ok' }).end(); break;
      case '/drip': {
        response.writeHead(200, { 'content-type': 'text/plain' });
        const drip = setInterval(() => response.write('.'), 500);
        response.on('close', () => clearInterval(drip));
        break;
      }
      case '/chunked': {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('one,');
        setTimeout(() => { response.write('two,'); response.end('three'); }, 20);
        break;
      }
      case '/garbage': request.socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n'); break;
      case '/big': response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(1024 * 1024)); break;
      case '/delay': setTimeout(() => response.writeHead(200).end('late ok'), Number(url.searchParams.get('ms') || '500')); break;
      default: response.writeHead(404).end('no such path');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ listening: server.address().port }) + '\n');
});
process.on('SIGTERM', () => process.exit(0));
