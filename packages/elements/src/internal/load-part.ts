/**
 * A part of a widget that loads when a citizen reaches it (`import()`: the end of the form, the upload code,
 * the print code…). On a phone that loses its connection the load fails; the failure becomes a
 * `NetworkError` saying so, which the widgets show as any other, with a way to try again (Chromium fetches a
 * failed module again on the next `import()`).
 */
import { msg } from '@lit/localize';
import { NetworkError } from '@hpasc/sdk';

export function loadPart<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    throw new NetworkError({
      status: 0,
      code: 'part_not_loaded',
      message: msg('Không tải được một phần của trang. Hãy kiểm tra kết nối mạng rồi thử lại.', { id: 'error.partNotLoaded' }),
      cause,
    });
  });
}
