import { emitClient } from '../emit/emit-client.js';
import { sourceParsedElsewhere, type SpecSource } from '../load/read-source.js';
import { describeWarnings, lintAndBundle, type LintedSpec, type LintWarning } from '../load/validate-and-bundle.js';
import { snapshotText } from '../model/interface-snapshot.js';
import { buildModel } from '../model/build-model.js';
import type { ApiModel } from '../model/types.js';
import { toPortable, type SpecTaskMessage, type SpecTasksInput } from './messages.js';
import { stageTimer, type StageTimer } from './stage-timer.js';

/**
 * The half of generation that does not need the types: Redocly's lint, the model, and the ts-morph wrapper.
 * It runs beside the types (see start-spec-tasks.ts), on the document the main thread parsed and checked.
 *
 * The model and the wrapper come first and the wrapper is sent at once, so that the main thread can check it
 * while the lint (the longest task) runs; the lint's verdict still decides: a lint error is reported instead of
 * any error of the model or the wrapper (a broken spec can trip them), and nothing counts until the lint has
 * passed. Only a spec with external `$ref`s is linted first, since its model is built from Redocly's bundle.
 */
export async function runSpecTasks(
  input: SpecTasksInput,
  report: (message: SpecTaskMessage) => void,
  /** Stages timed before these tasks began (the worker's loading of its libraries). */
  timings: Record<string, number> = {},
): Promise<void> {
  const time = stageTimer(timings, input.file);
  try {
    const source = await time('decode', () => sourceOf(input));
    if (input.externalRef) {
      const spec = await time('lint', () => lintAndBundle(source));
      const model = await time('model', () => buildModel(spec.document, { clientName: input.clientName, pagination: input.pagination, locate: source.locate }));
      report({ kind: 'checked', ...(await afterLint(spec, input, time)), model, bundled: spec.document, timings });
      const text = await time('client', () => emitClient(model, { clientName: input.clientName, packageName: input.packageName }));
      report({ kind: 'client', text, timings });
      return;
    }
    let model: ApiModel | undefined;
    let modelError: unknown;
    let client: string | undefined;
    try {
      model = await time('model', () => buildModel(source.parsed as Parameters<typeof buildModel>[0], { clientName: input.clientName, pagination: input.pagination, locate: source.locate }));
      client = await time('client', () => emitClient(model!, { clientName: input.clientName, packageName: input.packageName }));
      report({ kind: 'client', text: client, timings });
    } catch (error) {
      modelError = error;
    }
    const spec = await time('lint', () => lintAndBundle(source));
    if (modelError !== undefined || !model || client === undefined) throw modelError;
    report({ kind: 'checked', ...(await afterLint(spec, input, time)), model, timings });
  } catch (error) {
    report({ kind: 'failed', error: toPortable(error), timings });
  }
}

/**
 * What the main thread needs besides the model, made here while it still emits the types: for a JSON spec the
 * warnings with their lines, and for a spec with external `$ref`s the interface snapshot of Redocly's bundle, which
 * only this thread has (of any other spec the main thread makes it, from its own parse, before the types).
 */
async function afterLint(spec: LintedSpec, input: SpecTasksInput, time: StageTimer): Promise<{ warnings: LintWarning[]; described?: string[]; snapshot?: string }> {
  const snapshot = input.externalRef ? { snapshot: await time('snapshot', () => snapshotText(spec.document, input.generatedFrom)) } : {};
  if (spec.source.syntax !== 'json') return { warnings: spec.warnings, ...snapshot };
  const described = await time('warnings', () => describeWarnings(spec.warnings, spec.source));
  return { warnings: spec.warnings, described, ...snapshot };
}

function sourceOf(input: SpecTasksInput): SpecSource {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.bytes); // a BOM stays, as on the main thread
  const spec = { file: input.file, text, sha256: input.sha256 };
  // The same JSON.parse of the same text as the main thread's: the same document.
  const parsed = input.syntax === 'json' ? (JSON.parse(text) as unknown) : input.parsed;
  return sourceParsedElsewhere(spec, parsed, input.syntax, input.externalRef, input.refCycles);
}
