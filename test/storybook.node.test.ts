/**
 * The static Storybook builds, and its stories render the widgets from data alone (no server): built into a
 * temporary folder, served, and one story opened in Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'hpasc-storybook-'));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});

before(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
after(() => { server.close(); rmSync(out, { recursive: true, force: true }); });

it('builds, and a story renders the dossier form from data alone', async () => {
  const build = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', out, '--disable-telemetry', '--quiet'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(build.status, 0, build.stderr.slice(-2000));
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, unknown> };
  assert.ok(Object.keys(index.entries).length >= 15, 'every state is a story');
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=widgets-dossier-form-hpasc-dossier-form--applicant-with-errors&viewMode=story`);
    const summary = page.locator('hpasc-dossier-form .summary');
    await summary.waitFor({ timeout: 20_000 });
    assert.match(await summary.innerText(), /Số định danh cá nhân \(CCCD\)/);
  } finally {
    await browser.close();
  }
});
