// Opens GraphiQL in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), runs
// { rulesVersion }, checks the answer and that no request left the server, saves a screenshot.
// The token goes into GraphiQL's Headers pane (URL parameter headers), as a user would put it there.
// Also fails on any Content-Security-Policy violation reported by the page.
// Usage: node graphiql-check.mjs http://127.0.0.1:8080/graphiql screenshot.png nis2_...
import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
         '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const failed = [];
page.on('requestfailed', r => failed.push(r.url()));
page.on('request', r => { if (!r.url().startsWith(new URL(url).origin)) failed.push('external: ' + r.url()); });
page.on('console', m => { if (/Content.Security.Policy|Refused to/i.test(m.text())) failed.push('csp: ' + m.text()); });
const headers = JSON.stringify({ Authorization: 'Bearer ' + process.argv[4] });
await page.goto(url + '?query=' + encodeURIComponent('{\n  rulesVersion\n}') + '&headers=' + encodeURIComponent(headers));
await page.waitForSelector('.graphiql-execute-button', { timeout: 20000 });
await page.click('.graphiql-execute-button');
await page.waitForFunction(() => document.querySelector('.result-window')?.innerText.includes('nis2-eu-baseline'), null, { timeout: 20000 });
console.log('result pane:', (await page.innerText('.result-window')).replace(/\s+/g, ' ').trim());
await page.click('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').catch(e => console.log('no docs button', e.message));
await page.waitForTimeout(1000);
await page.screenshot({ path: process.argv[3] || 'graphiql.png' });
console.log('failed or external requests:', JSON.stringify(failed));
await browser.close();
if (failed.length > 0) { console.error('GraphiQL check failed: requests failed or left the server'); process.exit(1); }
console.log('GraphiQL check ok');
