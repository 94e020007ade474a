// React ships CommonJS only, which a browser cannot import. For the browser tests this dev-server plugin
// serves React as ES modules: one esbuild bundle holding every React module (so the page has one React),
// and per import specifier a small module re-exporting that specifier's names from it.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const specifiers = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const prefix = '/__react-esm/';

async function bundleReact() {
  const result = await build({
    stdin: {
      contents: specifiers.map((s, i) => `import * as m${i} from '${s}'; export { m${i} };`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true, format: 'esm', target: 'es2022', platform: 'browser', write: false, logLevel: 'silent',
    // The development build: React's warnings and `act` help in tests.
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

/**
 * The names each CommonJS module exports, read in a Node process of their own: loading React's development
 * build patches `console`, which the test runner's own console proxy does not survive.
 */
function exportedNames() {
  const script = `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => Object.keys(require(s)))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** `export const { a, b } = module` for every name the CommonJS module exports. */
function facade(index, names) {
  return `import { m${index} } from '${prefix}bundle.js';\nconst exported = m${index}.default;\nexport default exported;\nexport const { ${names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).join(', ')} } = exported;\n`;
}

export function reactEsmPlugin() {
  let bundle;
  let names;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      const index = specifiers.indexOf(source);
      if (index >= 0) return `${prefix}${index}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const name = context.path.slice(prefix.length);
      if (name === 'bundle.js') return { body: await (bundle ??= bundleReact()), type: 'js' };
      const index = Number(name.replace(/\.js$/, ''));
      if (specifiers[index]) return { body: facade(index, (names ??= exportedNames())[index]), type: 'js' };
    },
  };
}
