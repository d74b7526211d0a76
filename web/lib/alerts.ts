/** Messages to the user: Bootstrap Italia alerts, and one polite live region for what happens in the background. */
import { ApiError } from './api.ts';
import { h, fill } from './dom.ts';

export type AlertKind = 'success' | 'danger' | 'warning' | 'info';

/**
 * An alert box. Errors are announced at once (role="alert"); the others are left to the live region
 * they are put in, if any.
 */
export function alertBox(kind: AlertKind, message: string | Node, dettagli: string[] = []): HTMLElement {
  return h(
    'div',
    { class: `alert alert-${kind}`, role: kind === 'danger' ? 'alert' : null },
    typeof message === 'string' ? h('p', { class: 'mb-0' }, message) : message,
    dettagli.length ? h('ul', { class: 'mb-0 mt-2' }, dettagli.map((d) => h('li', {}, d))) : null,
  );
}

/** What to say about a failure: the API's own Italian sentence, or a plain one. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.name === 'AbortError') return 'Operazione annullata.';
  return 'Si è verificato un errore inatteso. Ricarica la pagina e riprova.';
}

/** Shows a failure in `container` (replacing what was there). */
export function showError(container: Element, err: unknown): void {
  fill(container, alertBox('danger', errorText(err), err instanceof ApiError ? err.dettagli : []));
}

let region: HTMLElement | null = null;

/** Says `text` to screen readers without moving the focus (a polite live region shared by the page). */
export function announce(text: string): void {
  if (!region) {
    region = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'annunci' });
    document.body.append(region);
  }
  // Cleared first, so the same sentence twice is read twice.
  region.textContent = '';
  const r = region;
  setTimeout(() => (r.textContent = text), 50);
}
