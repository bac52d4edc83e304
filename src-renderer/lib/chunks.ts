/** Text sent over the bridge in pieces (IPC payloads are capped). */

/** The text cut into pieces of `size` characters, for the restore's chunks. */
export function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks;
}
