import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command does with its arguments: run with these values, or stop now with this exit status. */
export type CommandLine<O extends Options> = { values: ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'] } | { exit: 0 | 2 };

/**
 * The generator's commands read their options one way: node's parseArgs, strict, no positionals. A bad option
 * prints the error and the usage (exit 2); `--help` (an option every command declares) prints the usage (exit 0).
 */
export function readCommandLine<O extends Options>(argv: string[], options: O, usage: string): CommandLine<O> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${usage}`);
    return { exit: 2 };
  }
  if ((values as { help?: unknown }).help === true) {
    console.log(usage);
    return { exit: 0 };
  }
  return { values };
}

/**
 * A path the user typed, resolved against the folder they typed it in: npm runs a script from its package's folder
 * (the repository root for `npm run generate`), and says where `npm run` was started in INIT_CWD.
 */
export function resolveUserPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
