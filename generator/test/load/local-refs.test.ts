import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { localRefMap, type RedoclyDocument } from '../../src/load/local-refs.js';
import { lintConfig } from '../../src/load/validate-and-bundle.js';
import { redocly, shippedResolveDocument, type ResolvedRef } from '../../src/libraries/redocly.js';
import { readableRealSpecs, realSpecFiles } from '../support/real-specs.js';

const require = createRequire(import.meta.url);
const { normalizeTypes } = require('@redocly/openapi-core/lib/types/index.js') as { normalizeTypes(types: unknown, options: unknown): { Root: unknown } };
const { getTypes, detectSpec } = require('@redocly/openapi-core/lib/oas-types.js') as { getTypes(version: unknown): unknown; detectSpec(parsed: unknown): unknown };

/** The lint's own configuration (examples are not resolved). */
const config = await lintConfig();

function documentOf(parsed: unknown): RedoclyDocument & { source: InstanceType<typeof redocly.Source> } {
  return { source: new redocly.Source('/spec', JSON.stringify(parsed), 'application/json'), parsed };
}

/** Redocly's own map for `document`, from its resolver as lintDocument calls it. */
async function redoclyMap(document: RedoclyDocument): Promise<Map<string, ResolvedRef>> {
  const version = detectSpec(document.parsed);
  const types = normalizeTypes(config.styleguide.extendTypes(getTypes(version) as never, version as never), config.styleguide);
  return (shippedResolveDocument as unknown as (opts: object) => Promise<Map<string, ResolvedRef>>)({
    rootDocument: document,
    rootType: types.Root,
    externalRefResolver: new redocly.BaseResolver(config.resolve),
  });
}

/** Every entry Redocly's resolver makes is in ours, the same: its node and document the same objects. */
function expectCovers(ours: Map<string, ResolvedRef>, theirs: Map<string, ResolvedRef>, label: string): void {
  for (const [id, entry] of theirs) {
    const mine = ours.get(id);
    expect(mine, `${label}: ${id}`).toBeDefined();
    expect({ resolved: mine!.resolved, isRemote: mine!.isRemote, nodePointer: mine!.nodePointer }, `${label}: ${id}`).toEqual({
      resolved: entry.resolved,
      isRemote: entry.isRemote,
      nodePointer: entry.nodePointer,
    });
    expect(mine!.node === entry.node, `${label}: ${id} node`).toBe(true);
    expect(mine!.document === entry.document, `${label}: ${id} document`).toBe(true);
  }
}

const schemas = (components: object, extra: object = {}) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: components }, ...extra });
const ref = (to: string) => ({ $ref: to });

describe('localRefMap: Redocly\'s reference map, built without its typed walk', () => {
  const same: [string, { given: unknown }][] = [
    ['a plain reference', { given: schemas({ A: { type: 'string' }, B: ref('#/components/schemas/A') }) }],
    ['a chain of references, followed to its end', { given: schemas({ A: { type: 'string' }, B: ref('#/components/schemas/A'), C: ref('#/components/schemas/B') }) }],
    ['a pointer through a reference on its way', { given: schemas({ A: { type: 'object', properties: { x: { type: 'string' } } }, B: ref('#/components/schemas/A'), C: ref('#/components/schemas/B/properties/x') }) }],
    ['a reference to nothing (resolved, with no node)', { given: schemas({ B: ref('#/components/schemas/Missing') }) }],
    ['escaped and percent-encoded segments', { given: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a/{b}': { get: { responses: { 200: { description: 'ok' } } } } }, components: { schemas: { 'A B': { type: 'string' }, C: ref('#/components/schemas/A%20B'), D: ref('#/paths/~1a~1%7Bb%7D/get') } } } }],
    ['an array item', { given: schemas({ A: { anyOf: [{ type: 'string' }, { type: 'number' }] }, B: ref('#/components/schemas/A/anyOf/1') }) }],
    ['a discriminator mapping', { given: schemas({ Cat: { type: 'object' }, Pet: { oneOf: [ref('#/components/schemas/Cat')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } } }) }],
  ];
  test.each(same)('%s: the same entries as Redocly\'s', async (name, { given }) => {
    const document = documentOf(given);
    const ours = localRefMap(document);
    expect(ours).toBeDefined();
    const theirs = await redoclyMap(document);
    expect(theirs.size).toBeGreaterThan(0);
    expectCovers(ours!, theirs, name);
  });

  const leftToRedocly: [string, { given: unknown }][] = [
    ['a reference to another file', { given: schemas({ B: ref('./other.yaml#/A') }) }],
    ['an anchor', { given: schemas({ A: { $anchor: 'a', type: 'string' }, B: ref('#a') }) }],
    ['an example with an externalValue', { given: schemas({}, { paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { examples: { x: { externalValue: 'https://example.com/x.json' } } } } } } } } } }) }],
    ['a chain of references that comes back to itself', { given: schemas({ A: ref('#/components/schemas/B'), B: ref('#/components/schemas/A') }) }],
    ['a pointer through null', { given: schemas({ A: { type: 'string', default: null }, B: ref('#/components/schemas/A/default/x') }) }],
    ['bad percent-encoding', { given: schemas({ B: ref('#/components/schemas/%E0%A4%A') }) }],
  ];
  test.each(leftToRedocly)('%s: left to Redocly', (_name, { given }) => {
    expect(localRefMap(documentOf(given))).toBeUndefined();
  });
});

describe.skipIf(realSpecFiles().length === 0)('localRefMap on real documents', () => {
  test('every peer fixture and GitHub\'s spec: each map it builds covers Redocly\'s', async () => {
    let built = 0;
    for await (const { file, parsed } of readableRealSpecs()) {
      if (parsed === null || typeof parsed !== 'object') continue;
      const document = documentOf(parsed);
      const ours = localRefMap(document);
      if (ours === undefined) continue;
      // A document Redocly's resolver throws on must never get a map of ours: its lint would pass where it fails.
      const theirs = await redoclyMap(document).catch((error: unknown) => {
        throw new Error(`${file}: Redocly's resolver throws where localRefMap built a map: ${String(error)}`);
      });
      expectCovers(ours, theirs, file);
      built++;
    }
    // The sweep means something only if most documents got a map of their own.
    expect(built).toBeGreaterThan(realSpecFiles().length / 2);
  }, 300_000);
});
