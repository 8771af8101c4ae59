/** The change report: what a spec change means for callers of the generated client, and the version it needs. */
export { LEVEL_ORDER, bumpOf, bumpVersion, changeReport, changelogEntry, formatReport, reportOf } from './report.js';
export { CHANGE_RULES } from './rules/index.js';
export { compareDocuments } from './walk.js';
export type * from './types.js';
export { checkChangelog, nextRelease, recordedSha256, type PreviousRelease, type Release } from './release.js';
