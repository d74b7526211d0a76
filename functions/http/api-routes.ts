/**
 * The HTTP API: each route and the function that answers it. The CDK app and the local server both
 * read this. `open` routes carry their own credential (a secret in the address) and skip the authorizer.
 */
export const API_ROUTES = [
  { method: 'GET', path: '/me', fn: 'archive' },
  { method: 'GET', path: '/documents', fn: 'archive' },
  { method: 'GET', path: '/documents/{id}', fn: 'archive' },
  { method: 'PUT', path: '/documents/{id}/fields/{field}', fn: 'archive' },
  { method: 'POST', path: '/uploads', fn: 'archive' },
  { method: 'GET', path: '/uploads/status', fn: 'archive' },
  { method: 'GET', path: '/deadlines', fn: 'archive' },
  { method: 'GET', path: '/deadlines.ics', fn: 'archive' },
  { method: 'GET', path: '/deadlines/outside', fn: 'archive' },
  { method: 'GET', path: '/calendar-feed', fn: 'archive' },
  { method: 'GET', path: '/calendar/{token}', fn: 'archive', open: true },
  { method: 'GET', path: '/letters', fn: 'archive' },
  { method: 'GET', path: '/letters/{id}/files', fn: 'archive' },
  { method: 'GET', path: '/templates', fn: 'generate' },
  { method: 'GET', path: '/templates/{name}/prefill', fn: 'generate' },
  { method: 'POST', path: '/letters/preview', fn: 'generate' },
  { method: 'POST', path: '/letters', fn: 'generate' },
  { method: 'GET', path: '/forms', fn: 'collect' },
  { method: 'GET', path: '/campaigns', fn: 'collect' },
  { method: 'POST', path: '/campaigns', fn: 'collect' },
  { method: 'GET', path: '/campaigns/{id}', fn: 'collect' },
  { method: 'POST', path: '/campaigns/{id}/bodies', fn: 'collect' },
  { method: 'POST', path: '/campaigns/{id}/links', fn: 'collect' },
  { method: 'GET', path: '/campaigns/{id}/export', fn: 'collect' },
  { method: 'POST', path: '/campaigns/{id}/reminders', fn: 'collect' },
  { method: 'POST', path: '/campaigns/{id}/close', fn: 'collect' },
  { method: 'POST', path: '/campaigns/{id}/reopen', fn: 'collect' },
  { method: 'GET', path: '/raccolta/{token}', fn: 'collect', open: true },
  { method: 'GET', path: '/raccolta/{token}/modulo', fn: 'collect', open: true },
  { method: 'POST', path: '/raccolta/{token}/caricamento', fn: 'collect', open: true },
  { method: 'GET', path: '/raccolta/{token}/ricevuta/{version}', fn: 'collect', open: true },
] as const satisfies readonly { method: string; path: string; fn: string; open?: boolean }[];

export type ApiFunction = (typeof API_ROUTES)[number]['fn'];
