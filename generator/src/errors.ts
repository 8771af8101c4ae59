/** Where a problem was found: the file, and as much of the position as is known. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
}

/**
 * An error the user can act on: one line, naming the file and (when known) the line and JSON pointer.
 * The CLI prints `message` without a stack trace unless --debug is given.
 */
export class GeneratorError extends Error {
  constructor(
    readonly reason: string,
    readonly location?: SourceLocation,
    options?: { cause?: unknown },
  ) {
    super(formatProblem(reason, location), options);
    this.name = 'GeneratorError';
  }
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  if (location.pointer !== undefined) text += ` (#${location.pointer})`;
  return text;
}

export function formatProblem(reason: string, location?: SourceLocation): string {
  return oneLine(location ? `${formatLocation(location)}: ${reason}` : reason);
}

/** Line breaks (from a key or name in the spec) written as `\n`, so a message stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, (brk) => (brk === '\r' ? '\\r' : '\\n'));
}
