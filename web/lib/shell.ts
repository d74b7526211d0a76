/**
 * The frame every page shares, after the Designers Italia "header" and "footer" patterns: skip links,
 * a slim bar with the body and the logged-in user (and "Esci"), the service's name, the main navigation
 * with the current page marked, and the footer.
 */
import { clearSession, currentClaims, loadConfig, requireLogin } from './api.ts';
import { append, h, icon, type Child } from './dom.ts';

export interface NavItem {
  href: string;
  label: string;
  /** The pages that count as this section (documento.html belongs to Archivio). */
  pages: string[];
}

export const NAV: NavItem[] = [
  { href: '/index.html', label: 'Archivio', pages: ['/', '/index.html', '/documento.html'] },
  { href: '/scadenze.html', label: 'Scadenze', pages: ['/scadenze.html'] },
  { href: '/lettera.html', label: 'Nuova lettera', pages: ['/lettera.html'] },
  { href: '/lettere.html', label: 'Registro lettere', pages: ['/lettere.html'] },
  { href: '/raccolte.html', label: 'Raccolte', pages: ['/raccolte.html', '/campagna.html'] },
];

const ROLE_NAMES: Record<string, string> = { ministero: 'Ministero', regione: 'Regione', ambito: 'Ambito territoriale' };

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}

function skipLinks(): HTMLElement {
  return h(
    'div',
    { class: 'skiplinks' },
    h('a', { class: 'visually-hidden-focusable', href: '#main' }, 'Vai al contenuto principale'),
    h('a', { class: 'visually-hidden-focusable', href: '#footer' }, 'Vai al piè di pagina'),
  );
}

async function logout(): Promise<void> {
  clearSession();
  try {
    const config = await loadConfig();
    if (config.accesso === 'cognito' && config.cognito) {
      const domain = config.cognito.domain.replace(/\/$/, '').replace(/^(?!https?:\/\/)/, 'https://');
      const back = new URL('/accesso.html', location.origin).href;
      location.assign(`${domain}/logout?client_id=${encodeURIComponent(config.cognito.clientId)}&logout_uri=${encodeURIComponent(back)}`);
      return;
    }
  } catch {
    /* without configuration, the local login page is the way back */
  }
  location.assign('/accesso.html?uscito=1');
}

function slimHeader(withUser: boolean): HTMLElement {
  const claims = withUser ? currentClaims() : null;
  const right = h('div', { class: 'it-header-slim-right-zone' });
  if (claims) {
    const roles = claims.groups.map(roleName).join(', ');
    append(
      right,
      h(
        'p',
        { class: 'utente-collegato mb-0 me-3 text-white', 'data-testid': 'utente' },
        icon('it-user', 'icon-white icon-sm me-1'),
        h('span', { class: 'visually-hidden' }, 'Utente collegato: '),
        h('strong', {}, claims.user),
        roles ? ` · ${roles}` : '',
      ),
      h('button', { type: 'button', class: 'btn btn-primary btn-sm btn-icon', onclick: () => void logout() }, icon('it-logout', 'icon-white me-1'), h('span', {}, 'Esci')),
    );
  }
  return band(
    'it-header-slim-wrapper',
    h('div', { class: 'it-header-slim-wrapper-content' }, h('span', { class: 'navbar-brand text-white' }, claims ? (claims.ente ?? claims.codiceIpa ?? 'Ente non indicato') : 'Pubblica amministrazione sociale'), right),
  );
}

/** Bootstrap Italia's frame for one strip of the header or footer: wrapper > container > row > column. */
function band(wrapperClass: string, ...content: Child[]): HTMLElement {
  return h('div', { class: wrapperClass }, h('div', { class: 'container' }, h('div', { class: 'row' }, h('div', { class: 'col-12' }, ...content))));
}

function centerHeader(): HTMLElement {
  return band(
    'it-header-center-wrapper',
    h(
      'div',
      { class: 'it-header-center-content-wrapper' },
      h(
        'div',
        { class: 'it-brand-wrapper' },
        h(
          'a',
          { href: '/index.html' },
          icon('it-pa'),
          h('div', { class: 'it-brand-text' }, h('div', { class: 'it-brand-title' }, 'Carteggio'), h('div', { class: 'it-brand-tagline d-none d-md-block' }, 'Circolari, scadenze e lettere protocollate')),
        ),
      ),
    ),
  );
}

function navbar(): HTMLElement {
  const here = location.pathname;
  const list = h('ul', { class: 'navbar-nav' });
  for (const item of NAV) {
    const current = item.pages.includes(here);
    append(
      list,
      h(
        'li',
        { class: 'nav-item' },
        h('a', { class: `nav-link${current ? ' active' : ''}`, href: item.href, 'aria-current': current ? 'page' : null }, h('span', {}, item.label)),
      ),
    );
  }
  return band(
    'it-header-navbar-wrapper',
    h(
      'nav',
      { class: 'navbar navbar-expand-lg', 'aria-label': 'Navigazione principale' },
      h(
        'button',
        { class: 'custom-navbar-toggler', type: 'button', 'aria-controls': 'menu-principale', 'aria-expanded': 'false', 'aria-label': 'Mostra o nascondi il menu', 'data-bs-toggle': 'navbarcollapsible', 'data-bs-target': '#menu-principale' },
        icon('it-burger'),
      ),
      h(
        'div',
        { class: 'navbar-collapsable', id: 'menu-principale' },
        h('div', { class: 'overlay' }),
        h(
          'div',
          { class: 'close-div' },
          h('button', { class: 'btn close-menu', type: 'button' }, h('span', { class: 'visually-hidden' }, 'Chiudi il menu'), icon('it-close-big')),
        ),
        h('div', { class: 'menu-wrapper' }, list),
      ),
    ),
  );
}

function footer(): HTMLElement {
  return h(
    'footer',
    { class: 'it-footer', id: 'footer' },
    band(
      'it-footer-main',
      h(
        'div',
        { class: 'py-4' },
        h('div', { class: 'it-brand-wrapper' }, h('a', { href: '/index.html' }, icon('it-pa', 'icon-white'), h('div', { class: 'it-brand-text' }, h('p', { class: 'it-brand-title h2 mb-0' }, 'Carteggio')))),
        h('p', { class: 'text-white mt-3 mb-0' }, 'Archivio delle circolari, scadenze e lettere protocollate per la pubblica amministrazione sociale.'),
      ),
    ),
    h(
      'div',
      { class: 'it-footer-small-prints clearfix' },
      h(
        'div',
        { class: 'container' },
        h('p', { class: 'text-white py-3 mb-0 small' }, 'Software libero con licenza EUPL-1.2. Costruito con Bootstrap Italia di Designers Italia.'),
      ),
    ),
  );
}

/**
 * Puts the frame around the page's <main id="main">. `public` pages (the login) need no token and
 * show no user; every other page sends an anonymous visitor to log in first. Returns false when the
 * page is being left for the login page.
 */
export function mountShell(opts: { public?: boolean } = {}): boolean {
  if (!opts.public && requireLogin()) return false;
  loadFonts();
  const main = document.getElementById('main');
  if (!main) throw new Error('La pagina non ha <main id="main">.');
  main.setAttribute('tabindex', '-1');
  const header = h('header', { class: 'it-header-wrapper' }, slimHeader(!opts.public), h('div', { class: 'it-nav-wrapper' }, centerHeader(), opts.public ? null : navbar()));
  document.body.prepend(skipLinks(), header);
  main.after(footer());
  return true;
}

/**
 * Titillium Web and the other fonts of Bootstrap Italia, from the local copy: its script adds the
 * @font-face rules for the folder in window.__PUBLIC_PATH__ (set by /assets/public-path.js).
 */
function loadFonts(): void {
  const w = window as unknown as { __PUBLIC_PATH__?: string; bootstrap?: { loadFonts?: (path?: string) => void } };
  w.bootstrap?.loadFonts?.(w.__PUBLIC_PATH__);
}
