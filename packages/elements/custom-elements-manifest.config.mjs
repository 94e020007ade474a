// The Custom Elements Manifest analyzer's settings: the public widgets' classes (their JSDoc gives the events,
// slots, parts and CSS custom properties) and registration files (the tag names). Run through `npm run generate`, which writes
// generated/custom-elements.json and the editor data derived from it.
export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/internal/**', 'src/cdn/**', 'src/locales/**', 'src/**/*.states.ts', 'src/**/*.styles.ts', 'src/**/*.en.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The widgets' `emit(type, detail)` helpers read to the analyzer as an event named `type`; the real
      // events are the documented ones (`@fires`).
      name: 'hpasc-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
