/**
 * Reading Electronegativity's CSV report and gating it against the reviewed allowlist.
 * The scanner always exits 0, so this is what makes a finding fail the build.
 *
 * The parser is strict on purpose: Electronegativity 1.10 writes the CSV header and the rows with
 * two racing async `fs.writeFile` calls, and the header can overwrite the first row. A report that
 * is not exactly "header + well-formed rows" throws instead of silently losing a finding.
 */

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Findings at these levels fail the build unless allowlisted. */
export const BLOCKING_SEVERITIES: ReadonlySet<Severity> = new Set(['MEDIUM', 'HIGH']);

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Relative to the scanned folder (`-r`), or 'N/A' for a global finding. */
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

export interface AllowlistEntry {
  readonly check: string;
  readonly file: string;
  /** Optional: the finding's source line must contain this, so a second, different finding in the same file is not waved through. */
  readonly sample?: string;
  readonly reason: string;
  readonly reviewedBy: string;
  readonly reviewedOn: string;
}

export const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const CHECK_ID = /^[A-Z0-9_]+_CHECK$/;

/** RFC 4180 fields: quoted ("" for a quote) or bare; a row ends at a newline outside quotes. */
function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (quoted) throw new Error('Electronegativity CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

export function parseElectronegativityCsv(text: string): Finding[] {
  const [headerLine = '', ...rest] = text.replace(/\r\n/g, '\n').split('\n');
  if (headerLine !== CSV_HEADER) throw new Error(`Electronegativity CSV: unexpected header ${JSON.stringify(headerLine.slice(0, 120))}`);
  const body = rest.join('\n');
  return splitCsv(body).map((fields, index) => {
    const where = `Electronegativity CSV row ${index + 2}`;
    if (fields.length !== 8) throw new Error(`${where}: ${fields.length} fields, expected 8 (a corrupted report?)`);
    const [id = '', severity = '', confidence = '', file = '', location = '', sample = '', description = ''] = fields;
    if (!CHECK_ID.test(id)) throw new Error(`${where}: bad check id ${JSON.stringify(id.slice(0, 60))}`);
    if (!(SEVERITIES as readonly string[]).includes(severity)) throw new Error(`${where}: bad severity ${JSON.stringify(severity)}`);
    return { id, severity: severity as Severity, confidence, file, location, sample, description };
  });
}

export function matchesEntry(finding: Finding, entry: AllowlistEntry): boolean {
  return entry.check === finding.id && entry.file === finding.file && (entry.sample === undefined || finding.sample.includes(entry.sample));
}

export interface GateResult {
  /** HIGH/MEDIUM findings no entry covers: these fail the build. */
  readonly blocking: readonly Finding[];
  readonly allowed: readonly Finding[];
  /** Entries that matched nothing: stale, to be removed so the list stays a record of real reviews. */
  readonly unusedEntries: readonly AllowlistEntry[];
}

export function gateFindings(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): GateResult {
  const gated = findings.filter((finding) => BLOCKING_SEVERITIES.has(finding.severity));
  const blocking = gated.filter((finding) => !allowlist.some((entry) => matchesEntry(finding, entry)));
  const allowed = gated.filter((finding) => !blocking.includes(finding));
  const unusedEntries = allowlist.filter((entry) => !gated.some((finding) => matchesEntry(finding, entry)));
  return { blocking, allowed, unusedEntries };
}

/** Checks the allowlist file's shape: every entry says what, where, why, who and when. */
export function readAllowlist(json: unknown): AllowlistEntry[] {
  const entries = (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error('allowlist: expected { "entries": [...] }');
  return entries.map((raw: unknown, index) => {
    const entry = raw as Record<string, unknown>;
    const text = (key: string, min: number): string => {
      const value = entry[key];
      if (typeof value !== 'string' || value.trim().length < min) throw new Error(`allowlist entry ${index}: "${key}" missing or too short`);
      return value;
    };
    if (!CHECK_ID.test(text('check', 1))) throw new Error(`allowlist entry ${index}: bad check id`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text('reviewedOn', 10))) throw new Error(`allowlist entry ${index}: reviewedOn must be YYYY-MM-DD`);
    const sample = entry.sample === undefined ? {} : { sample: text('sample', 8) };
    return { check: text('check', 1), file: text('file', 1), ...sample, reason: text('reason', 40), reviewedBy: text('reviewedBy', 3), reviewedOn: text('reviewedOn', 10) };
  });
}

export function describeFinding(finding: Finding): string {
  return `${finding.severity} ${finding.id} at ${finding.file}:${finding.location} — ${finding.description} [${finding.sample}]`;
}
