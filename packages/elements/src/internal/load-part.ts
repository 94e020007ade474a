/**
 * Parts of a widget that load when a citizen reaches them (`import()`: the end of the form, the upload code,
 * the print code, the rating inside the tracker — see ./part-on-demand.ts). On a phone that loses its
 * connection the load fails; the failure becomes a `NetworkError` saying so, which the widgets show with a way
 * to try again (after a network failure the next `import()` fetches the module again; an HTTP error answer
 * stays until the page reloads).
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
