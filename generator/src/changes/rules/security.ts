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
 * Whether a Security Scheme Object says enough for a client to send a credential: its type, and for an API key its
 * name and place, for HTTP its scheme. One that did not gave callers nothing to pass, so completing it breaks no one.
 */
function sendable(scheme: unknown): boolean {
  if (typeof scheme !== 'object' || scheme === null) return false;
  const { type, name, in: location, scheme: httpScheme } = scheme as Record<string, unknown>;
  if (type === 'apiKey') return typeof name === 'string' && ['query', 'header', 'cookie'].includes(String(location));
  if (type === 'http') return typeof httpScheme === 'string' && httpScheme !== '';
  return type === 'oauth2' || type === 'openIdConnect' || type === 'mutualTLS';
}

/** A scheme that could not be sent given what it lacked: no type yet, or the same type with its missing fields filled in. */
function completed(before: unknown, after: unknown): boolean {
  if (sendable(before) || !sendable(after)) return false;
  const typeOf = (scheme: unknown) => (scheme as Record<string, unknown>).type;
  return typeOf(before) === undefined || typeOf(before) === typeOf(after);
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
  summary: 'alternatives only added (or fewer scopes or schemes needed together) is a feature; an alternative removed, a scope or auth newly required, or a scheme redefined on the wire (type, HTTP scheme, API key name or place) is breaking; a scheme added, or one completed that said too little to be sent, is a feature',
  classify: (d) => {
    if (d.name !== undefined) {
      if (d.kind === 'added') return { level: 'feature', message: `${d.where} added` };
      if (d.kind === 'changed' && completed(d.before, d.after)) return { level: 'feature', message: `${d.where} completed: the client can now send it (it lacked what says how)` };
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
