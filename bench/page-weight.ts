// First-load JavaScript of the main public pages, as a browser downloads it (compressed bytes on
// the wire and uncompressed size). Needs a running production server:
//   npm run build && npm start   (then)   node --import tsx bench/page-weight.ts [BASE_URL]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const pages = ['/', '/search', '/search?category=cars', '/v/watertrek/sunset-kayak-tour', '/v/lumiere-salon/haircut-and-style'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
console.log('page'.padEnd(40), 'js files', 'wire kB', 'raw kB');
for (const path of pages) {
  const page = await browser.newPage();
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const scripts = new Map<string, { wire: number; raw: number }>();
  client.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, { wire: 0, raw: 0 });
  });
  client.on('Network.dataReceived', (event) => {
    const entry = scripts.get(event.requestId);
    if (entry) entry.raw += event.dataLength;
  });
  client.on('Network.loadingFinished', (event) => {
    const entry = scripts.get(event.requestId);
    if (entry) entry.wire = event.encodedDataLength;
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const total = [...scripts.values()].reduce((sum, s) => ({ wire: sum.wire + s.wire, raw: sum.raw + s.raw }), { wire: 0, raw: 0 });
  console.log(path.padEnd(40), String(scripts.size).padStart(8), (total.wire / 1024).toFixed(1).padStart(7), (total.raw / 1024).toFixed(1).padStart(6));
  await page.close();
}
await browser.close();
