// The redacting debug log of the client's runtime, copied unchanged into every generated package (from
// @periskope-tools/generator's templates/debug-log.ts). Do not edit a copy: change the template and run `npm run generate`.
// Loaded by the transport only when the log level is `debug` (a dynamic import): a bundle that never logs at debug
// leaves it in a chunk of its own.
import type { CallLog } from './logging.js';

/** Header and query parameter names whose values are credentials. */
const SECRET_NAME = /authorization|cookie|token|secret|passw|api[-_]?key|apikey|session|signature|credential|^key$|[-_]key$/i;
const NOT_SECRET = /^(?:x-)?idempotency[-_]?key$/i;
const HIDDEN = '***';

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}

/** `debug`: the request as sent, with every credential replaced by `***`. */
export function request(log: CallLog, operation: string, attempt: number, input: RequestInfo | URL): void {
  const sent = input instanceof Request ? input : undefined;
  const url = sent ? sent.url : String(input);
  const headers = sent ? redactHeaders(sent.headers) : {};
  const scrub = scrubber(sent?.headers, url);
  log.write('debug', scrub(`${operation}: attempt ${attempt}: ${sent?.method ?? 'GET'} ${redactUrl(url)}`), { headers: scrubValues(headers, scrub) });
}

/** `debug`: status, time and request id of one answer. */
export function response(log: CallLog, operation: string, attempt: number, response: Response, ms: number, requestId: string | undefined): void {
  const id = requestId === undefined ? '' : ` (request id ${requestId})`;
  log.write('debug', `${operation}: attempt ${attempt}: HTTP ${response.status} in ${ms} ms${id}`, { headers: redactHeaders(response.headers) });
}

/** Headers as a plain object, credentials (`Authorization`, cookies, api keys, tokens) replaced by `***`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    shown[name] = isSecretName(name) ? HIDDEN : value;
  });
  return shown;
}

/** The URL with credentials in its query (`api_key=…`, `access_token=…`) and user info replaced by `***`. */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  if (url.username || url.password) {
    url.username = HIDDEN;
    url.password = '';
  }
  const query = url.search.slice(1);
  if (query === '') return url.href;
  const pairs = query.split('&').map((pair) => {
    const name = decodeComponent(pair.split('=', 1)[0]!);
    return isSecretName(name) ? `${pair.split('=', 1)[0]}=${HIDDEN}` : pair;
  });
  return `${url.href.slice(0, url.href.indexOf('?'))}?${pairs.join('&')}${url.hash}`;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Removes the credentials' values wherever else they appear (a token in a path, say): every value of a secret
 * header or query parameter, and the token after `Bearer`/`Basic`.
 */
function scrubber(headers: Headers | undefined, url: string): (text: string) => string {
  const secrets = new Set<string>();
  headers?.forEach((value, name) => {
    if (!isSecretName(name)) return;
    secrets.add(value);
    const credentials = /^\s*\S+\s+(\S.*)$/.exec(value)?.[1];
    if (credentials) secrets.add(credentials);
  });
  try {
    new URL(url).searchParams.forEach((value, name) => {
      if (isSecretName(name)) secrets.add(value);
    });
  } catch {
    // Not a URL: nothing to take from it.
  }
  // Short values would blank out ordinary words; a credential is longer.
  const found = [...secrets].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => found.reduce((result, secret) => result.split(secret).join(HIDDEN), text);
}

function scrubValues(values: Record<string, string>, scrub: (text: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, scrub(value)]));
}
