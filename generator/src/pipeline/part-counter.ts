/**
 * A counter in shared memory that both threads take part numbers from, to check the wrapper's parts between them
 * (verify/generated-code.ts, checkParts): Atomics hands each number to exactly one thread, so whichever thread is
 * free first takes the next part, and neither waits for a split decided in advance.
 */
export function newPartCounter(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** Takes the next part number from the counter (0, 1, 2, ... across both threads). */
export function partTaker(counter: SharedArrayBuffer): () => number {
  const view = new Int32Array(counter);
  return () => Atomics.add(view, 0, 1);
}
