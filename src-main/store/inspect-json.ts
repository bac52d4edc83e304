/**
 * Judges the bytes of a JSON document without touching the file: valid (after any migration),
 * from a newer Factdeck, or damaged with a reason a learner can read. Shared by the live files
 * and by backups, so a backup is only ever restored if it would be read back as valid.
 */
import * as v from 'valibot';

/** Brings a parsed document from any older `schemaVersion` to the current one. */
export type Migrate = (value: unknown) => unknown;

export type Inspection<T> =
  | { readonly kind: 'valid'; readonly data: T; readonly migrated: boolean }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

export function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
}

export function inspectJson<T>(
  bytes: Uint8Array,
  schema: v.GenericSchema<unknown, T>,
  knownVersion: number,
  migrate?: Migrate,
): Inspection<T> {
  const text = new TextDecoder('utf-8').decode(bytes); // drops a byte-order mark
  if (text.trim() === '') return { kind: 'corrupt', reason: 'the file was empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'the file was damaged' };
  }
  const version = versionOf(value);
  if (typeof version === 'number' && version > knownVersion) return { kind: 'newer', version };
  let migrated = false;
  if (migrate !== undefined && version !== knownVersion) {
    try {
      value = migrate(value);
      migrated = true;
    } catch {
      return { kind: 'corrupt', reason: 'the file did not hold what Factdeck expected' };
    }
  }
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) return { kind: 'corrupt', reason: 'the file did not hold what Factdeck expected' };
  return { kind: 'valid', data: parsed.output, migrated };
}
