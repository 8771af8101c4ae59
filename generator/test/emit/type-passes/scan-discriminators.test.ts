import { describe, expect, test } from 'vitest';
import { openapiTypescript } from '../../../src/libraries/openapi-typescript.js';
import { scanDiscriminators } from '../../../src/emit/type-passes/scan-discriminators.js';
import { readSource } from '../../../src/load/read-source.js';
import { realSpecFiles } from '../../support/real-specs.js';

/** openapi-typescript's scanDiscriminators on the whole document, as it ships. */
const asShipped = (document: object) => openapiTypescript.scanDiscriminators(document as never, { silent: true });

/** Both scans on copies of `document`: what each returned, and the document as each left it (it patches enums in). */
function bothScans(document: unknown) {
  const ours = structuredClone(document) as object;
  const theirs = structuredClone(document) as object;
  return { ours: { result: scanDiscriminators(ours), document: ours }, theirs: { result: asShipped(theirs), document: theirs } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pet = (extra: object = {}) => ({ type: 'object', properties: { kind: { type: 'string' } }, ...extra });
const withSchemas = (schemas: object, paths: object = {}) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths, components: { schemas } });

describe('scanDiscriminators: the same result and the same patches as openapi-typescript scanning the whole document', () => {
  const cases: [string, { given: unknown; want: { discriminated: string[]; patched: string[] } }][] = [
    ['no discriminator anywhere: nothing found, nothing patched', {
      given: withSchemas({ Cat: pet(), Dog: pet() }, { '/pets': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: ref('Cat'), example: { kind: 'cat' } } } } } } } }),
      want: { discriminated: [], patched: [] },
    }],
    ['oneOf with a mapping: the mapped components get the enum', {
      given: withSchemas({ Cat: pet(), Dog: pet(), Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } } }),
      want: { discriminated: ['#/components/schemas/Pet'], patched: ['Cat', 'Dog'] },
    }],
    ['a discriminator inline in a response (as in GitHub\'s spec) patches the components it names', {
      given: withSchemas({ Cat: pet(), Dog: pet() }, { '/pets': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } } } } } } } } }),
      want: { discriminated: ['#/paths/~1pets/get/responses/200/content/application~1json/schema'], patched: ['Cat', 'Dog'] },
    }],
    ['a mapping target that is itself a $ref is followed to the schema it names', {
      given: withSchemas({ Cat: pet(), Alias: ref('Cat'), Pet: { oneOf: [ref('Alias')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Alias' } } } }),
      want: { discriminated: ['#/components/schemas/Pet'], patched: ['Cat'] },
    }],
    ['allOf children of a discriminated parent are found and patched by their mapping value', {
      given: withSchemas({ Pet: { ...pet(), discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } }, Cat: { allOf: [ref('Pet'), { type: 'object' }] } }),
      want: { discriminated: ['#/components/schemas/Cat', '#/components/schemas/Pet'], patched: ['Cat'] },
    }],
    ['a mapping into an array item resolves through the array', {
      given: withSchemas({ Cat: pet(), List: { anyOf: [{ type: 'string' }, pet()] }, Pet: { oneOf: [ref('Cat')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', other: '#/components/schemas/List/anyOf/1' } } } }),
      want: { discriminated: ['#/components/schemas/Pet'], patched: ['Cat', 'List/anyOf/1'] },
    }],
    ['a `__proto__` schema name is an own key in the view too', {
      given: JSON.parse('{"openapi":"3.0.3","paths":{},"components":{"schemas":{"__proto__":{"type":"object","properties":{"kind":{"type":"string"}}},"Pet":{"oneOf":[{"$ref":"#/components/schemas/__proto__"}],"discriminator":{"propertyName":"kind"}}}}}'),
      want: { discriminated: ['#/components/schemas/Pet'], patched: ['__proto__'] },
    }],
    ['a mapping to a schema that does not exist patches nothing', {
      given: withSchemas({ Cat: pet(), Pet: { oneOf: [ref('Cat')], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Missing' } } } }),
      want: { discriminated: ['#/components/schemas/Pet'], patched: ['Cat'] },
    }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => {
    const { ours, theirs } = bothScans(given);
    expect(ours.result).toEqual(theirs.result);
    expect(ours.document).toEqual(theirs.document);
    expect(Object.keys(ours.result.objects).sort()).toEqual(want.discriminated);
    // Which schemas gained the discriminator's enum (a property, or an allOf member, that openapi-typescript describes).
    const patched: string[] = [];
    const collect = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const { description } = node as { description?: unknown };
      if (typeof description === 'string' && description.includes('openapi-typescript')) patched.push(at.replace(/(\/allOf\/\d+)?\/properties\/kind$/, ''));
      for (const [key, value] of Object.entries(node)) collect(value, at === '' ? key : `${at}/${key}`);
    };
    collect((ours.document as { components: { schemas: unknown } }).components.schemas, '');
    expect(patched.sort()).toEqual(want.patched);
  });
});

describe.skipIf(realSpecFiles().length === 0)('scanDiscriminators on real documents: the same as openapi-typescript\'s own scan', () => {
  test('every peer fixture and GitHub\'s spec', async () => {
    const files = realSpecFiles();
    let withDiscriminators = 0;
    for (const file of files) {
      let parsed: unknown;
      try {
        parsed = (await readSource(file)).parsed;
      } catch {
        continue; // not a document we read (the corpus says why); nothing to compare
      }
      if (parsed === null || typeof parsed !== 'object') continue;
      const { ours, theirs } = bothScans(parsed);
      expect(ours.result, file).toEqual(theirs.result);
      expect(ours.document, file).toEqual(theirs.document);
      if (Object.keys(theirs.result.objects).length > 0) withDiscriminators++;
    }
    // The sweep means something only if documents with discriminators were among them.
    expect(withDiscriminators).toBeGreaterThan(0);
  }, 300_000);
});
