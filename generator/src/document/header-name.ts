/** An HTTP field name (RFC 9110 `token`): anything else cannot be sent or received, and fetch's Headers throws on it. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}
