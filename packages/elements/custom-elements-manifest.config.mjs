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
    {
      // The package publishes one module, `dist/index.js` (built from src/index.ts), which exports every widget's
      // class and defines its tag: the manifest describes that module and its public surface, not the sources,
      // which are not published.
      name: 'hpasc-published-module',
      packageLinkPhase({ customElementsManifest }) {
        const path = 'dist/index.js';
        const modules = customElementsManifest.modules;
        const byName = (a, b) => a.name.localeCompare(b.name);
        const classes = modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement).sort(byName);
        // Private members are no one's API: left out, they cannot leak the sources into the docs and editors.
        for (const declaration of classes) declaration.members = declaration.members?.filter((member) => member.privacy !== 'private');
        const definitions = modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').sort(byName);
        customElementsManifest.modules = [{
          kind: 'javascript-module',
          path,
          declarations: classes,
          exports: [
            ...classes.map((declaration) => ({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } })),
            ...definitions.map((entry) => ({ kind: 'custom-element-definition', name: entry.name, declaration: { name: entry.declaration.name, module: path } })),
          ],
        }];
      },
    },
  ],
};
