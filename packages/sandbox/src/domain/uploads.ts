/**
 * Uploaded files: the type is read from the bytes (magic numbers), never trusted from the name or the
 * browser; files are stored under generated names only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type AcceptedType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The type the content really has, or null when it is none of the accepted ones. */
export function sniff(bytes: Uint8Array): AcceptedType | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keeps the name a person gave for display, without paths, control characters or excess length. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'tep';
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  return (cleaned || 'tep').slice(0, 255);
}

export class FileStore {
  constructor(private dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  save(id: string, bytes: Uint8Array): string {
    const storageName = `${id}.bin`;
    writeFileSync(join(this.dir, storageName), bytes);
    return storageName;
  }

  remove(storageName: string): void {
    rmSync(join(this.dir, storageName), { force: true });
  }
}
