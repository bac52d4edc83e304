/**
 * Words that make a capitalised name an organisation: as its last word ("Gulf Cartel",
 * "The New York Times"), as its first word before "of" ("University of Helsinki"), or as the
 * common noun after it ("the Hells Angels biker gang", "the Sea Org group").
 */
const list = (text: string): Set<string> => new Set(text.split(/\s+/).filter((word) => word !== ''));

export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = list(`
  Cartel Cartels University Universität Université College School Academy Institute Institution
  Party Ministry Department Agency Bureau Office Service Services Commission Committee Council Board
  Authority Administration Government Parliament Senate Congress Assembly Court Tribunal
  Church Diocese Mosque Synagogue Times News Post Herald Journal Gazette Tribune Telegraph Guardian
  Observer Independent Magazine Review Chronicle Daily Weekly Press Radio Television TV Network
  Broadcasting Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC plc PLC Co Co. Company Companies Group
  Holdings Industries Enterprises Partners Bank Fund Foundation Trust Association Society Federation
  Union League Alliance Coalition Movement Front Brigade Brigades Army Navy Force Forces Police Guard
  Guards Militia Organization Organisation Org Club Team Airlines Airways Motors Systems Technologies
  Labs Laboratories Laboratory Pharmaceuticals Centre Center Hospital Clinic Museum Library Gallery
  Orchestra Band Council Conference Secretariat Directorate Command Office Embassy Consulate
`);

/** Heads that come first and take an "of" complement: "Ministry of Defence", "Bank of Japan". */
export const ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = list(`
  University College School Academy Institute Ministry Department Bureau Office Commission Committee
  Council Board Court Church Bank Society Association Federation Union League Organization
  Organisation Museum Library Royal Order House
`);

/** Lower-case nouns after a name that make the name an organisation. */
export const ORGANIZATION_COMMON_NOUNS: ReadonlySet<string> = list(`
  gang group organization organisation cartel party company firm corporation band movement network
  newspaper magazine agency association club team church sect militia brand airline bank charity
  university institute
`);
