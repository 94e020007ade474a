/** The receipt's QR code reads back as the tracking link it was made from (decoded by jsQR, as a phone camera would). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { qrPath } from '../src/internal/qr.ts';

function decode(content: string): string | undefined {
  const { d, extent } = qrPath(content);
  const scale = 6;
  const size = extent * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
      const i = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return jsQR(pixels, size, size)?.data;
}

describe('receipt QR code', () => {
  it('decodes to the tracking link, dossier code in the fragment', () => {
    for (const link of [
      'http://127.0.0.1:8788/ward-portal/#ho-so=000.00.01.H26-261123-0042',
      'https://phuong-ngoc-ha.hanoi.gov.vn/dich-vu-cong/tra-cuu-ho-so?nguon=bien-nhan#ho-so=000.A0.01.H26-210212-9090',
    ]) assert.equal(decode(link), link);
  });
});
