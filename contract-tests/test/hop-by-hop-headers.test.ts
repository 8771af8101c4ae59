import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startPrismInProcess, withoutHopByHopHeaders } from '../src/call/prism-in-process.js';
import { generateClient } from '../src/client/generate-client.js';
import { runPlan } from '../src/pipeline/run-plan.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// OpenAI's createSpeech documents `Transfer-Encoding` on its 200 (here required, to hold the oracles to it too).
const fixture = path.join(here, 'fixtures', 'hop-by-hop', 'hop-by-hop-headers.yaml');

describe('withoutHopByHopHeaders: what Prism is left to send', () => {
  const cases: [string, { given: string[]; want: string[] }][] = [
    ['Transfer-Encoding, any case, goes', { given: ['transfer-encoding', 'X-Id'], want: ['X-Id'] }],
    ['every hop-by-hop field goes', { given: ['Connection', 'Keep-Alive', 'TE', 'Trailer', 'Upgrade', 'Proxy-Connection', 'Transfer-Encoding'], want: [] }],
    ['end-to-end ones stay, Content-Length too (Prism sets its own)', { given: ['Content-Length', 'ETag', 'X-RateLimit-Remaining'], want: ['Content-Length', 'ETag', 'X-RateLimit-Remaining'] }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const operation = { responses: [{ headers: given.map((name) => ({ name })) }, {}] };
    withoutHopByHopHeaders(operation);
    expect(operation.responses[0]!.headers!.map((header) => header.name)).toEqual(want);
  });
});

describe('a response documenting hop-by-hop headers', () => {
  test('the in-process Prism answers it as HTTP allows (it sent its sample beside a Content-Length, which fetch refuses)', async () => {
    const prism = await startPrismInProcess(fixture, { timeoutMs: 30_000 });
    try {
      const answer = await fetch(`${prism.baseUrl}/speech`, { signal: AbortSignal.timeout(10_000) });
      expect({ status: answer.status, transferEncoding: answer.headers.get('transfer-encoding'), body: await answer.text() }).toEqual({ status: 200, transferEncoding: null, body: 'string' });
    } finally {
      await prism.close();
    }
  });

  test('the whole pipeline: every documented response replayed, no finding (a required Transfer-Encoding is not demanded of the mock)', async () => {
    const result = await runPlan({ specPath: fixture, client: () => generateClient(fixture) });
    expect(result.findings).toEqual([]);
    expect({ documented: result.documented, replayed: result.replayed }).toEqual({ documented: 2, replayed: 2 });
  });
});
