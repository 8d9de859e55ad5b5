import { analysis } from './analysis';
import { codebook } from './codebook';
import { common } from './common';
import { coders } from './coders';
import { compare } from './compare';
import { team } from './team';
import { documents } from './documents';
import { media } from './media';
import { figure } from './figure';
import { importing } from './importing';
import { memos } from './memos';
import { relations } from './relations';
import { retrieval } from './retrieval';
import { sets } from './sets';
import { shell } from './shell';
import { suggest } from './suggest';
import { trail } from './trail';
import { transcript } from './transcript';

/**
 * The interface's words, in one catalogue (English for now): `msg.<area>.<key>`, a string or a
 * function of the values it shows. Counts go through `count(n, nouns.x)`, which picks the plural form
 * with Intl.PluralRules, never `n === 1 ? … : …`. To add a string, add it to its area's file here.
 */
export const msg = {
  common,
  shell,
  codebook,
  transcript,
  media,
  retrieval,
  documents,
  importing,
  memos,
  analysis,
  figure,
  compare,
  coders,
  team,
  trail,
  suggest,
  sets,
  relations,
} as const;

export { nouns } from './nouns';
export { count, number, pluralForm, type PluralForms } from './plural';
