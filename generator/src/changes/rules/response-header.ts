import type { ChangeRule } from '../types.js';

export const responseHeaderRule: ChangeRule = {
  id: 'response-header',
  subject: 'response-header',
  summary: 'a response header added is a feature; removed is breaking (code reading it)',
  classify: (d) =>
    d.kind === 'added' ? { level: 'feature', message: `${d.where} added` } : { level: 'breaking', message: `${d.where} removed: code reading it no longer finds it` },
};
