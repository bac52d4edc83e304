import { createHash } from 'node:crypto';
import { duplicateKey } from '../../domain/library/imported-text';

/** SHA-256 (hex) of the text's duplicate key: equal for the same words, however they are spaced. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(duplicateKey(text)).digest('hex');
}
