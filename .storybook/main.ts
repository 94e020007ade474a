// Storybook 10 for designers: every widget state from data, docs from custom-elements.json, the a11y addon
// on, telemetry off. The theme files are served as they are published, so the theme switch links them; the
// "Live" stories talk to the sandbox at HPASC_SANDBOX_URL (default: `npm start`'s).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../packages/elements/themes', to: '/themes' }],
  viteFinal: (vite) => ({
    ...vite,
    define: { ...vite.define, __HPASC_SANDBOX_URL__: JSON.stringify(process.env['HPASC_SANDBOX_URL'] ?? 'http://127.0.0.1:8787') },
    resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
    // The sandbox started beside Storybook writes its data and API docs inside the repository: not sources.
    server: { ...vite.server, watch: { ...vite.server?.watch, ignored: ['**/.cache/**', '**/packages/sandbox/.data/**'] } },
  }),
};
export default config;
