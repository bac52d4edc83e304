/**
 * Titles, roles and occupations that name what a person is or does. A role noun right before a
 * name ("Environment Minister John Baird", "musician Tiziano Lugli") or heading an apposition
 * ("Paul Dewar, an Ottawa MP") is the main evidence that a capitalised name is a person.
 * All entries lower case; matching is on the lower-cased token.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Single-word roles: public office, law, science, arts, business, sport, religion, media. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`
  president vice-president premier minister secretary senator congressman congresswoman congressperson
  representative governor mayor chancellor king queen prince princess emperor empress sultan emir sheikh
  pope cardinal bishop archbishop rabbi imam pastor reverend priest monk nun missionary ayatollah
  judge justice magistrate prosecutor attorney lawyer barrister solicitor counsel advocate
  ambassador diplomat envoy consul spokesperson spokesman spokeswoman chairman chairwoman chairperson
  ceo cfo coo cto founder co-founder cofounder director manager executive chief boss
  commander general admiral colonel major captain lieutenant sergeant corporal marshal officer
  detective sheriff inspector constable superintendent commissioner warden
  professor lecturer researcher scientist biologist chemist physicist mathematician astronomer geologist
  ecologist zoologist botanist entomologist epidemiologist virologist neuroscientist geneticist
  economist historian philosopher sociologist psychologist anthropologist archaeologist linguist
  engineer architect designer artist painter sculptor photographer illustrator cartoonist
  musician singer songwriter singer-songwriter composer conductor pianist violinist guitarist drummer
  rapper actor actress comedian dancer choreographer filmmaker producer screenwriter
  writer author novelist poet playwright essayist journalist reporter correspondent editor columnist
  commentator analyst blogger broadcaster presenter anchor critic publisher
  doctor physician surgeon nurse dentist pharmacist psychiatrist paediatrician pediatrician
  homeopath naturopath veterinarian midwife paramedic therapist
  teacher headteacher headmaster principal dean rector provost tutor coach trainer
  footballer cricketer athlete sprinter swimmer cyclist boxer wrestler golfer goalkeeper striker
  billionaire millionaire businessman businesswoman entrepreneur investor banker financier
  industrialist tycoon magnate economist accountant
  activist campaigner candidate politician lawmaker legislator mp mep councillor councilor alderman
  administrator official adviser advisor consultant strategist lobbyist negotiator
  inventor pilot astronaut cosmonaut soldier chef farmer explorer curator librarian laureate scholar academic
  secretary-general attorney-general editor-in-chief
  `),
);

/** Roles of more than one word, as token sequences; matched before single words. */
export const MULTIWORD_ROLES: readonly (readonly string[])[] = [
  'prime minister', 'deputy prime minister', 'first minister', 'chief minister', 'secretary of state',
  'secretary general', 'attorney general', 'solicitor general',
  'surgeon general', 'chief executive', 'chief executive officer', 'chief financial officer',
  'chief operating officer', 'chief technology officer', 'vice president', 'vice chancellor',
  'supreme leader', 'crown prince', 'first lady', 'editor in chief', 'chief justice',
  'district attorney', 'chief of staff', 'head of state', 'minister of state', 'press secretary',
  'police chief', 'police commissioner', 'fire chief', 'managing director', 'lord chancellor',
].map(words);

/**
 * Titles that are also ordinary words or start company names ("General Motors", "Major League"):
 * before a name they count only when at least two name words follow.
 */
export const WEAK_TITLES: ReadonlySet<string> = new Set(
  words('general major marshal chief justice judge dean principal director producer officer host anchor'),
);

/** Forms of address: evidence of a person, but not a role worth a flashcard. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  words(`mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame lord lady madam mme mme. m. mister
  herr frau señor señora sr. sra. rev rev. fr. sen. rep. gov. gen. col. capt. lt. sgt. insp. det. supt.`),
);

/** Letters after a name ("Daniel Bernoulli FRS", "Mark Tedeschi, QC"): not part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  words(`qc kc sc mp mep msp mla frs frse fba freng dbe cbe obe mbe kbe gbe ra phd md dphil mba
  jr jr. sr sr. esq esq.`),
);

/** Kinship and personal relations: show that a name is a person, but "his wife" is no role. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(
  words(`father mother son daughter brother sister husband wife uncle aunt nephew niece cousin
  grandfather grandmother grandson granddaughter stepfather stepmother stepson stepdaughter
  boyfriend girlfriend fiancé fiancée fiance fiancee partner widow widower child friend colleague
  then-girlfriend then-boyfriend then-wife then-husband ex-wife ex-husband`),
);

/**
 * Nouns that head a description of a person in an apposition ("an influential figure in …",
 * "a member of …") without being a title before a name.
 */
export const PERSON_HEAD_NOUNS: ReadonlySet<string> = new Set(
  words(`figure member representative leader head spokesperson resident native citizen student pupil
  graduate veteran expert specialist pioneer defector survivor victim witness fan supporter critic
  opponent ally rival owner employee worker volunteer man woman boy girl person individual
  contemporary descendant heir successor predecessor protégé disciple`),
);

const FEMALE = words(`spokeswoman chairwoman businesswoman congresswoman actress queen princess empress
  duchess countess nun mother daughter sister wife aunt niece grandmother granddaughter stepmother
  stepdaughter girlfriend fiancée fiancee widow then-girlfriend then-wife ex-wife mrs mrs. ms ms. miss
  dame lady madam mme mme. señora sra. woman girl`);
const MALE = words(`spokesman chairman businessman congressman king prince emperor duke count monk father
  son brother husband uncle nephew grandfather grandson stepfather stepson boyfriend fiancé fiance
  widower then-boyfriend then-husband ex-husband mr mr. sir lord mister herr señor sr. man boy`);

export type Gender = 'female' | 'male';

/** The gender a role or form of address implies, if any. */
export function genderOfWord(word: string): Gender | null {
  const lower = word.toLowerCase();
  if (FEMALE.includes(lower)) return 'female';
  if (MALE.includes(lower)) return 'male';
  return null;
}
