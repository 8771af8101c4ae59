import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { freePort } from './prism-cli.js';

export interface InProcessPrism {
  baseUrl: string;
  /** Milliseconds to dereference the spec and turn it into Prism operations (the mock's load time). */
  loadMs: number;
  /** Milliseconds from the start until the server listened. */
  startupMs: number;
  /** Number of HTTP operations Prism serves. */
  operations: number;
  close(): Promise<void>;
}

export interface InProcessOptions {
  /** Give up loading after this long (a spec whose $refs Prism cannot resolve could otherwise hang). */
  timeoutMs?: number;
}

/**
 * Prism's HTTP mock in this process, configured as `prism mock <spec>` configures it (static examples,
 * request and response validation, security checks), listening on 127.0.0.1 and a free port: requests
 * still go over real HTTP. `spec` is a file path or an already-parsed document (which is not modified).
 */
export async function startPrismInProcess(spec: string | object, options: InProcessOptions = {}): Promise<InProcessPrism> {
  const started = performance.now();
  // Prism's $ref parser dereferences an object in place; it gets its own copy.
  const input = typeof spec === 'string' ? spec : structuredClone(spec);
  const operations = await withTimeout(getHttpOperationsFromSpec(input), options.timeoutMs ?? 120_000, 'Prism did not load the spec');
  const loadMs = performance.now() - started;
  if (operations.length === 0) throw new Error('Prism found no operations in the spec');
  const logger = createLogger('contract-prism', { level: 'silent' });
  const server = createServer(operations, {
    cors: false,
    config: {
      mock: { dynamic: false },
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger },
  });
  const port = await listenOnFreePort(server);
  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    loadMs,
    startupMs: performance.now() - started,
    operations: operations.length,
    close: () => (closed ??= server.close()),
  };
}

/** freePort() can race with another process taking the port first: try a few. */
async function listenOnFreePort(server: { listen(port: number, address?: string): Promise<string> }): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await server.listen(port, '127.0.0.1');
      return port;
    } catch (error) {
      if (attempt >= 5) throw new Error(`Prism could not listen on 127.0.0.1: ${String(error)}`);
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
