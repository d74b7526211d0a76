/**
 * Login. Locally (`accesso: "dev"`) one dev user per role, chosen from a list; on AWS (`cognito`) a
 * button to Cognito's hosted UI (implicit grant: the ID token comes back in the address's #fragment).
 * Afterwards the user goes back to the page they wanted (`?torna=`).
 */
import { api, loadConfig, setSession, type AppConfig } from '../lib/api.ts';
import { alertBox, errorText, showError } from '../lib/alerts.ts';
import { byId, fill, h, icon } from '../lib/dom.ts';
import { mountShell, roleName } from '../lib/shell.ts';

interface DevUser {
  username: string;
  ruolo: string;
  codiceIpa: string;
  ente: string;
}

const params = new URLSearchParams(location.search);

/** Only a path on this site: never send the user to another origin after login. */
function destination(): string {
  const torna = params.get('torna') ?? params.get('state') ?? '';
  return /^\/(?!\/)[^\\]*$/.test(torna) && !torna.startsWith('/accesso.html') ? torna : '/index.html';
}

const box = byId('accesso');
const messages = byId('messaggi');

function devLogin(users: DevUser[]): void {
  const form = h('form', { class: 'col-lg-8', novalidate: true });
  const fieldset = h('fieldset', {}, h('legend', { class: 'h4' }, 'Scegli l’utente di prova'));
  users.forEach((u, i) => {
    const id = `utente-${u.username}`;
    fieldset.append(
      h(
        'div',
        { class: 'form-check' },
        h('input', { type: 'radio', name: 'utente', id, value: u.username, checked: i === 0, 'aria-describedby': `${id}-ente` }),
        h('label', { for: id }, h('strong', {}, u.username), ` – ${roleName(u.ruolo)}`),
        h('p', { class: 'small text-secondary ms-5 mb-2', id: `${id}-ente` }, u.ente.includes(u.codiceIpa) ? u.ente : `${u.ente} (codice IPA ${u.codiceIpa})`),
      ),
    );
  });
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Accedi');
  fill(
    box,
    h('div', { class: 'col-lg-8' }, h('p', { class: 'lead' }, 'In locale si accede con un utente di prova per ciascun ruolo: ogni ruolo vede solo i documenti e le lettere del proprio ente.')),
    form,
  );
  form.append(fieldset, button);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const username = new FormData(form).get('utente');
    if (!username) {
      fill(messages, alertBox('danger', 'Scegli un utente.'));
      return;
    }
    button.disabled = true;
    try {
      const { token } = await api<{ token: string }>('/auth/accesso-dev', { method: 'POST', body: { username }, auth: false });
      setSession(token, users.find((u) => u.username === username)?.ente);
      location.assign(destination());
    } catch (err) {
      showError(messages, err);
      button.disabled = false;
    }
  });
}

function cognitoLogin(config: AppConfig): void {
  const c = config.cognito;
  if (!c) {
    fill(box, alertBox('danger', 'Accesso non configurato: manca la sezione cognito in /config.json.'));
    return;
  }
  const domain = c.domain.replace(/\/$/, '').replace(/^(?!https?:\/\/)/, 'https://');
  const url = `${domain}/oauth2/authorize?${new URLSearchParams({ response_type: 'token', client_id: c.clientId, redirect_uri: c.redirectUri, scope: 'openid email profile', state: destination() })}`;
  fill(
    box,
    h(
      'div',
      { class: 'col-lg-8' },
      h('p', { class: 'lead' }, 'Accedi con le credenziali che il tuo ente ti ha assegnato.'),
      h('a', { class: 'btn btn-primary btn-icon', href: url }, icon('it-user', 'icon-white me-2'), h('span', {}, 'Accedi con le credenziali dell’ente')),
    ),
  );
}

/** Back from the hosted UI: #id_token=…&state=… */
function fromHash(): boolean {
  const hash = new URLSearchParams(location.hash.slice(1));
  const token = hash.get('id_token');
  const error = hash.get('error_description') ?? hash.get('error');
  if (error) {
    fill(messages, alertBox('danger', `Accesso non riuscito: ${error}`));
    return false;
  }
  if (!token) return false;
  setSession(token);
  const state = hash.get('state') ?? '';
  location.replace(/^\/(?!\/)/.test(state) && !state.startsWith('/accesso.html') ? state : '/index.html');
  return true;
}

async function main(): Promise<void> {
  mountShell({ public: true });
  if (params.has('uscito')) fill(messages, alertBox('success', 'Sei uscito da Carteggio.'));
  else if (params.has('torna')) fill(messages, alertBox('info', 'Per continuare accedi.'));
  try {
    const config = await loadConfig();
    if (config.accesso === 'cognito') {
      if (!fromHash()) cognitoLogin(config);
      return;
    }
    devLogin(await api<DevUser[]>('/auth/utenti-dev', { auth: false }));
  } catch (err) {
    fill(box, alertBox('danger', `Impossibile preparare l’accesso. ${errorText(err)}`));
  }
}

void main();
