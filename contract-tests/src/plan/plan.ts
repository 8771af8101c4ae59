import { takeShard, type OperationModel, type Shard } from '@periskope-tools/generator';
import type { ContractContext } from '../spec/context.js';
import { buildInventory, type Inventory, type ResponseTuple } from './inventory.js';
import { inventoryOperations, selectLiveOperations } from './live-selection.js';
import { requestValues, type RequestValues, type UnsatisfiedValue } from './request-values.js';
import { securityProbes } from './security.js';

/** One call the pipeline makes, with the arguments the plan chose for it. */
export type PlannedCall =
  /** A documented response asked of the mock with `Prefer`. */
  | { kind: 'response'; title: string; tuple: ResponseTuple; args: unknown }
  /** A call without credentials, for one security scheme: it must come back a typed 401. */
  | { kind: 'security'; title: string; scheme: string; tuple: ResponseTuple; args: unknown }
  /** One call of an operation against a live server, which decides the status itself. */
  | { kind: 'live'; title: string; operation: OperationModel; args: unknown };

export interface Plan {
  inventory: Inventory;
  calls: PlannedCall[];
  /** Documented responses: replayable tuples and unreplayable ones. */
  documented: number;
  /** Replayable tuples the selection left out. */
  notSelected: ResponseTuple[];
  /** Request values of the planned operations that no candidate could make valid for their schema. */
  unsatisfied: { operation: OperationModel; value: UnsatisfiedValue }[];
  /** A sharded plan: `inventory`, `calls` and `documented` are this shard's share of the whole. */
  shard?: Shard & { documentedInAll: number };
}

export type PlanMode =
  | {
      kind: 'mock';
      /** Only replay the tuples this returns (for very large specs); the rest are left out, and so are the security probes. */
      selectTuples?: (tuples: ResponseTuple[]) => ResponseTuple[];
      /** Plan only this shard's share (`--shard i/n`): documented responses and security probes, round robin. */
      shard?: Shard;
    }
  | {
      kind: 'live';
      /** Operation ids (or operationIds) to call; all when absent. */
      operations?: string[];
      /** Only GET, HEAD and OPTIONS operations. */
      readOnly?: boolean;
    };

/**
 * What the run will call and with which arguments: every documented (operation, status, media type, example) of
 * the spec plus one probe per security scheme (mock), or each selected operation once (live). The arguments come
 * from the spec's own examples when they are valid, else from the sampler (./request-values.ts). Throws only for a live selection that names unknown operations or leaves none.
 */
export function buildPlan(context: ContractContext, mode: PlanMode): Plan {
  const document = context.spec.document;
  // One set of values per operation, however many of its responses are replayed.
  const valuesByOperation = new Map<OperationModel, RequestValues>();
  const valuesOf = (operation: OperationModel): RequestValues => {
    let values = valuesByOperation.get(operation);
    if (!values) {
      values = requestValues(document, operation, context.validator);
      valuesByOperation.set(operation, values);
    }
    return values;
  };
  const unsatisfied = () => [...valuesByOperation].flatMap(([operation, values]) => values.unsatisfied.map((value) => ({ operation, value })));
  const whole = buildInventory(context.model.operations);
  const shard = mode.kind === 'mock' ? mode.shard : undefined;
  // A shard plans its share as if it were the whole spec, so the coverage gate counts only that share.
  const inventory = shard ? { tuples: takeShard(whole.tuples, shard), unreplayable: takeShard(whole.unreplayable, shard) } : whole;
  const documented = inventory.tuples.length + inventory.unreplayable.length;
  const sharded = shard ? { shard: { ...shard, documentedInAll: whole.tuples.length + whole.unreplayable.length } } : {};
  if (mode.kind === 'live') {
    const operations = selectLiveOperations(inventoryOperations(inventory.tuples), mode.operations, mode.readOnly === true);
    const calls: PlannedCall[] = operations.map((operation) => ({
      kind: 'live',
      title: `${operation.id} (${operation.method.toUpperCase()} ${operation.path})`,
      operation,
      args: valuesOf(operation).args,
    }));
    return { inventory, calls, documented, notSelected: [], unsatisfied: unsatisfied() };
  }
  const selected = mode.selectTuples ? mode.selectTuples(inventory.tuples) : inventory.tuples;
  const chosen = new Set(selected);
  const calls: PlannedCall[] = selected.map((tuple) => ({ kind: 'response', title: tuple.title, tuple, args: valuesOf(tuple.operation).args }));
  if (!mode.selectTuples) {
    const probes = securityProbes(context.model);
    for (const probe of shard ? takeShard(probes, shard) : probes) {
      calls.push({
        kind: 'security',
        title: `${probe.scheme}: ${probe.tuple.operation.id} without credentials`,
        scheme: probe.scheme,
        tuple: probe.tuple,
        args: valuesOf(probe.tuple.operation).args,
      });
    }
  }
  return { inventory, calls, documented, notSelected: inventory.tuples.filter((tuple) => !chosen.has(tuple)), unsatisfied: unsatisfied(), ...sharded };
}
