import { GeneratorError, type SourceLocation } from '../errors.js';
import type { LintWarning, OpenApiDocument } from '../load/openapi.js';
import type { RefCycle } from '../load/limits.js';
import type { SpecSource } from '../load/read-source.js';
import type { ApiModel, PaginationDeclaration } from '../model/types.js';

// What crosses between the main thread and the spec tasks (spec-tasks.ts), on a worker or on the same thread.
// Kept apart from spec-tasks.ts so that the main thread does not load ts-morph and Redocly just for these types.

/**
 * The spec as the main thread read, parsed and checked it (size, depth, circular `$ref`s): the tasks do not
 * parse it again. A JSON document is sent as its bytes (moved, not copied) and decoded there with JSON.parse,
 * which costs both threads less than a structured clone of the parsed value; a YAML document is sent parsed,
 * since a clone costs far less than the YAML parser.
 */
export interface SpecTasksInput {
  file: string;
  sha256: string;
  /** The spec's text, UTF-8 encoded. */
  bytes: Uint8Array;
  syntax: SpecSource['syntax'];
  /** Whether a `$ref` points outside the document (found by the main thread's structure check). */
  externalRef: boolean;
  /** The `$ref` circles the main thread's reader cut, to cut in the worker's copy too. */
  refCycles?: readonly RefCycle[];
  /** The parsed document, for YAML only. */
  parsed?: unknown;
  clientName: string;
  /** The generator config's pagination declarations (plain data: it crosses to the worker). */
  pagination?: Record<string, PaginationDeclaration | false>;
  /** The package's name, which names the API when the spec's title does not (emit/api-name.ts). */
  packageName: string;
  /** The first key (`//`) of the interface snapshot, which the tasks take: where it was generated from. */
  generatedFrom: string;
}

/** An error as it crosses threads: a GeneratorError keeps its reason and location, anything else its stack. */
export type PortableError =
  | { generator: true; reason: string; location?: SourceLocation }
  | { generator: false; message: string; stack?: string };

/**
 * What the tasks report, each message with the stage timings so far. `checked` and `client` come in either
 * order (the wrapper first, unless external `$ref`s make the model wait for Redocly's bundle); `failed` ends
 * the tasks instead of whichever has not come yet.
 */
export type SpecTaskMessage =
  /** The lint passed and the model is built: everything that can refuse the spec has run. */
  | {
      kind: 'checked';
      warnings: LintWarning[];
      /**
       * The warnings as printed, with their lines, when this thread could find them cheaply (a JSON spec: one scan of
       * the text); otherwise left to the main thread, whose YAML parse has the positions.
       */
      described?: string[];
      /**
       * openapi.snapshot.json's text (model/interface-snapshot.ts), of Redocly's bundle: sent only for a spec with
       * external `$ref`s; of any other, the main thread makes it from its own parse.
       */
      snapshot?: string;
      model: ApiModel;
      /** Redocly's bundle, sent only when external `$ref`s made it differ from the parsed file. */
      bundled?: OpenApiDocument;
      timings: Record<string, number>;
    }
  /** The wrapper's source (src/client.ts without its header); it counts only once `checked` has come too. */
  | { kind: 'client'; text: string; timings: Record<string, number> }
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
