import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { generate, type GeneratedFile, type GenerateResult } from '../src/generate.js';
import { writeOutput } from '../src/write/output.js';
import { GENERATOR_DIR, TEST_DIR, tempDirs } from './support/temp.js';
import { typeCheck } from './support/typecheck.js';

const SEED_SPEC = path.join(TEST_DIR, 'fixtures', 'seed', 'periskope.yaml');
const GOLDEN_DIR = path.join(TEST_DIR, 'golden', 'seed');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Files every generated package has; others (such as openapi.snapshot.json) are compared too. */
const CORE_FILES = ['package.json', 'tsconfig.json', 'src/client.ts', 'src/index.ts', 'src/runtime.ts', 'src/schema.ts'];

/** Every file below `dir`, relative with `/` separators, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A short line diff: the first differing lines with a little context, so a golden failure says where. */
function describeDifference(file: string, want: string, got: string): string {
  const wantLines = want.split('\n');
  const gotLines = got.split('\n');
  let first = 0;
  while (first < wantLines.length && first < gotLines.length && wantLines[first] === gotLines[first]) first++;
  const from = Math.max(0, first - 2);
  const lines = [`${file} differs from its golden copy at line ${first + 1} (golden ${wantLines.length} lines, generated ${gotLines.length}):`];
  for (let i = from; i < first; i++) lines.push(`  ${wantLines[i]}`);
  for (let i = first; i < first + 6 && (i < wantLines.length || i < gotLines.length); i++) {
    if (wantLines[i] === gotLines[i]) lines.push(`  ${wantLines[i]}`);
    else {
      if (i < wantLines.length) lines.push(`- ${wantLines[i]}`);
      if (i < gotLines.length) lines.push(`+ ${gotLines[i]}`);
    }
  }
  lines.push('Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/generate.test.ts');
  return lines.join('\n');
}

// Relative to the working folder, as the CLI passes it; only its basename reaches the output.
const SEED_OPTIONS = { specPath: path.relative(process.cwd(), SEED_SPEC), packageName: '@periskope/periskope-client', clientName: 'PeriskopeApi' };
// Generated at collection time so every file gets its own test.
const seed = await generate(SEED_OPTIONS);

describe('seed spec: golden files', () => {
  let second: GenerateResult;

  beforeAll(async () => {
    second = await generate(SEED_OPTIONS);
    if (UPDATE) {
      await rm(GOLDEN_DIR, { recursive: true, force: true });
      for (const file of seed.files) {
        await mkdir(path.dirname(path.join(GOLDEN_DIR, file.path)), { recursive: true });
        await writeFile(path.join(GOLDEN_DIR, file.path), file.content);
      }
    }
  });

  test('produces the core package files', () => {
    expect(seed.files.map((f) => f.path)).toEqual(expect.arrayContaining(CORE_FILES));
  });

  test('the golden folder holds exactly the generated files', async () => {
    expect(await listFiles(GOLDEN_DIR), 'Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/generate.test.ts').toEqual(
      seed.files.map((f) => f.path).sort(),
    );
  });

  test.each(seed.files.map((f) => f.path))('%s matches its golden copy byte for byte', async (file) => {
    const generated = seed.files.find((f) => f.path === file)!;
    const golden = await readFile(path.join(GOLDEN_DIR, file)).catch(() => undefined);
    expect(golden, `${file} has no golden copy; regenerate with UPDATE_GOLDEN=1`).toBeDefined();
    const bytes = Buffer.from(generated.content, 'utf8');
    if (!bytes.equals(golden!)) {
      const message = describeDifference(file, golden!.toString('utf8'), generated.content);
      expect(generated.content, message).toBe(golden!.toString('utf8'));
      expect.fail(message); // same text, different bytes (e.g. invalid UTF-8 in the golden copy)
    }
  });

  test('two runs give identical bytes', () => {
    expect(second.files.map((f) => f.path)).toEqual(seed.files.map((f) => f.path));
    for (const [index, file] of seed.files.entries()) {
      expect(Buffer.from(second.files[index]!.content).equals(Buffer.from(file.content)), `${file.path} differs between runs`).toBe(true);
    }
  });

  test('every file with a header names the spec and its sha256, not the path it was read from', async () => {
    const sha = createHash('sha256').update(await readFile(SEED_SPEC)).digest('hex');
    for (const file of seed.files.filter((f) => CORE_FILES.includes(f.path) && f.path !== 'src/runtime.ts')) {
      expect(file.content, file.path).toContain(`Generated from periskope.yaml (sha256 ${sha})`);
    }
    for (const file of seed.files) expect(file.content, file.path).not.toContain('fixtures');
  });

  // The runtime does not come from the spec: a header naming the spec would send a reader to the wrong source.
  const runtimeHeaders: [string, { given: string; want: RegExp; not: string }][] = [
    ['src/runtime.ts names the template it is copied from', { given: 'src/runtime.ts', want: /^\/\/ The client's runtime, copied unchanged .*\n\/\/ templates\/runtime\.ts\).* change the template/, not: 'Generated from' }],
    ['src/client.ts names the spec', { given: 'src/client.ts', want: /^\/\/ Generated from periskope\.yaml \(sha256 [0-9a-f]{64}\)/, not: 'templates/runtime.ts' }],
  ];
  test.each(runtimeHeaders)('%s', async (_name, { given, want, not }) => {
    const file = seed.files.find((f) => f.path === given)!;
    expect(file.content).toMatch(want);
    expect(file.content).not.toContain(not);
  });

  test('src/runtime.ts is the template byte for byte', async () => {
    const template = await readFile(path.join(GENERATOR_DIR, 'templates', 'runtime.ts'), 'utf8');
    expect(seed.files.find((f) => f.path === 'src/runtime.ts')!.content).toBe(template);
  });

  test('the model has the seed operation', () => {
    expect(seed.model.operations.map((o) => `${o.group}.${o.name}`)).toEqual(['message.cancelBroadcast']);
  });
});

// ---------------------------------------------------------------------------------------------------------

const SMALL_SPEC = `openapi: 3.1.0
info:
  title: Notes
  version: 0.3.0
servers:
  - url: https://notes.example.com/api
tags:
  - name: notes
  - name: admin
paths:
  /notes:
    get:
      tags: [notes]
      operationId: listNotes
      parameters:
        - name: limit
          in: query
          schema: { type: integer }
      responses:
        '200':
          description: The notes.
          content:
            application/json:
              schema:
                type: array
                items: { $ref: '#/components/schemas/Note' }
    post:
      tags: [notes]
      operationId: createNote
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [title]
              properties:
                title: { type: string }
                body: { type: string }
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Note' }
        '422':
          description: Invalid note.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Problem' }
  /notes/{noteId}:
    delete:
      tags: [notes]
      operationId: deleteNote
      parameters:
        - name: noteId
          in: path
          required: true
          schema: { type: string }
      responses:
        '204':
          description: Deleted.
        '404':
          description: No such note.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Problem' }
  /admin/stats:
    get:
      tags: [admin]
      operationId: stats
      responses:
        '200':
          description: Plain text stats.
          content:
            text/plain:
              schema: { type: string }
components:
  schemas:
    Note:
      type: object
      required: [id, title]
      properties:
        id: { type: string }
        title: { type: string }
        body: { type: string }
    Problem:
      type: object
      required: [message]
      properties:
        message: { type: string }
`;

const GOOD_CONSUMER = `import { ApiError, NotesApi, DEFAULT_BASE_URL } from './src/index.js';
import type { DeleteNoteResult, Note } from './consumer-types.js';

const client = new NotesApi({ baseUrl: DEFAULT_BASE_URL });

export async function run(): Promise<string> {
  const created = await client.notes.createNote({ title: 'hello', body: 'world' });
  const title: string = created.title;
  const all = await client.notes.listNotes();
  const some = await client.notes.listNotes({ limit: 10 });
  const count: number = all.length + some.length;
  const stats: string = await client.admin.stats();
  const gone: DeleteNoteResult = await client.notes.deleteNote({ noteId: created.id });
  void gone;
  try {
    await client.notes.deleteNote({ noteId: 'missing' });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      // Narrowed to deleteNote's documented 404: operation and body are typed.
      const operation: 'deleteNote' = e.operation;
      // The parsed JSON, or undefined when the answer is empty or not JSON.
      const message: string = e.body?.message ?? '';
      return operation + message;
    }
    throw e;
  }
  return title + count + stats;
}
`;

const CONSUMER_TYPES = `import type { DeleteNoteResult as R, components } from './src/index.js';
export type DeleteNoteResult = R;
export type Note = components['schemas']['Note'];
`;

const BAD_CONSUMERS: [string, { given: string; want: { code: number; line: number } }][] = [
  ['a number where the string path parameter is expected', {
    given: `import { NotesApi } from './src/index.js';
const client = new NotesApi();
export const done = client.notes.deleteNote({ noteId: 42 });
`,
    want: { code: 2322, line: 3 },
  }],
  ['a required argument left out', {
    given: `import { NotesApi } from './src/index.js';
const client = new NotesApi();
export const done = client.notes.createNote();
`,
    want: { code: 2554, line: 3 },
  }],
  ["a 404 narrowed error is not createNote's", {
    given: `import { ApiError } from './src/index.js';
export function check(e: unknown): void {
  if (e instanceof ApiError && e.status === 404) {
    const operation: 'createNote' = e.operation;
    void operation;
  }
}
`,
    want: { code: 2322, line: 4 },
  }],
];

describe('a different small spec: generated output type-checks under strict', () => {
  const temp = tempDirs();
  let root: string;
  let out: string;
  let result: GenerateResult;
  let sources: string[];

  beforeAll(async () => {
    // Inside the repository, so `openapi-fetch` resolves from /work/main/node_modules.
    root = await temp.make('small-', { inRepo: true });
    out = path.join(root, 'out');
    await writeFile(path.join(root, 'notes.yaml'), SMALL_SPEC);
    result = await generate({ specPath: path.join(root, 'notes.yaml'), packageName: '@example/notes', clientName: 'NotesApi' });
    await writeOutput(out, result.files);
    await writeFile(path.join(out, 'consumer-types.ts'), CONSUMER_TYPES);
    sources = (await readdir(path.join(out, 'src'))).filter((f) => f.endsWith('.ts')).map((f) => path.join(out, 'src', f));
  });
  afterAll(() => temp.cleanup());

  test('the model has the groups and operations of the spec, without warnings', () => {
    expect(result.model.groups.map((g) => [g.property, g.operations.map((o) => o.name)])).toEqual([
      ['notes', ['listNotes', 'createNote', 'deleteNote']],
      ['admin', ['stats']],
    ]);
    expect(result.model.warnings).toEqual([]);
    expect(sources.map((f) => path.basename(f)).sort()).toEqual(['body.ts', 'client.ts', 'debug-log.ts', 'index.ts', 'logging.ts', 'response.ts', 'retry.ts', 'runtime.ts', 'schema.ts', 'wire.ts']);
  });

  test('the generated sources compile with zero diagnostics', () => {
    const { diagnostics, text } = typeCheck(sources);
    expect(text).toBe('');
    expect(diagnostics).toHaveLength(0);
  });

  test('a consumer calling methods and narrowing `e instanceof ApiError && e.status === 404` compiles', async () => {
    const consumer = path.join(out, 'consumer.ts');
    await writeFile(consumer, GOOD_CONSUMER);
    const { diagnostics, text, program } = typeCheck([...sources, consumer]);
    expect(text).toBe('');
    expect(diagnostics).toHaveLength(0);
    // The check really looked at the consumer and at the runtime it calls (which has no dependencies).
    expect(program.getSourceFile(consumer)).toBeDefined();
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith('/src/runtime.ts'))).toBe(true);
  });

  test.each(BAD_CONSUMERS)('a consumer that must not compile is rejected: %s', async (name, { given, want }) => {
    const consumer = path.join(out, `bad-${BAD_CONSUMERS.findIndex(([n]) => n === name)}.ts`);
    await writeFile(consumer, given);
    const { diagnostics, text } = typeCheck([...sources, consumer]);
    const inConsumer = diagnostics.filter((d) => d.file?.fileName === consumer);
    expect(diagnostics.length, text).toBe(inConsumer.length); // the generated code itself stays clean
    expect(inConsumer.map((d) => d.code), text).toContain(want.code);
    const [first] = inConsumer;
    expect(first!.file!.getLineAndCharacterOfPosition(first!.start!).line + 1).toBe(want.line);
  });
});

describe('generated output that does not compile (source bugs)', () => {
  const temp = tempDirs();
  afterAll(() => temp.cleanup());

  async function generateAndCheck(spec: string): Promise<string> {
    const root = await temp.make('bug-', { inRepo: true });
    await writeFile(path.join(root, 'spec.yaml'), spec);
    const { files } = await generate({ specPath: path.join(root, 'spec.yaml'), packageName: 'bug', clientName: 'BugApi' });
    await writeOutput(path.join(root, 'out'), files as GeneratedFile[]);
    const sources = files.filter((f) => f.path.startsWith('src/')).map((f) => path.join(root, 'out', f.path));
    return typeCheck(sources).text;
  }

  // BUG (src/model/build-model.ts:149-153 with src/emit/emit-client.ts:201 and type-expressions.ts:60):
  // an *optional* request body whose object schema has required properties gives argumentsRequired=false, so
  // the method is emitted as `createPet(args: CreatePetArgs = {}, ...)`, but CreatePetArgs is the body type
  // itself, with `name` required: TS2741 "Property 'name' is missing in type '{}'".
  it('an optional body with required properties compiles', async () => {
    const text = await generateAndCheck(`openapi: 3.1.0
info: { title: Pets, version: "1" }
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: false
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
      responses:
        '201': { description: created }
`);
    expect(text).toBe('');
  });

  // BUG (src/model/naming.ts:16): an operationId such as `area²` is treated as a safe identifier and
  // emitted as a method name, which is a syntax error.
  it('an operationId with a superscript digit still gives valid TypeScript', async () => {
    const text = await generateAndCheck(`openapi: 3.1.0
info: { title: Geo, version: "1" }
paths:
  /area:
    get:
      operationId: area²
      responses:
        '204': { description: none }
`);
    expect(text).toBe('');
  });
});

describe('a spec openapi-typescript cannot type', () => {
  const temp = tempDirs();
  afterAll(() => temp.cleanup());

  // An object schema with string enum members (Mercedes-Benz's configurator on APIs.guru): openapi-typescript
  // stops with "Expected SchemaObject, received string at #/components/schemas/ProductGroup/oneOf/0" (7.13; the
  // pointer is inside the enum it turned into a oneOf, so the error points at the schema's own line).
  test('is refused with the line and pointer of the schema it stopped at', async () => {
    const root = await temp.make('untypable-');
    const spec = path.join(root, 'spec.yaml');
    await writeFile(
      spec,
      [
        'openapi: 3.0.3',
        'info: { title: Cars, version: "1" }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    ProductGroup:',
        '      type: object',
        '      enum: [PKW, VAN]',
        '      properties: { name: { type: string } }',
        '',
      ].join('\n'),
    );
    const error = await generate({ specPath: spec, packageName: 'cars', clientName: 'CarsApi' }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe(`${spec}:6:5 (#/components/schemas/ProductGroup/oneOf/0): openapi-typescript could not type the spec: Expected SchemaObject, received string`);
  });
});
