/**
 * The SDK in real Chromium against the sandbox on another origin: CORS, uploads with progress events
 * (XMLHttpRequest), cancel, live events over fetch-read SSE, and a strict Content Security Policy.
 */
import { expect } from '@open-wc/testing';
import { createClient, ValidationError, type HpascClient, type Schemas } from '@hpasc/sdk';
import { validators } from '@hpasc/sdk/validate';

const { base } = (await (await fetch('/__sandbox.json')).json()) as { base: string };
const control = (path: string, init?: RequestInit) => fetch(`${base}/sandbox${path}`, init).then((r) => r.json());
const draftId = () => `dr_${crypto.randomUUID().replace(/-/g, '')}`;
let client: HpascClient;

/** A PDF-looking file of `size` bytes (the sandbox sniffs the `%PDF-` header). */
function pdf(size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], 'to-khai.pdf', { type: 'application/pdf' });
}

async function simpleProcedure(): Promise<Schemas['Procedure']> {
  for await (const summary of client.procedures.list({ limit: 50 })) {
    const p = await client.procedures.get(summary.code);
    if (JSON.stringify(p.form.data.required) === '["request"]' && p.submission.verifiedPhone && p.feeVnd === 0) return p;
  }
  throw new Error('no simple procedure');
}

describe('@hpasc/sdk in Chromium', () => {
  before(() => {
    client = createClient({ baseUrl: `${base}/v1`, apiKey: 'pk_test_hpasc_sandbox_local', locale: 'vi', validate: validators });
  });

  it('calls the API across origins and pages with for await', async () => {
    const found = await client.procedures.search('Đăng ký khai sinh', { limit: 3 });
    expect(found.items[0]!.code).to.equal('1.001193');
    let count = 0;
    for await (const unit of client.units.list({ limit: 50 })) if (unit.code) count++;
    expect(count).to.equal(126);
  });

  it('reports upload progress and can cancel an upload', async () => {
    const seen: number[] = [];
    const upload = await client.uploads.upload({ file: pdf(3 * 1024 * 1024), draftId: draftId(), purpose: 'dossier' }, { onProgress: (p) => seen.push(p.fraction) });
    expect(upload.mediaType).to.equal('application/pdf');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.at(-1)).to.equal(1);
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(seen);
    const controller = new AbortController();
    const pending = client.uploads.upload({ file: pdf(4 * 1024 * 1024), draftId: draftId(), purpose: 'dossier' }, { onProgress: () => controller.abort(), signal: controller.signal });
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    const tooBig = await client.uploads.upload({ file: pdf(11 * 1024 * 1024), draftId: draftId(), purpose: 'dossier' }).catch((e: unknown) => e);
    expect(tooBig).to.be.instanceOf(ValidationError);
    expect((tooBig as ValidationError).fields[0]!.message).to.equal('Tệp quá lớn.');
  });

  it('submits with a one-time code, then follows the dossier live', async () => {
    const procedure = await simpleProcedure();
    const phone = '0936000123';
    const verification = await client.verifications.request({ phone, procedureCode: procedure.code });
    const { code } = await control(`/verifications/${verification.id}`);
    const { submissionToken } = await client.verifications.check(verification.id, code);
    const draft = draftId();
    const documents: Schemas['AttachedDocument'][] = [];
    for (const slot of procedure.form.documents.filter((s) => s.required && !s.appliesWhen)) {
      const up = await client.uploads.upload({ file: pdf(2000), draftId: draft, purpose: 'dossier', procedureCode: procedure.code, slotId: slot.id });
      documents.push({ slotId: slot.id, uploadIds: [up.id] });
    }
    const receipt = await client.dossiers.submit({
      procedureCode: procedure.code, formRevision: procedure.form.revision, draftId: draft, documents,
      applicant: { type: 'citizen', fullName: 'Đặng Thu Trang', citizenId: '001195012345', birthDate: '1995-02-01', phone, address: { detail: 'Số 1 Tràng Tiền' } },
      data: { request: 'Đề nghị giải quyết thủ tục theo quy định.' }, delivery: { method: 'counter', pointId: 'cn-01-d01' }, consent: { truthful: true, dataProcessing: true },
    }, { submissionToken });
    const statuses: number[] = [];
    const controller = new AbortController();
    const watching = (async () => {
      for await (const event of client.dossiers.watch(receipt.dossierCode, { signal: controller.signal })) {
        statuses.push(event.status);
        if (event.status === 4) controller.abort();
      }
    })();
    while (statuses.length < 1) await new Promise((r) => setTimeout(r, 20));
    await control(`/dossiers/${receipt.dossierCode}/step`, { method: 'POST' });
    await control(`/dossiers/${receipt.dossierCode}/step`, { method: 'POST' });
    await watching;
    expect(statuses).to.deep.equal([1, 2, 4]);
  });

  it('runs under a strict Content Security Policy without a violation', async () => {
    const frame = document.createElement('iframe');
    const fixtures = new URL('./fixtures/', import.meta.url).pathname;
    const report = await new Promise<{ violations: string[]; ok: boolean }>((resolve, reject) => {
      const violations: string[] = [];
      const timer = setTimeout(() => reject(new Error('the probe did not report')), 8000);
      window.addEventListener('message', function onMessage(event) {
        if (event.source !== frame.contentWindow) return;
        if (event.data.kind === 'violation') violations.push(event.data.directive);
        if (event.data.kind === 'result') {
          setTimeout(() => { clearTimeout(timer); window.removeEventListener('message', onMessage); resolve({ violations, ok: event.data.sector }); }, 200);
        }
      });
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self' ${base}">
<script src="${fixtures}csp-listener.ts"></script><script type="module" src="${fixtures}csp-probe-client.ts?base=${encodeURIComponent(base)}"></script>`;
      document.body.append(frame);
    });
    frame.remove();
    expect(report.violations).to.deep.equal([]);
    expect(report.ok).to.equal(true);
  });
});
