import type { ChangeLevel, ChangeRule, Difference } from '../types.js';
import { show } from './show.js';

/** Anything else the client depends on (a discriminator, a serialisation style, a whole schema swapped): breaking, to be safe. */
export const keywordRule: ChangeRule = {
  id: 'keyword',
  subject: 'keyword',
  summary: "any other change the client depends on (discriminator, a parameter's effective style/explode, `prefixItems`, `patternProperties`, a schema replaced): breaking; but a `false` schema (nothing allowed) given a schema is a feature (a response's removed altogether stays breaking), a response schema becoming `false` a fix, a parameter's `allowReserved` or `allowEmptyValue` set a feature (cleared: the request is stricter, breaking)",
  classify: (d) => ({
    level: booleanSchemaLevel(d) ?? encodingLevel(d) ?? 'breaking',
    message: `${d.where}: ${d.name ?? 'value'} ${d.kind === 'added' ? `added: ${show(d.after)}` : d.kind === 'removed' ? `removed (was ${show(d.before)})` : `changed from ${show(d.before)} to ${show(d.after)}`}`,
  }),
};

/** A parameter's encoding allowances: the server taking more forms of a value breaks no call. */
function encodingLevel(d: Difference): ChangeLevel | undefined {
  if (d.name !== 'allowReserved' && d.name !== 'allowEmptyValue') return undefined;
  return d.kind === 'added' ? 'feature' : 'breaking';
}

/**
 * `false` allows nothing (openapi-typescript: `never`). A request allowing something instead accepts more; a
 * response gaining a body type where it had `never` breaks no code (none could read a `never`), as a first success
 * status added does not; a response that can hold nothing returns less.
 */
function booleanSchemaLevel(d: Difference): ChangeLevel | undefined {
  if (d.name !== 'schema') return undefined;
  // A response schema removed altogether documents no shape any more: breaking, whatever it was.
  if (d.before === false && d.after !== false) return d.direction === 'response' && d.after === undefined ? undefined : 'feature';
  if (d.after === false && d.direction === 'response') return 'fix';
  return undefined;
}
