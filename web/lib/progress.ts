/** A Bootstrap Italia progress bar with a name and a percentage that assistive technology can read. */
import { h } from './dom.ts';

export interface Progress {
  el: HTMLElement;
  set(fraction: number): void;
  /** Unknown remaining time (waiting for the server): an indeterminate bar. */
  waiting(label: string): void;
  finish(): void;
}

export function progressBar(label: string): Progress {
  const bar = h('div', { class: 'progress-bar', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 });
  const track = h('div', { class: 'progress' }, bar);
  const text = h('span', { class: 'progress-testo small', 'aria-hidden': 'true' }, '0%');
  const el = h('div', { class: 'progress-wrapper' }, track, text);
  return {
    el,
    set(fraction) {
      const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      bar.style.width = `${pct}%`;
      bar.setAttribute('aria-valuenow', String(pct));
      text.textContent = `${pct}%`;
    },
    waiting(what) {
      track.classList.add('progress-indeterminate');
      bar.removeAttribute('aria-valuenow');
      bar.setAttribute('aria-valuetext', what);
      bar.style.width = '';
      text.textContent = what;
    },
    finish() {
      el.remove();
    },
  };
}
