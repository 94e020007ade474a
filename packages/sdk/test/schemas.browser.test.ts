/** The generated zod/mini schemas in real Chromium, including under a strict Content Security Policy. */
import { expect } from '@open-wc/testing';
import { zDossierCode, zDossierReceipt, zProcedure, zUploadInput } from '@hpasc/sdk/schemas';
import { namedFormats } from '@hpasc/sdk/validators';

interface ProbeReport {
  violations: string[];
  result: { sector: boolean; receipt: boolean } | null;
}

/** Loads a probe module in a frame whose policy forbids eval, and collects what it reports. */
function probeUnderStrictCsp(probe: string): Promise<ProbeReport> {
  const base = new URL('./fixtures/', import.meta.url).pathname;
  const frame = document.createElement('iframe');
  const report: ProbeReport = { violations: [], result: null };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe ${probe} did not report`)), 8000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      if (event.data.kind === 'violation') report.violations.push(event.data.directive);
      if (event.data.kind === 'result') {
        report.result = event.data;
        // Let any violation raised during the parse arrive before resolving.
        setTimeout(() => {
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          frame.remove();
          resolve(report);
        }, 200);
      }
    };
    window.addEventListener('message', onMessage);
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<script src="${base}csp-listener.ts"></script>
<script type="module" src="${base}${probe}"></script>`;
    document.body.append(frame);
  });
}

describe('zod/mini schemas in the browser', () => {
  it('accept valid data and reject invalid data', () => {
    expect(zDossierCode.safeParse('000.00.12.H26-251124-0001').success).to.equal(true);
    expect(zDossierCode.safeParse('000.00.12.H26-251124-001').success).to.equal(false);
    expect(zDossierReceipt.safeParse({ dossierCode: '000.00.12.H26-251124-0001' }).success).to.equal(false);
  });

  it('parse a recursive form schema', () => {
    const procedure = zProcedure.safeParse({ code: '1.001193' });
    expect(procedure.success).to.equal(false);
    const issues = procedure.error?.issues.map((i) => i.path.join('/')) ?? [];
    expect(issues).to.include('name');
  });

  it('take a Blob for an upload', () => {
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    expect(zUploadInput.safeParse({ file, draftId: 'dr_01JD3Q8Y6X4W2V0T8S6R4Q2P0N', purpose: 'dossier' }).success).to.equal(true);
    expect(zUploadInput.safeParse({ file: 'not a file', draftId: 'dr_01JD3Q8Y6X4W2V0T8S6R4Q2P0N', purpose: 'dossier' }).success).to.equal(false);
  });

  it('judge the named formats as the server does', () => {
    expect(namedFormats['vn-citizen-id']('001301012345')).to.equal(true);
    expect(namedFormats['vn-citizen-id']('003301012345')).to.equal(false);
    expect(namedFormats['vn-tax-code']('0100109106')).to.equal(true);
  });
});

describe('strict Content Security Policy', () => {
  it('raises no violation when validating with the SDK schemas', async () => {
    const report = await probeUnderStrictCsp('csp-probe-schemas.ts');
    expect(report.result).to.deep.equal({ kind: 'result', sector: true, receipt: false });
    expect(report.violations).to.deep.equal([]);
  });

  it('detects a library that probes eval — classic zod without jitless (the check can fail)', async () => {
    const report = await probeUnderStrictCsp('csp-probe-default.ts');
    expect(report.result?.sector).to.equal(true);
    expect(report.violations).to.include('script-src');
  });
});
