// A language switch in the toolbar (Vietnamese first); the widgets follow `<html lang>`.
import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Ngôn ngữ / Language', icon: 'globe', items: [{ value: 'vi', title: 'Tiếng Việt' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'vi' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'vi');
      return story();
    },
  ],
  parameters: { a11y: { test: 'error' }, layout: 'padded' },
};
export default preview;
