/**
 * `npm run bench:overhead`: what one call costs in CPU through the generated client, beside raw openapi-fetch.
 *
 * Every row makes the same call (`DELETE /message/broadcast/{broadcast_id}`, the `cancelBroadcast` seed operation)
 * against a stub `fetch` that answers at once with a canned 200 JSON Response, so what is measured is the client's
 * own work per call: building the URL, headers and Request, the retry loop and timeout, reading and parsing the
 * body, typed headers. The generated client runs with its defaults (2 retries, 60 s timeout, `warn` logs). Rows
 * take turns, round after round, so a change in the machine's load hits them alike; each row's figure is its median
 * round, in CPU microseconds per call (process.cpuUsage: user + system). Nothing here asserts; the numbers are
 * printed, never tested.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG_FILE, loadConfig } from '@periskope-tools/generator';
import createClient from 'openapi-fetch';
import { readGeneratedPackage } from '../src/client/generated-package.js';

// The generator config's client (its `out` folder and `clientName`), built: loaded by path, never by package name.
type Call = Promise<unknown> & { withResponse(): Promise<unknown> };
type Options = { authToken: string; fetch: typeof fetch };
const config = await loadConfig(DEFAULT_CONFIG_FILE);
const built = (await import(pathToFileURL((await readGeneratedPackage(config.out)).entry).href)) as Record<string, unknown>;
const PeriskopeApi = built[config.clientName] as new (options: Options) => { message: { cancelBroadcast(args: unknown): Call } };
const PeriskopeApiCore = built[`${config.clientName}Core`] as new (options: Options) => object;
const cancelBroadcast = built.cancelBroadcast as (core: object, args: unknown) => Call;

const CALLS = Number(process.env.CALLS ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const BODY = JSON.stringify({ broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92', status: 'deleted' });
const BASE_URL = 'https://api.periskope.app/v1';

/** The server: a fresh Response per request (a body can be read once), as a real fetch gives. */
const stubFetch: typeof fetch = async () => new Response(BODY, { status: 200, headers: { 'Content-Type': 'application/json', 'x-periskope-trace-id': 't-1' } });

// Untyped: the baseline is the same call at run time; its types are not what is measured.
const raw = createClient<any>({ baseUrl: BASE_URL, headers: { Authorization: 'Bearer token' }, fetch: stubFetch });
const client = new PeriskopeApi({ authToken: 'token', fetch: stubFetch });
const core = new PeriskopeApiCore({ authToken: 'token', fetch: stubFetch });
const args = { broadcast_id: 'b25192d5-2370-4a69-b844-aae5e2bfae92' };

interface Row {
  name: string;
  call: () => Promise<unknown>;
}

const BASELINE = 'raw openapi-fetch (baseline)';
const ROWS: Row[] = [
  { name: BASELINE, call: async () => (await raw.DELETE('/message/broadcast/{broadcast_id}', { params: { path: args } })).data },
  { name: 'generated client, client.message.cancelBroadcast', call: () => client.message.cancelBroadcast(args) },
  { name: 'generated client, cancelBroadcast(core, …)', call: () => cancelBroadcast(core, args) },
  { name: 'generated client, .withResponse() (typed headers)', call: () => client.message.cancelBroadcast(args).withResponse() },
];

/** CPU microseconds per call over `calls` sequential calls. */
async function round(row: Row, calls: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await row.call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Every row's result is checked once, so a row that fails fast cannot look cheap.
for (const row of ROWS) {
  const result = (await row.call()) as { status?: string; data?: { status?: string } };
  if ((result.status ?? result.data?.status) !== 'deleted') throw new Error(`${row.name}: unexpected result ${JSON.stringify(result)}`);
}
// Warm-up: the JIT compiles every path before anything is timed.
for (const row of ROWS) await round(row, Math.min(CALLS, 5_000));

const times = new Map<string, number[]>(ROWS.map((row) => [row.name, []]));
for (let r = 0; r < ROWS.length * ROUNDS; r++) {
  const row = ROWS[r % ROWS.length]!;
  times.get(row.name)!.push(await round(row, CALLS));
}

const baseline = median(times.get(BASELINE)!);
const width = Math.max(...ROWS.map((row) => row.name.length));
const [load1] = os.loadavg();
console.log(`one cancelBroadcast call, stub fetch: CPU per call, median of ${ROUNDS} rounds of ${CALLS} calls`);
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${load1!.toFixed(2)} at the end\n`);
console.log(`${'client'.padEnd(width)}  ${'µs/call'.padStart(8)}  ${'× raw'.padStart(6)}  ${'rounds (µs)'}`);
for (const row of ROWS) {
  const all = times.get(row.name)!;
  const value = median(all);
  console.log(`${row.name.padEnd(width)}  ${value.toFixed(2).padStart(8)}  ${`${(value / baseline).toFixed(2)}×`.padStart(6)}  ${all.map((t) => t.toFixed(1)).join(' ')}`);
}
