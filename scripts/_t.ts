import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { bundleForm } from '../packages/elements/bench/dossier-form.bench.ts';
const sandbox = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/bench-sandbox.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((r) => sandbox.stdout.once('data', (d) => r(String(d).trim())));
const bundle = await bundleForm();
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><script type="module">
import './hpasc-elements.js';
const form = document.createElement('hpasc-dossier-form');
form.addEventListener('hpasc-ready', () => { form.updateComplete.then(() => requestAnimationFrame(() => { window.__ready = performance.now(); })); });
form.setAttribute('procedure', '1.001193'); form.setAttribute('api-key', 'pk_test_hpasc_sandbox_local'); form.setAttribute('base-url', '${base}/v1');
document.body.append(form);
</script></body></html>`;
const server = createServer((req, res) => { if (req.url === '/p.html') res.writeHead(200, { 'content-type': 'text/html' }).end(page); else res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.files[req.url!.slice(1)]); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 3; i++) {
  const p = await browser.newPage();
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await p.goto(`${origin}/p.html`);
  await p.waitForFunction(() => (window as any).__ready);
  const ready = await p.evaluate(() => (window as any).__ready);
  await cdp.send('Tracing.end'); await done;
  if (i === 0) { await p.context().close(); continue; }
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
  const main = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const mainTid = (() => { const c = new Map<number, number>(); for (const e of main) c.set(e.tid, (c.get(e.tid) ?? 0) + e.dur); return [...c].sort((a, b) => b[1] - a[1])[0]![0]; })();
  const t0 = Math.min(...events.filter((e) => e.tid === mainTid && e.ts > 0).map((e) => e.ts));
  const tasks = main.filter((e) => e.tid === mainTid);
  const byName = new Map<string, number>();
  for (const e of events.filter((e) => e.tid === mainTid && e.ph === 'X' && e.dur > 0 && ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'ResourceReceivedData', 'ResourceReceiveResponse', 'EventDispatch', 'TimerFire', 'v8.run', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ThreadControllerImpl::RunTask', 'Commit', 'PrePaint', 'HitTest', 'ParseAuthorStyleSheet', 'RunMicrotasks', 'v8.parseOnBackground'].includes(e.name))) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  console.log('ready', Math.round(ready), 'main busy', Math.round(tasks.reduce((a, e) => a + e.dur, 0) / 1000));
  console.log([...byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '));
  const long = tasks.filter((e) => e.dur > 8000).map((e) => `${Math.round((e.ts - t0) / 1000)}+${Math.round(e.dur / 1000)}`);
  console.log('long tasks', long.join(' '));
  await p.context().close();
}
await browser.close(); server.close(); sandbox.kill();
