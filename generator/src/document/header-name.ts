/** An HTTP field name (RFC 9110 `token`): anything else cannot be sent or received, and fetch's Headers throws on it. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/**
 * Hop-by-hop fields (RFC 9110 §7.6.1, and Transfer-Encoding's place in HTTP/1.1 framing, RFC 9112 §6.1): they
 * describe one connection, not the message, so the HTTP layer sets them and any proxy may change them. A value a
 * mock samples for one corrupts the answer (`Transfer-Encoding` beside a Content-Length is refused by fetch).
 */
const HOP_BY_HOP = new Set(['connection', 'proxy-connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export function isHopByHopHeader(name: string): boolean {
  return HOP_BY_HOP.has(name.toLowerCase());
}
