// The Custom Elements Manifest analyzer's settings: the public widgets' classes (their JSDoc gives the events,
// slots, parts and CSS custom properties) and registration files (the tag names). Run through `npm run generate`, which writes
// generated/custom-elements.json and the editor data derived from it.
export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/internal/**', 'src/cdn/**', 'src/locales/**', 'src/**/*.states.ts', 'src/**/*.styles.ts', 'src/**/*.en.ts'],
  litelement: true,
  packagejson: false,
};
