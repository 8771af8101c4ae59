/** Naming rules shared by every emitter: one place decides what an operation, group or type is called. */

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield await any boolean number string ' +
    'symbol type from of undefined never unknown object bigint keyof readonly infer is asserts unique global declare ' +
    'module namespace require abstract async constructor get set accessor satisfies out override'
  ).split(' '),
);

/** Property names that would change an object's prototype or class shape rather than add a member. */
const UNSAFE_MEMBER_NAMES = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);

// ECMAScript identifiers: ID_Start then ID_Continue (so `²` or `½`, which are \p{N} but not ID_Continue, are out).
const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u;
const IDENTIFIER_START = /^[\p{ID_Start}_$]/u;

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name) && !UNSAFE_MEMBER_NAMES.has(name);
}

/** Splits `get-order.by id`, `getOrderById`, `GET /orders/{id}` and `HTTPServer` into words. */
export function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}\p{Nl}\p{Mn}\p{Mc}]+/u)
    .filter((word) => word !== '');
}

export function camelCase(text: string): string {
  return words(text)
    .map((word, index) => (index === 0 ? word.toLowerCase() : capitalize(word.toLowerCase())))
    .join('');
}

export function pascalCase(text: string): string {
  return words(text)
    .map((word) => capitalize(word.toLowerCase()))
    .join('');
}

/**
 * A PascalCase name usable as the start of a type or class name: `_` is put in front when the text starts with
 * a character that cannot start an identifier (`2024 items` → `_2024Items`). Empty when `text` has no letters or digits.
 */
export function typeNameBase(text: string): string {
  const name = pascalCase(text);
  return name === '' || IDENTIFIER_START.test(name) ? name : `_${name}`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `get` + `/users/{id}/repos` → `getUsersByIdRepos`. */
export function nameFromMethodAndPath(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const parameter = /^\{(.+)\}$/.exec(part);
      return parameter ? `by ${parameter[1]}` : part;
    });
  return camelCase([method, ...parts].join(' ')) || method;
}

/**
 * An identifier for `raw`: kept as is when it already is a safe one (so `cancelBroadcast` stays
 * `cancelBroadcast`), otherwise camel-cased, prefixed when it starts with a digit, and suffixed with `_`
 * when it is a reserved word. Returns the reason when it changed the name.
 */
export function toMemberName(raw: string, fallback: string): { name: string; changed?: string } {
  if (isSafeIdentifier(raw)) return { name: raw };
  let name = camelCase(raw);
  let why = 'is not a valid identifier';
  if (name === '') return { name: fallback, changed: 'has no letters or digits' };
  // Digits, combining marks and the like cannot start an identifier.
  if (!IDENTIFIER_START.test(name)) name = `_${name}`;
  if (name === raw || isReservedWord(raw) || UNSAFE_MEMBER_NAMES.has(raw)) why = 'is a reserved word';
  if (!isSafeIdentifier(name)) name = `${name}_`;
  return { name, changed: why };
}

/** Not reserved words, yet not allowed as a function's name in a module (strict mode). */
const STRICT_MODE_NAMES = new Set(['eval', 'arguments']);

/**
 * The name of an operation's standalone function (`cancelBroadcast(client, args)`): its type name with a lower-case
 * first letter, `_` after a reserved word (`Delete` → `delete_`). Type names are unique without regard to case and
 * never end in `_`, so function names are unique too.
 */
export function functionNameOf(typeName: string): string {
  const name = typeName.charAt(0).toLowerCase() + typeName.slice(1);
  return isSafeIdentifier(name) && !STRICT_MODE_NAMES.has(name) ? name : `${name}_`;
}

/** Hands out names in a namespace, suffixing 2, 3, ... when one is taken. Deterministic for a given call order. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  /** Case-insensitive, so two names never differ only by case (file systems, readers). */
  claim(desired: string): string {
    let candidate = desired;
    for (let counter = 2; this.taken.has(candidate.toLowerCase()); counter++) candidate = `${desired}${counter}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }
}

/**
 * Claims `base + suffix` for every suffix at once (e.g. `CancelBroadcastArgs`, `...Result`, `...Error`),
 * trying `base`, `base2`, ... until the whole family is free, so derived names never collide either.
 */
export function claimFamily(registry: NameRegistry, base: string, suffixes: readonly string[]): string {
  for (let counter = 1; ; counter++) {
    const candidate = counter === 1 ? base : `${base}${counter}`;
    const names = suffixes.map((suffix) => candidate + suffix);
    if (names.every((name) => !registry.has(name))) {
      for (const name of names) registry.claim(name);
      return candidate;
    }
  }
}
