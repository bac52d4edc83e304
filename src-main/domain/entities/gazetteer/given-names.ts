/**
 * Common given names across the languages news and biographies mention most, with the gender
 * they usually carry. Used for two things only: a given name followed by a capitalised word is
 * a person's name, and "he"/"she" may only refer back to a compatible person.
 */
import type { Gender } from './roles';

const MALE = `
aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alessandro alex
alexander alexandre alexei alfred ali alistair anand andré andrea andreas andrew andrés andy angelo anthony
antoine antonio arjun arnold arthur ashok barack ben benjamin bernard bill bob boris brandon brian bruce
bruno carl carlos charles charlie chris christian christopher claude colin craig daniel dario david
dennis diego dmitri dmitry dominic donald douglas duncan edward eduardo emmanuel enrique eric erik ernest
ernesto fabio felipe felix fernando francesco francis francisco frank franz frederick friedrich gabriel
gary george georg gerald gerhard giorgio giovanni giuseppe gordon graham gregory guillaume gustav hamid
hans harold harry hassan heinrich henri henry hugh hugo hussein ian igor isaac ivan jack jacob jacques
jaime james jan javier jean jeff jeffrey jeremy jerome jim jimmy joe johann johannes john jonathan jorge
josé joseph juan jules julian justin karl keith ken kenneth kevin khalid klaus kurt larry lars laurent
lawrence leo leon leonardo lorenzo louis luc luca lucas luigi luis luke manuel marc marco marcus mario
mark martin matteo matthew matthias max maxime michael michel miguel mikhail mohamed mohammad mohammed
muhammad mustafa narendra neil nicholas nick nicolas nikolai nils noah oliver omar oscar otto pablo
patrick paul pedro peter philip philippe pierre pietro rafael rahul raj rajesh ralph ramón raúl ravi
raymond richard robert roberto rodrigo roger roman ronald rudolf ryan salman samuel sanjay santiago
scott sean sebastian sergei sergey simon stefan stephen steve steven sunil tariq ted terry thomas tim
timothy tom tony umar vadim vijay viktor vincent vladimir walter wei werner william wolfgang xavier
yasser youssef yuri yusuf zhang
`;

const FEMALE = `
abigail ada adriana agnes aisha alejandra alessandra alexandra alice alicia alison amanda amelia amy
ana anastasia andrea angela angelina anita ann anna anne annette antonia ashley barbara beatrice
beatriz brenda bridget camila carla carmen carol caroline catherine cecilia charlotte chiara christina
christine cindy claire clara claudia colette cristina cynthia daniela deborah denise diana diane dolores
donna dorothy elena eleanor elisa elisabeth elizabeth ella ellen elsa emily emma erica erin esther eva
eve fatima francesca françoise gabriela gabrielle gloria grace hannah heather helen helena hilary
hillary ingrid irene isabel isabella jacqueline jane janet jennifer jessica joan joanna josephine
judith julia julie juliette karen katarina kate katherine kathleen kathryn laura lauren layla leila
linda lisa louise lucia lucy maria marie marina marion martha mary maya melissa mia michelle monica
nadia nancy natalia natalie natasha nicole nina olga olivia pamela patricia paula pauline priya rachel
rebecca rita rosa rose ruth sabine sandra sara sarah sharon silvia simone sofia sonia sophia sophie
stephanie susan suzanne svetlana sylvia tatiana teresa theresa valentina valerie vanessa veronica
victoria virginia wendy yasmin yuki yvonne zainab zoe
`;

const names = (text: string): string[] => text.split(/\s+/).filter((name) => name !== '');
const male = new Set(names(MALE));
const female = new Set(names(FEMALE));

/** Lower-case given name → usual gender; `null` for names given to both ("Andrea"). */
export const GIVEN_NAMES: ReadonlyMap<string, Gender | null> = new Map([
  ...[...male].map((name): [string, Gender | null] => [name, female.has(name) ? null : 'male']),
  ...[...female].map((name): [string, Gender | null] => [name, male.has(name) ? null : 'female']),
]);
