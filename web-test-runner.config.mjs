// Browser tests run in real Chromium (Debian's /usr/bin/chromium, or CHROME_PATH), never a downloaded browser.
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactEsmPlugin } from './packages/react/test/react-esm.plugin.mjs';

/**
 * A real sandbox for browser tests that talk to the API: started once on its own port (another origin than
 * the test pages, so CORS is real), in memory, its lifecycle driven by the tests. Pages read its address from
 * `/__sandbox.json`.
 */
function sandboxPlugin(port = Number(process.env.SANDBOX_TEST_PORT ?? 8797)) {
  let child;
  return {
    name: 'hpasc-sandbox',
    async serverStart() {
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/sandbox/src/main.ts', '--memory', '--port', String(port), '--step-ms', '0',
        // Every test file talks from the same address; the lookup limit itself is tested against its own sandbox.
        '--lookups-per-minute', '1000'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the sandbox did not start in 20 s')), 20_000);
        child.stdout.on('data', (chunk) => {
          if (String(chunk).includes('sandbox ready')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
      });
      child.stdout.resume();
    },
    serverStop() {
      child?.kill();
    },
    serve(context) {
      if (context.path === '/__sandbox.json') return { body: JSON.stringify({ base: `http://127.0.0.1:${port}` }), type: 'application/json' };
    },
  };
}

/**
 * Lets a test refuse a file, dropping the connection as a phone losing its signal would, to test the parts of
 * widgets that load on the way: `/__refuse?path=/packages/…/x.ts&refused=1` (or `0` to serve it again).
 */
function refuseMiddleware() {
  const refused = new Set();
  return async (ctx, next) => {
    if (ctx.path === '/__refuse') {
      const path = String(ctx.query.path);
      if (ctx.query.refused === '1') refused.add(path);
      else refused.delete(path);
      ctx.body = { refused: [...refused] };
      return;
    }
    if (refused.has(ctx.path)) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    await next();
  };
}

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import'] },
  middleware: [refuseMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), sandboxPlugin(), reactEsmPlugin()],
  // One file at a time: files share the sandbox, and its injected faults and clock are global to it.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Without the HTTP cache: the runner lets pages keep files for a year, so a file one test file loaded
      // would never be asked for again by the next, and a test could not refuse it (nor one file's state leak).
      async createPage({ context }) {
        const page = await context.newPage();
        await page.setCacheEnabled(false);
        return page;
      },
    }),
  ],
};
