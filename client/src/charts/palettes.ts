import { interpolateCividis, interpolatePurples } from 'd3';
import { isAgreementType, type AgreementType } from '../i18n/agreement-types';
// Colours of the charts by agreement type (timeline, briefing, review), chosen to stay apart for
// readers with any common colour-vision deficiency (protanopia, deuteranopia, tritanopia) and in
// greyscale print.
//
// - Agreement types: Paul Tol's "muted" qualitative scheme, nine colours designed to be
//   distinct under colour blindness (https://personal.sron.nl/~pault/#sec:qualitative,
//   "Figure 4: muted"), plus the neutral grey of his "bright" scheme for `other`, which has no
//   hue to confuse. Ten types, ten colours: no colour is reused.
// - Two series (new versus ended): blue and vermillion of the Okabe–Ito palette
//   (https://jfly.uni-koeln.de/color/), the pair that differs most for every deficiency; the
//   ended bars also point the other way, so colour is never the only cue.
// - One series (live agreements): Okabe–Ito blue.
// d3.schemeTableau10 and d3.schemeCategory10 are not used: several of their pairs merge for
// red–green colour blindness.

/** Paul Tol's muted scheme, in his order. */
export const TOL_MUTED = [
  '#CC6677', // rose
  '#332288', // indigo
  '#DDCC77', // sand
  '#117733', // green
  '#88CCEE', // cyan
  '#882255', // wine
  '#44AA99', // teal
  '#999933', // olive
  '#AA4499', // purple
] as const;

/** Paul Tol's neutral grey (bright scheme), for "other". */
export const TOL_GREY = '#BBBBBB';

/** Okabe–Ito colours used for series. */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  skyBlue: '#56B4E9',
} as const;

export { AGREEMENT_TYPES, isAgreementType, type AgreementType } from '../i18n/agreement-types';

/** One fixed colour per type, so a type keeps its colour whichever types a filter leaves. */
export const AGREEMENT_TYPE_COLORS: Readonly<Record<AgreementType, string>> = {
  internship_base: TOL_MUTED[0],
  practice_base: TOL_MUTED[1],
  industry_college: TOL_MUTED[2],
  professor_workstation: TOL_MUTED[3],
  order_class: TOL_MUTED[4],
  joint_lab: TOL_MUTED[5],
  strategic_cooperation: TOL_MUTED[6],
  talent_training: TOL_MUTED[7],
  alliance: TOL_MUTED[8],
  other: TOL_GREY,
};


/** The colour of a type; a type the model does not know (newer data) takes the neutral grey. */
export function agreementTypeColor(type: string): string {
  return isAgreementType(type) ? AGREEMENT_TYPE_COLORS[type] : TOL_GREY;
}

// Sequential scales, one per meaning, the same in every view (heat map, segment strip, map,
// briefing), so a colour never means 0 % in one chart and 100 % in another.
//
// - Coverage shares (0–1): cividis (Nuñez, Anderton & Renslow 2018), built to look the same to
//   readers with and without colour-vision deficiency. Dark blue for 0 % (a gap, which should
//   catch the eye), pale yellow for 100 %. Cells and regions pick their text ink by contrast.
// - Counts (organisations, agreements): ColorBrewer's single-hue purples, light for few and dark
//   for many. A different hue from cividis, so a count is never read as a share; its lightest
//   end starts at 0.2 so a region with one agreement still differs from the white page.

/** The colour of a coverage share t (0–1): dark blue at 0 %, pale yellow at 100 %. */
export const coverageColor = (t: number): string => interpolateCividis(Math.min(1, Math.max(0, t)));

/** The colour of a count's position t (0–1) on its scale: pale purple for few, dark for many. */
export const countColor = (t: number): string => interpolatePurples(0.2 + 0.8 * Math.min(1, Math.max(0, t)));
