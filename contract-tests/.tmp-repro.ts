import { startPrismInProcess } from './src/call/prism-in-process.js';
process.on('unhandledRejection', (e) => { console.log('UNHANDLED', (e as Error).stack?.split('\n').slice(0,12).join('\n')); });
const spec = process.argv[2]!;
const prism = await startPrismInProcess(spec);
for (const [method, p, headers] of JSON.parse(process.argv[3]!) as [string, string, Record<string,string>][]) {
  try {
    const r = await fetch(prism.baseUrl + p, { method, headers: { ...headers }, body: method === 'POST' ? '{}' : undefined, signal: AbortSignal.timeout(3000) });
    console.log(method, p, r.status, (await r.text()).slice(0, 300));
  } catch (e) { console.log(method, p, 'ERR', (e as Error).message); }
}
await prism.close();
