import type { ChangeRule } from '../types.js';
import { show } from './show.js';

/** `oauth[read,write]+apiKey` → scheme name → scopes. */
function parse(alternative: string): Map<string, string[]> {
  return new Map(alternative.split('+').filter(Boolean).map((part) => {
    const match = /^(.*?)(?:\[(.*)\])?$/.exec(part)!;
    return [match[1]!, match[2] ? match[2].split(',') : []];
  }));
}

/**
 * Credentials that satisfied `old` satisfy `next`: no scheme `old` did not need, no scope it did not ask for. The
 * runtime sends the first alternative whose schemes all have a credential, so needing fewer of them still works.
 */
function covers(old: string, next: string): boolean {
  const had = parse(old);
  const needs = parse(next);
  return needs.size > 0 && [...needs].every(([name, scopes]) => had.has(name) && scopes.every((scope) => had.get(name)!.includes(scope)));
}

/**
 * An operation's security is a list of alternatives (`[]`: none needed). Keeping every old alternative and adding
 * some (or asking for fewer scopes or schemes) is a feature; dropping one a caller may use, asking for another scope or
 * scheme, or requiring auth where none was, is breaking. A scheme's definition changing on the wire (type, HTTP
 * scheme, API key name or location) breaks the callers of every operation that uses it.
 */
export const securityRule: ChangeRule = {
  id: 'security',
  subject: 'security',
  summary: 'alternatives only added (or fewer scopes or schemes needed together) is a feature; an alternative removed, a scope or auth newly required, or a scheme redefined on the wire (type, HTTP scheme, API key name or place) is breaking; a scheme added is a feature',
  classify: (d) => {
    if (d.name !== undefined) {
      if (d.kind === 'added') return { level: 'feature', message: `${d.where} added` };
      return { level: 'breaking', message: `${d.where} ${d.kind === 'removed' ? 'removed' : 'redefined'}` };
    }
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    const open = (list: string[]) => list.length === 0 || list.includes('');
    if (open(before) && !open(after)) return { level: 'breaking', message: `security: authentication now required (${show(after)})` };
    const kept = before.every((alternative) => open(after) || after.some((next) => covers(alternative, next)));
    return kept
      ? { level: 'feature', message: `security: alternatives changed from ${show(before)} to ${show(after)} (every old one still works)` }
      : { level: 'breaking', message: `security: changed from ${show(before)} to ${show(after)}` };
  },
};
