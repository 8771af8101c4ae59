import { emitClient } from '../emit/emit-client.js';
import { sourceParsedElsewhere, type SpecSource } from '../load/read-source.js';
import { hasExternalRef, lintAndBundle } from '../load/validate-and-bundle.js';
import { buildModel } from '../model/build-model.js';
import { toPortable, type SpecTaskMessage, type SpecTasksInput } from './messages.js';
import { stageTimer } from './stage-timer.js';

/**
 * The half of generation that does not need the types: Redocly's lint, the model, and the ts-morph wrapper.
 * It runs beside the types (see start-spec-tasks.ts), on the document the main thread parsed and checked.
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
    // Decided before bundling (which may edit the document in place), by the test the main thread uses too.
    const external = hasExternalRef(source.parsed);
    const spec = await time('lint', () => lintAndBundle(source));
    const model = await time('model', () => buildModel(spec.document, { clientName: input.clientName }));
    const bundled = external ? spec.document : undefined;
    report({ kind: 'checked', warnings: spec.warnings, model, ...(bundled ? { bundled } : {}) });
    const clientText = await time('client', () => emitClient(model, { clientName: input.clientName }));
    report({ kind: 'client', clientText, timings });
  } catch (error) {
    report({ kind: 'failed', error: toPortable(error), timings });
  }
}

function sourceOf(input: SpecTasksInput): SpecSource {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.bytes); // a BOM stays, as on the main thread
  const spec = { file: input.file, text, sha256: input.sha256 };
  // The same JSON.parse of the same text as the main thread's: the same document.
  const parsed = input.syntax === 'json' ? (JSON.parse(text) as unknown) : input.parsed;
  return sourceParsedElsewhere(spec, parsed, input.syntax);
}
