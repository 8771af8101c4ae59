import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import type { ApiModel, SpecSource } from '@periskope-tools/generator';

export interface SampleFile {
  /** `cancelBroadcast` sample 1 (Node.js) */
  title: string;
  file: string;
  /** Where the sample sits in the spec, for messages. */
  specLocation: string;
}

export interface SampleDiagnostic {
  sample: SampleFile;
  line: number;
  message: string;
}

/** TypeScript `x-codeSamples`, written unmodified to files beside the suite so the workspace's packages resolve. */
export async function writeTypeScriptSamples(model: ApiModel, source: SpecSource, dir: string): Promise<SampleFile[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // The samples are modules compiled on their own, never bundled with the suite.
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const samples: SampleFile[] = [];
  for (const operation of model.operations) {
    let index = 0;
    for (const sample of operation.codeSamples) {
      if (!/^(typescript|ts)$/i.test(sample.lang)) continue;
      index++;
      const file = path.join(dir, `${operation.typeName}-${index}.ts`);
      await writeFile(file, sample.source);
      const location = source.locate(`${sample.pointer}/source`);
      samples.push({
        title: `${operation.id} sample ${index}${sample.label ? ` (${sample.label})` : ''}`,
        file,
        specLocation: `${location.file}${location.line ? `:${location.line}` : ''}`,
      });
    }
  }
  return samples;
}

/** Type-checks the samples under `strict` as ES modules (top-level await allowed), as a caller would. */
export function typeCheckSamples(samples: SampleFile[]): SampleDiagnostic[] {
  const program = ts.createProgram(
    samples.map((sample) => sample.file),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    },
  );
  const byFile = new Map(samples.map((sample) => [path.resolve(sample.file), sample]));
  const diagnostics: SampleDiagnostic[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const sample = diagnostic.file ? byFile.get(path.resolve(diagnostic.file.fileName)) : undefined;
    if (!sample || !diagnostic.file) {
      diagnostics.push({
        sample: { title: 'compiler', file: diagnostic.file?.fileName ?? '', specLocation: '' },
        line: 0,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      });
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    diagnostics.push({ sample, line: line + 1, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n') });
  }
  return diagnostics;
}
