// Logging of the client's runtime, copied unchanged into every generated package (from @periskope-tools/generator's
// templates/logging.ts). Do not edit a copy: change the template and run `npm run generate`.

/** `debug`: every request and response (method, URL, headers, status, time); `info`: retries; `warn`: retries given up. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go: `console` by default, or any object with these methods (pino, winston, …). */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

export interface LoggingOptions {
  /** Receives the client's log lines (default `console`). Credentials are never in them. */
  logger?: Logger;
  /** Default: the environment variable named in the package README (e.g. `PERISKOPE_LOG=debug`), else `warn`. */
  logLevel?: LogLevel;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Header and query parameter names whose values are credentials. */
const SECRET_NAME = /authorization|cookie|token|secret|passw|api[-_]?key|apikey|session|signature|credential|^key$|[-_]key$/i;
const NOT_SECRET = /^(?:x-)?idempotency[-_]?key$/i;
const HIDDEN = '***';

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}

/** The level: the client option, else the environment variable (when it names a level), else `warn`. */
export function logLevelOf(option: LogLevel | undefined, envName: string | undefined): LogLevel {
  if (option !== undefined) return option;
  const env = envName === undefined ? undefined : readEnv(envName)?.trim().toLowerCase();
  return env !== undefined && env in RANK ? (env as LogLevel) : 'warn';
}

/** `process.env`, where there is one (Node, Deno, Bun); browsers have none. */
function readEnv(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env?.[name];
}

/** One client's log: lines at or above its level, each prefixed with the client's name. */
export class CallLog {
  private readonly logger: Logger;
  private readonly rank: number;
  private readonly prefix: string;

  constructor(logger: Logger, level: LogLevel, prefix: string) {
    this.logger = logger;
    this.rank = RANK[level];
    this.prefix = prefix;
  }

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] <= this.rank;
  }

  write(level: Exclude<LogLevel, 'off'>, message: string, details?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    const line = `[${this.prefix}] ${message}`;
    if (details === undefined) this.logger[level](line);
    else this.logger[level](line, details);
  }

  /** `debug`: the request as sent, with every credential replaced by `***`. */
  request(operation: string, attempt: number, input: RequestInfo | URL): void {
    if (!this.enabled('debug')) return;
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : String(input);
    const headers = request ? redactHeaders(request.headers) : {};
    const scrub = scrubber(request?.headers, url);
    this.write('debug', scrub(`${operation}: attempt ${attempt}: ${request?.method ?? 'GET'} ${redactUrl(url)}`), { headers: scrubValues(headers, scrub) });
  }

  /** `debug`: status, time and request id of one answer. */
  response(operation: string, attempt: number, response: Response, ms: number, requestId: string | undefined): void {
    if (!this.enabled('debug')) return;
    const id = requestId === undefined ? '' : ` (request id ${requestId})`;
    this.write('debug', `${operation}: attempt ${attempt}: HTTP ${response.status} in ${ms} ms${id}`, { headers: redactHeaders(response.headers) });
  }
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
