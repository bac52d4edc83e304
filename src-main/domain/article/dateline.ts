import type { Block } from './blocks';

// A hand-written pattern rather than a date library: we only need to recognise a block that is
// nothing but a date, verbatim, and libraries like chrono-node also read ranges such as
// "200,000 to 750,000" as dates (see NOTES-toolchain.md).
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`\d{4}`;

const DATE_FORMS = [
  String.raw`${MONTH}\s+${DAY},?\s+${YEAR}`, // August 15, 2008
  String.raw`${DAY}\s+${MONTH},?\s+${YEAR}`, // 15 August 2008
  String.raw`${YEAR}-\d{2}-\d{2}`, // 2008-08-15
];

const DATELINE = new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?(?:${DATE_FORMS.join('|')})$`, 'i');

/** True when the block is a date on its own line, as Wikinews and many news sites print it. */
export function isDateline(block: Block): boolean {
  return block.lineCount === 1 && block.text.length <= 60 && DATELINE.test(block.text);
}
