import type { ChangeRule } from '../types.js';

/** A component no operation reaches is still an exported type (`components['schemas'][name]`) code may name. */
export const componentRule: ChangeRule = {
  id: 'component',
  subject: 'component',
  summary: 'a schema or response component no operation uses, removed, is breaking (the exported `components` type loses it); added, a feature; changed, judged as a request and as a response, the more serious reading kept',
  classify: (d) =>
    d.kind === 'removed'
      ? { level: 'breaking', message: `${d.where} removed: the exported components type loses it, so code naming it no longer compiles` }
      : { level: 'feature', message: `${d.where} added` },
};
