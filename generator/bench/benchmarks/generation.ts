/** 1. Full generation of GitHub's spec, every tool in a fresh process, rounds interleaved. */
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { GITHUB_SPEC, ourArgs, OTS_CLI, REPO_DIR, RUNS, TMP, versionOf } from '../config.js';
import { check, dirSize, runNode, type Measured } from '../measure.js';


function oazapftsCli(): string {
  // Not require.resolve: oazapfts' `exports` does not expose its package.json.
  const manifestFile = path.join(REPO_DIR, 'node_modules', 'oazapfts', 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.oazapfts;
  if (!bin) throw new Error('oazapfts declares no `oazapfts` bin');
  return path.join(path.dirname(manifestFile), bin);
}

export interface Tool {
  name: string;
  run(round: number): Promise<Measured>;
  outputBytes(round: number): number;
}

export async function benchGeneration(): Promise<{ samples: Map<string, Measured[]>; failures: Map<string, string>; tools: Tool[] }> {
  const oazapfts = oazapftsCli();
  const tools: Tool[] = [
    {
      name: 'ours (types + wrapper + package)',
      run: async (round) => {
        const out = path.join(TMP, `ours-${round}`);
        await rm(out, { recursive: true, force: true });
        return check(await runNode(ourArgs(out)), 'our generator');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ours-${round}`)),
    },
    {
      // What the first run after an install or an upgrade costs: every module compiled from source.
      name: 'ours, compile cache off (first run after install)',
      run: async (round) => {
        const out = path.join(TMP, `ours-cold-${round}`);
        await rm(out, { recursive: true, force: true });
        return check(await runNode(ourArgs(out), { env: { PERISKOPE_NO_COMPILE_CACHE: '1' } }), 'our generator (compile cache off)');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ours-cold-${round}`)),
    },
    {
      name: `openapi-typescript ${versionOf('openapi-typescript')} (types only)`,
      run: async (round) => {
        const out = path.join(TMP, `ots-${round}`);
        await rm(out, { recursive: true, force: true });
        await mkdir(out, { recursive: true });
        return check(await runNode([OTS_CLI, GITHUB_SPEC, '-o', path.join(out, 'schema.ts')]), 'openapi-typescript');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `ots-${round}`)),
    },
    {
      name: `oazapfts ${versionOf('oazapfts')} (types + functions)`,
      run: async (round) => {
        const out = path.join(TMP, `oazapfts-${round}`);
        await rm(out, { recursive: true, force: true });
        await mkdir(out, { recursive: true });
        return check(await runNode([oazapfts, GITHUB_SPEC, path.join(out, 'api.ts')]), 'oazapfts');
      },
      outputBytes: (round) => dirSize(path.join(TMP, `oazapfts-${round}`)),
    },
  ];
  const samples = new Map<string, Measured[]>(tools.map((tool) => [tool.name, []]));
  const failures = new Map<string, string>();
  // One run first, not measured, fills our compile cache (pipeline/compile-cache.ts) as any earlier run would have.
  process.stderr.write('  generation: one unmeasured run of ours to fill its compile cache\n');
  try {
    await tools[0]!.run(0);
  } catch (error) {
    failures.set(tools[0]!.name, (error as Error).message);
  }
  for (let round = 1; round <= RUNS; round++) {
    for (const tool of tools) {
      if (failures.has(tool.name)) continue;
      process.stderr.write(`  generation round ${round}/${RUNS}: ${tool.name}\n`);
      try {
        samples.get(tool.name)!.push(await tool.run(round));
      } catch (error) {
        failures.set(tool.name, (error as Error).message);
      }
    }
  }
  return { samples, failures, tools };
}
