import chokidar from 'chokidar';

/**
 * `--watch`: runs `regenerate` after every save of the spec until SIGINT/SIGTERM. Saves that land while a run is
 * going on are folded into one more run after it (an editor's save is often several writes). chokidar follows
 * editors that save by replacing the file (rename over it), which a plain fs.watch loses.
 */
export async function watchSpec(specPath: string, regenerate: () => Promise<unknown>, log: (line: string) => void): Promise<number> {
  const watcher = chokidar.watch(specPath, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 } });
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      log(`\nspec changed: regenerating (${new Date().toISOString()})`);
      await regenerate();
    } while (again);
    log(`watching ${specPath} (Ctrl-C stops)`);
  };
  const onChange = () => {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => (running = undefined));
  };
  watcher.on('change', onChange).on('add', onChange);
  await new Promise<void>((resolve, reject) => {
    watcher.on('ready', resolve);
    watcher.on('error', reject);
  });
  log(`watching ${specPath} (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running;
  await watcher.close();
  return 0;
}
