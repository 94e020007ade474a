// The host page's only script: point the widget at the sandbox (an embedding site would write the
// attributes in its HTML: api-key="pk_live_…" base-url="https://…/v1").
const config = await (await fetch('/sandbox-config.json')).json();
// A provider configures the widgets inside it (and shares the sign-in); a widget on its own takes its own.
for (const element of document.querySelectorAll('hpasc-provider, :is(hpasc-dossier-form, hpasc-dossier-tracker):not(hpasc-provider *)')) {
  element.setAttribute('api-key', config.apiKey);
  element.setAttribute('base-url', config.apiBaseUrl);
}
