/** Media-type predicates: one reading of "is this JSON" for the client, the types and the contract suite. */

/** `Application/JSON; charset=utf-8` → `application/json` */
export function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** `application/json`, `application/*+json` and `text/json` (RFC 6839 suffixes included), any case, any parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return /^application\/([^/]+\+)?json$/.test(essence) || essence === 'text/json';
}

/** `*\/*`: the server may send anything. */
export function isWildcardMediaType(mediaType: string): boolean {
  return mediaTypeEssence(mediaType) === '*/*';
}

/** JSON first (as the client parses it), then any other JSON type, then whatever comes first. */
export function preferredMediaType(mediaTypes: string[]): string | undefined {
  return (
    mediaTypes.find((type) => mediaTypeEssence(type) === 'application/json') ??
    mediaTypes.find((type) => isJsonMediaType(type)) ??
    mediaTypes[0]
  );
}

/** Whether a media range (`*\/*`, `application/*`, `application/json`) covers a media type; parameters ignored. */
export function mediaRangeCovers(mediaType: string, range: string): boolean {
  const [type, subtype] = mediaTypeEssence(mediaType).split('/');
  const [rangeType, rangeSubtype] = mediaTypeEssence(range).split('/');
  if (rangeType === '*' && (rangeSubtype === '*' || rangeSubtype === undefined)) return true;
  return rangeType === type && (rangeSubtype === '*' || rangeSubtype === subtype);
}
