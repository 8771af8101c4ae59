import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/**
 * openapi-typescript reads a discriminator in two places: where another schema takes this one in through `allOf`,
 * and on the `oneOf` members of the schema that has it (`$ref`s and mapping entries); there the member's tag
 * property becomes its literal name. Elsewhere no generated type changes (validators and serializers read it;
 * the client does not).
 */
export const discriminatorRule: ChangeRule = {
  id: 'discriminator',
  subject: 'discriminator',
  summary: 'on a schema others take in through allOf, or one with oneOf members (their tag property is typed from it): breaking; elsewhere no generated type changes: a fix',
  classify: (d) => {
    const change = `discriminator ${d.kind === 'added' ? `added: ${show(d.after)}` : d.kind === 'removed' ? `removed (was ${show(d.before)})` : `changed from ${show(d.before)} to ${show(d.after)}`}`;
    return d.tagsTyped
      ? { level: 'breaking', message: `${d.where}: ${change}: the tag property of schemas typed from it changes type` }
      : { level: 'fix', message: `${d.where}: ${change} (no generated type reads it)` };
  },
};
