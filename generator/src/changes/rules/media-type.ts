import { preferredMediaType } from '../../document/index.js';
import type { ChangeRule } from '../types.js';

/**
 * The client sends one media type per request body, the preferred one, and types a response body as the union of
 * its media types as it reads them (a success body: all of them; `ApiError.body`: the JSON ones). A change of the
 * preferred one breaks; so does a response media type that gives that union a new member (existing code that reads
 * the body as before stops compiling). Any media type removed breaks too: the exported `paths` type loses its
 * `content` entry, which code in other repos may type a body by (and callers of the server sending or reading it
 * stop working, as oasdiff and openapi-diff judge it). Another one added is a feature.
 */
export const mediaTypeRule: ChangeRule = {
  id: 'media-type',
  subject: 'media-type',
  summary: 'a change of the media type the client uses (the preferred one) is breaking, and so is a response media type that adds a member to the body type callers get, or any media type removed (the exported `paths` type loses it); another one added is a feature',
  classify: (d) => {
    const before = (d.before as string[]) ?? [];
    const after = (d.after as string[]) ?? [];
    const used = preferredMediaType(before);
    const nowUsed = preferredMediaType(after);
    if (used !== undefined && used !== nowUsed) {
      return { level: 'breaking', message: `${d.where}: the client used ${used}; now ${nowUsed ?? 'nothing'}` };
    }
    if (d.widens) {
      return { level: 'breaking', message: `${d.where}: media type added: the body type gains a member, so code that reads it as before may not compile` };
    }
    return d.kind === 'added'
      ? { level: 'feature', message: `${d.where}: media type added` }
      : { level: 'breaking', message: `${d.where}: media type removed: not the one the client uses, but the exported paths type loses it and callers sending or reading it stop working` };
  },
};
