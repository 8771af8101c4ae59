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
  // `declare`d: set by the constructor, so a field definition before it would only add bytes to bundles.
  private declare readonly logger: Logger;
  private declare readonly rank: number;
  private declare readonly prefix: string;

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
}

/** The redacting request and response lines of `debug` (debug-log.ts), loaded only when the level is `debug`. */
export interface DebugLog {
  request(log: CallLog, operation: string, attempt: number, input: RequestInfo | URL): void;
  response(log: CallLog, operation: string, attempt: number, response: Response, ms: number, requestId: string | undefined): void;
}
