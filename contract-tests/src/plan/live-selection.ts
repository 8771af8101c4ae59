import type { OperationModel } from '@periskope-tools/generator';

/** `a, b,c` → [a, b, c]; empty → undefined (all operations). */
export function parseOperationList(value: string | undefined): string[] | undefined {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** The operations named (by id or operationId), in spec order; throws listing any name the spec does not have. */
export function selectOperations(operations: OperationModel[], names: string[] | undefined): OperationModel[] {
  if (!names) return operations;
  const unknown = names.filter((name) => !operations.some((op) => op.id === name || op.operationId === name));
  if (unknown.length > 0) throw new Error(`--operations names operations the spec does not have: ${unknown.join(', ')}`);
  return operations.filter((op) => names.includes(op.id) || (op.operationId !== undefined && names.includes(op.operationId)));
}

/** Methods that do not change data on a well-behaved server; `--read-only` calls only these. */
export const READ_ONLY_METHODS: readonly string[] = ['get', 'head', 'options'];

/**
 * The operations a live run calls: those named by `--operations` (all when none), and with `--read-only` only
 * the ones whose method cannot change data. Throws when nothing is left, or a name is unknown.
 */
export function selectLiveOperations(operations: OperationModel[], names: string[] | undefined, readOnly: boolean): OperationModel[] {
  const named = selectOperations(operations, names);
  const selected = readOnly ? named.filter((op) => READ_ONLY_METHODS.includes(op.method)) : named;
  if (selected.length === 0) throw new Error(`no operation left to call${readOnly ? ' with --read-only (it keeps GET, HEAD and OPTIONS only)' : ''}`);
  return selected;
}

/** The operations of the inventory: every operation with at least one documented response, in spec order. */
export function inventoryOperations(tuples: { operation: OperationModel }[]): OperationModel[] {
  return [...new Set(tuples.map((tuple) => tuple.operation))];
}
