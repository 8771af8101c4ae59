import type { ChangeRule } from '../types.js';

export const responseHeaderRequiredRule: ChangeRule = {
  id: 'response-header-required',
  subject: 'response-header-required',
  summary: 'a response header that becomes optional is breaking (may be missing); one that becomes required a feature',
  classify: (d) =>
    d.kind === 'added' ? { level: 'feature', message: `${d.where}: now always sent` } : { level: 'breaking', message: `${d.where}: became optional: it may be missing` },
};
