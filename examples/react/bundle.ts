/**
 * The React example's browser bundle, built from source (esbuild) when the example server starts: React,
 * the @hpasc/react wrappers and the widgets they register, in one minified ES module.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleReactExample(repo: string): Promise<string> {
  const result = await build({
    entryPoints: [join(repo, 'examples/react/app.tsx')],
    bundle: true, format: 'esm', minify: true, target: 'es2022', platform: 'browser', write: false, conditions: ['source'],
    tsconfig: join(repo, 'tsconfig.json'), jsx: 'automatic', logLevel: 'silent',
    // React picks its production build from this; the widgets never read it.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}
