/**
 * Prints a document the center issued (receipt, supplement request, apology…) as the server wrote it, not the
 * host page: in a hidden frame from a blob: URL, so the host page's Trusted Types need no exception.
 */
export function printDocument(root: Node, page: string): void {
  const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => { frame.remove(); URL.revokeObjectURL(url); }, 60_000);
  }, { once: true });
  frame.src = url;
  root.appendChild(frame);
}
