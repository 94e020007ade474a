/**
 * @hpasc/react — the HPASC widgets as React components (`DossierForm`, `DossierTracker`, `Rating`, …), each
 * `hpasc-*` DOM event as a typed `onHpasc*` prop. The components are generated from the elements'
 * custom-elements.json (`npm run generate`); importing this package registers the elements.
 */
export * from './generated/components.ts';
