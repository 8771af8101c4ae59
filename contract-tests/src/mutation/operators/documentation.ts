/** Mutation operators for documentation: summaries, examples, vendor extensions and tag descriptions edited. */
import { editAtPath, exampleSlots, insertAfter, isObject, label, operationsOf, resolve, responseMedia, type Json } from '../spec-walk.js';
import { first, operator, where } from './define.js';

export const rewordOperationDocs = operator(
  { name: 'reword-operation-docs', category: 'documentation', breaking: false, description: "An operation's summary and description are reworded." },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    entry.operation.summary = `${typeof entry.operation.summary === 'string' ? entry.operation.summary : 'Operation'} (reworded)`;
    entry.operation.description = 'Reworded by mutation: the same behaviour, described differently.';
    return `reworded the summary and description of ${label(entry)}`;
  },
);

export const changeExampleValue = operator(
  {
    name: 'change-example-value',
    category: 'documentation',
    breaking: false,
    description: 'A string in a success response example changes to another value its schema allows.',
  },
  (document) => {
    for (const target of responseMedia(document, { success: true })) {
      for (const slot of exampleSlots(document, target.media)) {
        const example = slot.get();
        const found = firstFreeString(document, target.media.schema, example, []);
        if (!found) continue;
        slot.set(editAtPath(example, found, (value) => `${String(value)} (edited)`));
        return `edited the example value at ${found.join('.')} of ${where(target.status, target.entry)}`;
      }
    }
    return null;
  },
);

/** The path of the first string in `value` whose schema is a plain string (no enum, format, pattern or length). */
function firstFreeString(document: Json, rawSchema: unknown, value: unknown, path: string[]): string[] | undefined {
  const schema = resolve(document, rawSchema);
  if (!isObject(schema) || schema.allOf || schema.oneOf || schema.anyOf || schema.not) return undefined;
  if (typeof value === 'string') {
    const constrained = ['enum', 'const', 'format', 'pattern', 'minLength', 'maxLength'].some((key) => key in schema);
    return schema.type === 'string' && !constrained ? path : undefined;
  }
  if (Array.isArray(value) && schema.type === 'array') {
    for (let index = 0; index < value.length; index++) {
      const found = firstFreeString(document, schema.items, value[index], [...path, String(index)]);
      if (found) return found;
    }
  }
  if (isObject(value) && isObject(schema.properties)) {
    for (const [key, item] of Object.entries(value)) {
      if (!(key in schema.properties)) continue;
      const found = firstFreeString(document, schema.properties[key], item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

export const addExtension = operator(
  { name: 'add-extension', category: 'documentation', breaking: false, description: 'Vendor extensions (x-...) are added to the document and an operation.' },
  (document) => {
    const entry = first(operationsOf(document));
    if (!entry) return null;
    document['x-mutation-marker'] = true;
    entry.operation['x-mutation-owner'] = 'contract-tests';
    return `added x-mutation-marker to the document and x-mutation-owner to ${label(entry)}`;
  },
);

export const editTagDescription = operator(
  { name: 'edit-tag-description', category: 'documentation', breaking: false, description: "A tag's description is written or edited." },
  (document) => {
    if (!Array.isArray(document.tags) || !isObject(document.tags[0])) return null;
    const tag = document.tags[0] as Json;
    insertAfter(tag, 'name', 'description', `${typeof tag.description === 'string' ? `${tag.description} ` : ''}Edited by mutation.`);
    return `edited the description of tag ${String(tag.name)}`;
  },
);
