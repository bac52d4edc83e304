/** The whole bad-input corpus: every case has a unique name that is also a valid article id. */
import type { BadInput } from './case';
import { binaryCases, disguisedCases, encodingCases, hostileMarkupCases, markdownCases, notAFileCases } from './cases-files';
import { emptyCases, invisibleCases, sizeCases } from './cases-text';

export type { BadInput } from './case';

export const corpus: readonly BadInput[] = [
  ...emptyCases,
  ...sizeCases,
  ...invisibleCases,
  ...binaryCases,
  ...encodingCases,
  ...hostileMarkupCases,
  ...markdownCases,
  ...disguisedCases,
  ...notAFileCases,
];

const names = corpus.map((input) => input.name);
const duplicate = names.find((name, i) => names.indexOf(name) !== i);
if (duplicate !== undefined) throw new Error(`two bad inputs are named ${duplicate}`);
const badName = names.find((name) => !/^[a-z0-9][a-z0-9-]{0,127}$/.test(name));
if (badName !== undefined) throw new Error(`bad input name ${badName} is not an article id`);
