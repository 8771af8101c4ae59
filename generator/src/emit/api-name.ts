import { words } from '../model/naming.js';

/** A trailing environment qualifier in a title: `API - Local`, `Shop API (staging)`, `Payments [sandbox]`. */
const ENVIRONMENT_SUFFIX = /\s*(?:[-–—:|]\s*|[([]\s*)(?:local(?:host)?|dev(?:elopment)?|stag(?:e|ing)|sandbox|test(?:ing)?|qa|uat|prod(?:uction)?)\s*[)\]]?\s*$/i;

/** Titles that name no API in particular. */
const GENERIC_TITLE = /^(?:(?:the|an?)\s+)?(?:(?:rest|http|web|open)\s*)?api$/i;

/**
 * What the package's description and README call the API: the spec's title without an environment qualifier
 * (`API - Local` is the local copy of some API, not its name). A title that names nothing (none, `API`, `REST API`)
 * gives way to the package name: `@periskope/periskope-client` → `Periskope API`.
 */
export function apiName(title: string | undefined, packageName: string): string {
  const trimmed = (title ?? '').replace(/\s+/g, ' ').trim().replace(ENVIRONMENT_SUFFIX, '').trim();
  if (trimmed !== '' && !GENERIC_TITLE.test(trimmed)) return trimmed;
  const base = packageName.replace(/^@[^/]*\//, '').replace(/[-_.]?(?:client|sdk|api|js|ts)$/i, '');
  const name = words(base).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return name === '' ? 'the API' : `${name} API`;
}
