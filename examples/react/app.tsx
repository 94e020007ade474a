// A department's React 19 page with the HPASC widgets: search a procedure, submit its dossier, then follow it.
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DossierForm, DossierTracker, ProcedureSearch, Provider } from '@hpasc/react';

interface SandboxConfig {
  apiBaseUrl: string;
  apiKey: string;
}

/** What the last widget event said: its name and a code or status, never what the citizen typed. */
interface LastEvent {
  name: string;
  code: string | number;
}

// An embedding site would write its own key and API address; the example asks the sandbox for them.
const config = (await (await fetch('/sandbox-config.json')).json()) as SandboxConfig;

function App({ apiKey, apiBaseUrl }: SandboxConfig) {
  const [procedure, setProcedure] = useState<{ code: string; name: string } | null>(null);
  const [dossierCode, setDossierCode] = useState('');
  const [lastEvent, setLastEvent] = useState<LastEvent | null>(null);
  const form = useRef<HTMLElementTagNameMap['hpasc-dossier-form']>(null);
  // Focus follows the citizen from the chosen procedure to its form.
  useEffect(() => form.current?.focus(), [procedure]);
  return (
    <Provider apiKey={apiKey} baseUrl={apiBaseUrl} lang="vi">
      <ProcedureSearch
        level="commune"
        onHpascProcedureSelect={(event) => {
          setProcedure(event.detail);
          setDossierCode('');
          setLastEvent({ name: event.type, code: event.detail.code });
        }}
      />
      {procedure && (
        <section aria-labelledby="form-heading">
          <h2 id="form-heading">Nộp hồ sơ: {procedure.name}</h2>
          <DossierForm
            ref={form}
            tabIndex={-1}
            procedure={procedure.code}
            onHpascSubmit={(event) => setLastEvent({ name: event.type, code: event.detail.procedure })}
            onHpascSubmitted={(event) => {
              setDossierCode(event.detail.dossierCode);
              setLastEvent({ name: event.type, code: event.detail.dossierCode });
            }}
            onHpascError={(event) => setLastEvent({ name: event.type, code: event.detail.code })}
          />
        </section>
      )}
      {dossierCode && (
        <section aria-labelledby="tracker-heading">
          <h2 id="tracker-heading">Theo dõi hồ sơ {dossierCode}</h2>
          <DossierTracker
            code={dossierCode}
            onHpascStatusChange={(event) => setLastEvent({ name: event.type, code: event.detail.status })}
          />
        </section>
      )}
      <p role="status" id="last-event">
        {lastEvent ? `Sự kiện gần nhất: ${lastEvent.name} (${lastEvent.code})` : 'Chưa có sự kiện nào.'}
      </p>
    </Provider>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App {...config} />
  </StrictMode>,
);
