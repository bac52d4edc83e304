/** Every fact extractor, in the order their facts win a tie (same answer span and kind). */
import type { FactExtractor } from '../facts/context';
import { extractCauseFacts } from '../facts/extract/cause';
import { extractEventFacts } from '../facts/extract/event';
import { extractChargeFacts } from '../facts/extract/event-charge';
import { extractConsequenceFacts } from '../facts/extract/event-consequence';
import { extractDestinationFacts } from '../facts/extract/event-destination';
import { extractEventObjectFacts } from '../facts/extract/event-object';
import { extractRelationFacts } from '../facts/extract/event-relation';
import { extractListFacts } from '../facts/extract/list';
import { extractNumberFacts } from '../facts/extract/number';
import { extractPersonFacts } from '../facts/extract/person';
import { extractQuoteFacts } from '../facts/extract/quote';
import { extractTermFacts } from '../facts/extract/term';

export const EXTRACTORS: readonly FactExtractor[] = [
  extractNumberFacts,
  extractPersonFacts,
  extractQuoteFacts,
  extractListFacts,
  extractEventFacts,
  extractEventObjectFacts,
  extractChargeFacts,
  extractConsequenceFacts,
  extractDestinationFacts,
  extractRelationFacts,
  extractCauseFacts,
  extractTermFacts,
];
