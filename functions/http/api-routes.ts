/** The HTTP API: each route and the function that answers it. The CDK app and the local server both read this. */
export const API_ROUTES = [
  { method: 'GET', path: '/documents', fn: 'archive' },
  { method: 'GET', path: '/documents/{id}', fn: 'archive' },
  { method: 'GET', path: '/deadlines', fn: 'archive' },
  { method: 'POST', path: '/letters', fn: 'generate' },
] as const;

export type ApiFunction = (typeof API_ROUTES)[number]['fn'];
