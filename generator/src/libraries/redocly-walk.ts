import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);

type WalkDocument = (opts: unknown) => void;

/** Redocly's walk module: lintDocument calls `walkDocument` through this object, at each call. */
const walkModule = require('@redocly/openapi-core/lib/walk.js') as { walkDocument: WalkDocument };
const WALK_FILE = require.resolve('@redocly/openapi-core/lib/walk.js');

/** Redocly's walkDocument as it ships (for tests comparing the edited one with it). */
export const shippedWalkDocument = walkModule.walkDocument;

/** One change to Redocly's walk: `find` must occur exactly once in the shipped source. */
export interface WalkEdit {
  why: string;
  find: string;
  replace: string;
}

/**
 * Edits to Redocly's walk (lib/walk.js of @redocly/openapi-core 1.34) that leave every visit as it was: the same
 * nodes, types, locations and order, so the same problems in the same order. The walk costs most of the lint (about
 * 2 s of CPU on GitHub's spec), and most of that is work whose result it never uses.
 */
export const WALK_EDITS: readonly WalkEdit[] = [
  {
    why:
      'For each object it visited every property its type knows (about 50 for a Schema), present or not; an absent one ' +
      'costs a lookup and an empty walk. Only the present ones are walked now, still in the type’s order, then the ' +
      'same extra keys as before. (No type lists a property that `directResolveAs` would walk when absent.)',
    find: `                    const props = Object.keys(type.properties);
                    if (type.additionalProperties) {
                        props.push(...Object.keys(resolvedNode).filter((k) => !props.includes(k)));
                    }
                    else if (type.extensionsPrefix) {
                        props.push(...Object.keys(resolvedNode).filter((k) => k.startsWith(type.extensionsPrefix)));
                    }
                    if ((0, ref_utils_1.isRef)(node)) {
                        props.push(...Object.keys(node).filter((k) => k !== '$ref' && !props.includes(k))); // properties on the same level as $ref
                    }`,
    replace: `                    const props = presentProperties(type, resolvedNode, node, (0, ref_utils_1.isRef)(node));`,
  },
  {
    why: 'The ignored-node key was built for every visitor of every node; now once per node, and only once a rule has ignored some node.',
    find: 'if (ignoredNodes.has(`${currentLocation.absolutePointer}${currentLocation.pointer}`))',
    replace: 'if (ignoredNodes.size > 0 && ignoredNodes.has(ignoreKey ??= `${currentLocation.absolutePointer}${currentLocation.pointer}`))',
  },
  {
    why: 'Declares that key, per node.',
    find: '            for (const { context, visit, skip, ruleId, severity, message } of currentEnterVisitors) {',
    replace: '            let ignoreKey;\n            for (const { context, visit, skip, ruleId, severity, message } of currentEnterVisitors) {',
  },
  {
    why: 'The list of enter visitors of a type was concatenated again at every node; now once per type (the visitors do not change during a walk).',
    find: 'const currentEnterVisitors = anyEnterVisitors.concat(normalizedVisitors[type.name]?.enter || []);',
    replace: 'const currentEnterVisitors = (enterVisitorsByType[type.name] ??= anyEnterVisitors.concat(normalizedVisitors[type.name]?.enter || []));',
  },
  {
    why: 'The same for the leave visitors.',
    find: 'const currentLeaveVisitors = (normalizedVisitors[type.name]?.leave || []).concat(anyLeaveVisitors);',
    replace: 'const currentLeaveVisitors = (leaveVisitorsByType[type.name] ??= (normalizedVisitors[type.name]?.leave || []).concat(anyLeaveVisitors));',
  },
  {
    why: 'Declares those lists, per walk.',
    find: '    const ignoredNodes = new Set();\n',
    replace: '    const ignoredNodes = new Set();\n    const enterVisitorsByType = Object.create(null);\n    const leaveVisitorsByType = Object.create(null);\n',
  },
];

interface WalkType {
  properties: Record<string, unknown>;
  additionalProperties?: unknown;
  extensionsPrefix?: string;
}

interface PropertyOrder {
  /** Each of the type's own properties, with its place in the type's order (what `Object.keys(type.properties)` gave). */
  index: Map<string, number>;
  /** Those an object also inherits (`constructor`, ...): the shipped walk's `node[key]` finds them on any object. */
  inherited: string[];
}

const propertyOrders = new WeakMap<WalkType, PropertyOrder>();

function propertyOrder(type: WalkType): PropertyOrder {
  let order = propertyOrders.get(type);
  if (!order) {
    const keys = Object.keys(type.properties);
    order = { index: new Map(keys.map((key, index) => [key, index])), inherited: keys.filter((key) => key in Object.prototype) };
    propertyOrders.set(type, order);
  }
  return order;
}

/**
 * The keys the shipped walk goes on to walk at an object, minus those it would find absent both in the node and
 * in the `$ref` beside it. In its order: the type's properties (present in the node, or only beside the `$ref`),
 * then, as before, the node's other keys (a type with additionalProperties) or its extensions, then the other keys
 * beside the `$ref`.
 */
export function presentProperties(type: WalkType, resolvedNode: object, node: Record<string, unknown>, nodeIsRef: boolean): string[] {
  const { index: order, inherited } = propertyOrder(type);
  // What the shipped walk reads (a null stays null: only undefined falls through to the keys beside the `$ref`).
  const value = (key: string) => {
    const resolved = (resolvedNode as Record<string, unknown>)[key];
    return resolved === undefined ? node[key] : resolved;
  };
  const ownKeys = Object.keys(resolvedNode);
  const known: string[] = ownKeys.filter((key) => order.has(key) && value(key) !== undefined);
  const besideRef = nodeIsRef ? Object.keys(node) : [];
  for (const key of besideRef) if (order.has(key) && !known.includes(key) && value(key) !== undefined) known.push(key);
  for (const key of inherited) if (!known.includes(key) && value(key) !== undefined) known.push(key);
  if (known.length > 1) known.sort((a, b) => order.get(a)! - order.get(b)!);
  // From here on, as the shipped walk builds its list: these keys were not among the type's properties.
  const others: string[] = [];
  if (type.additionalProperties) {
    for (const key of ownKeys) if (!order.has(key)) others.push(key);
  } else if (type.extensionsPrefix) {
    for (const key of ownKeys) if (key.startsWith(type.extensionsPrefix)) others.push(key);
  }
  for (const key of besideRef) if (key !== '$ref' && !order.has(key) && !others.includes(key)) others.push(key);
  for (const key of others) known.push(key);
  return known;
}

/** Redocly's walk with WALK_EDITS applied, or why it could not be made (a Redocly whose walk reads otherwise). */
export function editedWalk(edits: readonly WalkEdit[] = WALK_EDITS): { walkDocument: WalkDocument } | { reason: string } {
  let text = readFileSync(WALK_FILE, 'utf8');
  for (const edit of edits) {
    const at = text.indexOf(edit.find);
    if (at < 0 || text.indexOf(edit.find, at + 1) >= 0) return { reason: `${WALK_FILE} does not read as expected (${at < 0 ? 'missing' : 'repeated'}: ${edit.find.trim().split('\n')[0]})` };
    text = text.slice(0, at) + edit.replace + text.slice(at + edit.find.length);
  }
  // As Node's CommonJS loader runs it (same file name in stack traces), with presentProperties in scope.
  const run = compileFunction(text, ['exports', 'require', 'module', '__filename', '__dirname', 'presentProperties'], { filename: WALK_FILE });
  const module = { exports: {} as { walkDocument?: WalkDocument } };
  run(module.exports, createRequire(WALK_FILE), module, WALK_FILE, WALK_FILE.replace(/[\\/][^\\/]*$/, ''), presentProperties);
  const walkDocument = module.exports.walkDocument;
  return typeof walkDocument === 'function' ? { walkDocument } : { reason: `${WALK_FILE} defines no walkDocument` };
}

let edited: WalkDocument | undefined | null;

/**
 * Runs `lint` with Redocly's walk replaced by the edited one (made on first use); with the shipped walk if the
 * installed Redocly's source does not read as the edits expect. The shipped walk is put back after the call.
 */
export async function withEditedWalk<T>(lint: () => Promise<T>): Promise<T> {
  if (edited === undefined) {
    const made = editedWalk();
    edited = 'walkDocument' in made ? made.walkDocument : null;
  }
  if (edited === null) return lint();
  walkModule.walkDocument = edited;
  try {
    return await lint();
  } finally {
    walkModule.walkDocument = shippedWalkDocument;
  }
}
