/** 2. Regeneration with an unchanged spec: our CLI again into the same folder; must not touch the files. */
import { readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ourArgs, RUNS, TMP } from '../config.js';
import { check, runNode, type Measured } from '../measure.js';

export interface Regeneration {
  first: Measured;
  again: Measured[];
  untouched: boolean;
  output: string;
}

export async function benchRegeneration(): Promise<Regeneration> {
  const out = path.join(TMP, 'regen');
  await rm(out, { recursive: true, force: true });
  const first = check(await runNode(ourArgs(out)), 'our generator (first run)');
  const mtimes = () => (readdirSync(out, { recursive: true }) as string[]).map((f) => `${f}:${statSync(path.join(out, f)).mtimeMs}`).join('\n');
  const before = mtimes();
  const again: Measured[] = [];
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`  regeneration ${run}/${RUNS}\n`);
    again.push(check(await runNode(ourArgs(out)), 'our generator (unchanged spec)'));
  }
  // One more, not quiet, to show what the CLI says about an unchanged spec.
  const loud = check(await runNode(ourArgs(out, false)), 'our generator (unchanged spec, not quiet)');
  return { first, again, untouched: mtimes() === before, output: loud.stdout.trim() };
}
