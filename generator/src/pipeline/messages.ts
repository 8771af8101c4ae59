import { GeneratorError, type SourceLocation } from '../errors.js';
import type { ReadOptions, SpecFile } from '../load/read-source.js';
import type { LintWarning, OpenApiDocument } from '../load/validate-and-bundle.js';
import type { ApiModel } from '../model/types.js';

// What crosses between the main thread and the worker of start-spec-tasks.ts. Kept apart from spec-tasks.ts so
// that the main thread does not load ts-morph (and its own TypeScript) just for these types.

export interface SpecTasksInput {
  spec: SpecFile;
  readOptions: ReadOptions;
  clientName: string;
}

/** An error as it crosses threads: a GeneratorError keeps its reason and location, anything else its stack. */
export type PortableError =
  | { generator: true; reason: string; location?: SourceLocation }
  | { generator: false; message: string; stack?: string };

export type SpecTaskMessage =
  /** The lint passed and the model is built: everything that can refuse the spec has run. */
  | {
      kind: 'checked';
      /** Not located yet: the main thread, idle by then, finds their lines in its own parse of the text. */
      warnings: LintWarning[];
      model: ApiModel;
      /** Redocly's bundle, sent only when external `$ref`s made it differ from the parsed file. */
      bundled?: OpenApiDocument;
    }
  | { kind: 'client'; clientText: string; timings: Record<string, number> }
  | { kind: 'failed'; error: PortableError; timings: Record<string, number> };

export function toPortable(error: unknown): PortableError {
  if (error instanceof GeneratorError) return { generator: true, reason: error.reason, location: error.location };
  if (error instanceof Error) return { generator: false, message: error.message, stack: error.stack };
  return { generator: false, message: String(error) };
}

export function fromPortable(error: PortableError): Error {
  if (error.generator) return new GeneratorError(error.reason, error.location);
  const restored = new Error(error.message);
  if (error.stack !== undefined) restored.stack = error.stack;
  return restored;
}
