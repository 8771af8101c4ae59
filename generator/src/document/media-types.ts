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

/** Media types whose body is a stream of records read as it arrives: Server-Sent Events, NDJSON, JSON Lines, JSON text sequences. */
export function isStreamingMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return (
    essence === 'text/event-stream' ||
    /^application\/(x-)?ndjson$/.test(essence) ||
    /^application\/(x-)?json-?lines$/.test(essence) ||
    essence === 'application/jsonl' ||
    essence === 'application/json-seq'
  );
}

/** Media types whose body is text: `text/*` (streams excepted), XML (`application/xml`, `+xml`), YAML. */
export function isTextMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  if (isStreamingMediaType(essence) || isJsonMediaType(essence)) return false;
  return essence.startsWith('text/') || /^application\/([^/]+\+)?xml$/.test(essence) || /^application\/(x-)?yaml$/.test(essence);
}

/**
 * An `Accept` value for the documented response media types: JSON ones first at full weight, any others after
 * them at `q=0.5` when there is a JSON one (so a server that can send JSON does), duplicates removed.
 */
export function acceptValue(mediaTypes: readonly string[]): string | undefined {
  const unique = [...new Set(mediaTypes.map((type) => type.trim()).filter((type) => type !== ''))];
  if (unique.length === 0) return undefined;
  const json = unique.filter((type) => isJsonMediaType(type));
  const others = unique.filter((type) => !isJsonMediaType(type));
  if (json.length === 0) return others.join(', ');
  return [...json, ...others.map((type) => `${type};q=0.5`)].join(', ');
}
