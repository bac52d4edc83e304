/**
 * A character diff of a near miss, so the learner sees the letter they got wrong rather than a
 * red cross. A longest-common-subsequence table is plenty for answers of a few words; longer
 * input gets no diff (a diff of a paragraph against a name helps nobody and costs n × m).
 */
import type { DiffPart } from './model';

const MAX_DIFF_LENGTH = 120;

function push(parts: DiffPart[], text: string, kind: DiffPart['kind']): void {
  const last = parts.at(-1);
  if (last !== undefined && last.kind === kind) parts[parts.length - 1] = { text: last.text + text, kind };
  else parts.push({ text, kind });
}

/** Parts reading `given` against `expected`: 'extra' is only in given, 'missing' only in expected. */
export function diffAnswer(given: string, expected: string): DiffPart[] | undefined {
  const a = [...given];
  const b = [...expected];
  if (a.length > MAX_DIFF_LENGTH || b.length > MAX_DIFF_LENGTH) return undefined;
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = common[i] as number[];
      row[j] = a[i] === b[j] ? (common[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, a[i] as string, 'same');
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || (common[i]?.[j + 1] ?? 0) >= (common[i + 1]?.[j] ?? 0))) {
      push(parts, b[j] as string, 'missing');
      j += 1;
    } else {
      push(parts, a[i] as string, 'extra');
      i += 1;
    }
  }
  return parts;
}
