import { GeneratorError } from '../errors.js';

export type StageTimer = <T>(stage: string, work: () => T | Promise<T>) => Promise<T>;

/**
 * Runs a named stage and adds its elapsed time to `timings`. A stack overflow in any library (each recurses over
 * the document) becomes the same one-line error as the depth limit, naming the stage.
 */
export function stageTimer(timings: Record<string, number>, specFile: string): StageTimer {
  return async (stage, work) => {
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        throw new GeneratorError(`the document nests too deeply for the ${stage} step (a lower --max-depth shows where)`, { file: specFile }, { cause: error });
      }
      throw error;
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
    }
  };
}
