/** Server URLs as a client can use them. */

/**
 * Whether a (variables-substituted) server URL can be a fetch base URL as it is: absolute http(s), with no
 * `{variable}` left. A relative URL (`/api/v3`, resolved against wherever the document was served) or none at all
 * means the caller must say where the API is.
 */
export function isUsableBaseUrl(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\/[^/?#\s{}]+/i.test(url) && !/[{}]/.test(url);
}
