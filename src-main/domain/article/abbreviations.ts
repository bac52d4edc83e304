/**
 * Abbreviations wink-nlp's sentence splitter sometimes ends a sentence on (checked by hand against
 * wink-eng-lite-web-model 1.8; see sentence-repair.ts for how each list is used). Case-sensitive
 * where the case matters: "No. 3" is an abbreviation, "no. Then" is a word ending a sentence.
 */

/** Titles before a name: a sentence never ends on them. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.',
  'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Rev.', 'Fr.', 'Hon.', 'Supt.',
  'Insp.', 'St.', 'Mt.', 'Ft.', 'Messrs.', 'Mme.', 'Mlle.',
]);

/** Abbreviations that stand before a number: merged when the next sentence starts with a digit. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No.', 'Nos.', 'no.', 'Vol.', 'vol.', 'Vols.', 'Fig.', 'fig.', 'Figs.', 'p.', 'pp.', 'Art.',
  'Ch.', 'ch.', 'Sec.', 'sec.', 'Sect.', 'Eq.', 'eq.', 'Ref.', 'ref.', 'Op.', 'op.', 'Ex.', 'ex.',
  'approx.', 'Approx.', 'ca.', 'c.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.',
  'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Nr.', 'nr.', 'Pt.', 'pt.', 'Ed.', 'ed.',
]);

/** Abbreviations that may end a sentence, so merged only when lower-case text follows. */
export const GENERAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al.', 'etc.', 'vs.', 'v.', 'cf.', 'esp.', 'incl.', 'approx.', 'ca.', 'est.', 'dept.', 'Dept.',
  'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'Jr.', 'Sr.', 'Univ.', 'Assn.', 'Ave.', 'Blvd.', 'Rd.',
  'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.', 'min.', 'max.',
  'avg.', 'yr.', 'yrs.', 'hr.', 'hrs.', 'mo.', 'misc.', 'viz.', 'resp.', 'fl.', 'b.', 'd.',
]);
