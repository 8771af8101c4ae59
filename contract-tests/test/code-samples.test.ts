import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadContractContext } from '../src/spec/context.js';
import { typeCheckSamples, writeTypeScriptSamples } from '../src/gates/code-samples.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const scratch = path.join(here, '..', '.tmp');

describe("the spec's TypeScript code samples compile, unmodified, against the generated package", async () => {
  const context = await loadContractContext();

  test('each sample type-checks under strict', async () => {
    const samples = await writeTypeScriptSamples(context.model, context.spec.source, path.join(scratch, 'samples'));
    expect(samples.length, 'the spec has TypeScript samples').toBeGreaterThan(0);
    const problems = typeCheckSamples(samples).map(
      (d) => `${d.sample.title} at ${d.sample.specLocation} (sample line ${d.line}): ${d.message}`,
    );
    expect(problems).toEqual([]);
    console.log(`type-checked ${samples.length} TypeScript code sample${samples.length === 1 ? '' : 's'}`);
  });

  test('a sample that does not match the client fails the check', async () => {
    const broken = structuredClone(context.model);
    const operation = broken.operations.find((op) => op.codeSamples.some((s) => /^(typescript|ts)$/i.test(s.lang)));
    expect(operation, 'an operation with a TypeScript sample').toBeDefined();
    const sample = operation!.codeSamples.find((s) => /^(typescript|ts)$/i.test(s.lang))!;
    // Calls a method the generated client does not have: drift between spec samples and client.
    sample.source = sample.source.replace(`.${operation!.name}(`, `.${operation!.name}ThatDoesNotExist(`);
    const samples = await writeTypeScriptSamples(broken, context.spec.source, path.join(scratch, 'samples-broken'));
    const problems = typeCheckSamples(samples);
    expect(problems.some((p) => p.message.includes('ThatDoesNotExist'))).toBe(true);
  });
});

describe("the README's TypeScript examples compile against the generated package", () => {
  test('every ```ts block that imports the client type-checks under strict', async () => {
    const readme = await readFile(path.join(here, '..', '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
      .map((match) => match[1]!)
      .filter((block) => block.includes("from '@periskope/periskope-client'"));
    expect(blocks.length, 'README examples that use the client').toBeGreaterThan(0);
    const dir = path.join(scratch, 'readme-samples');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    const samples = await Promise.all(
      blocks.map(async (block, index) => {
        const file = path.join(dir, `readme-${index + 1}.ts`);
        await writeFile(file, block);
        return { title: `README example ${index + 1}`, file, specLocation: 'README.md' };
      }),
    );
    const problems = typeCheckSamples(samples).map((d) => `${d.sample.title} (line ${d.line}): ${d.message}`);
    expect(problems).toEqual([]);
  });
});
