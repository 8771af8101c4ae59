import { emitClient } from '../emit/emit-client.js';
import { parseSpecFile } from '../load/read-source.js';
import { hasExternalRef, lintAndBundle } from '../load/validate-and-bundle.js';
import { buildModel } from '../model/build-model.js';
import { toPortable, type SpecTaskMessage, type SpecTasksInput } from './messages.js';
import { stageTimer } from './stage-timer.js';

/**
 * The half of generation that does not need the types: Redocly's lint, the model, and the ts-morph wrapper.
 * It runs on a worker thread beside the types (see start-spec-tasks.ts), from its own parse of the same text.
 */
export async function runSpecTasks(input: SpecTasksInput, report: (message: SpecTaskMessage) => void): Promise<void> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings, input.spec.file);
  try {
    let external = false;
    const spec = await time('validate', async () => {
      const source = parseSpecFile(input.spec, input.readOptions);
      // Decided before bundling (which may edit the document in place), by the test the main thread uses too.
      external = hasExternalRef(source.parsed);
      return lintAndBundle(source);
    });
    const model = await time('model', () => buildModel(spec.document, { clientName: input.clientName }));
    const bundled = external ? spec.document : undefined;
    report({ kind: 'checked', warnings: spec.warnings, model, ...(bundled ? { bundled } : {}) });
    const clientText = await time('client', () => emitClient(model, { clientName: input.clientName }));
    report({ kind: 'client', clientText, timings });
  } catch (error) {
    report({ kind: 'failed', error: toPortable(error), timings });
  }
}

