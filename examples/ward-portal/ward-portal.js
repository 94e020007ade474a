// The host page's only script: point the widget at the sandbox (an embedding site would write the
// attributes in its HTML: api-key="pk_live_…" base-url="https://…/v1").
const config = await (await fetch('/sandbox-config.json')).json();
for (const widget of document.querySelectorAll('hpasc-dossier-form, hpasc-dossier-tracker')) {
  widget.setAttribute('api-key', config.apiKey);
  widget.setAttribute('base-url', config.apiBaseUrl);
}
