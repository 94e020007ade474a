// Storybook 10 for designers: every widget state from data, the a11y addon on, telemetry off.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({ ...vite, resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] } }),
};
export default config;
