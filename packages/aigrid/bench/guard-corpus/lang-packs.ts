import type { Lang } from './label-types.js';
import { DE } from './lang-de.js';
import { EN } from './lang-en.js';
import { ES } from './lang-es.js';
import { FR } from './lang-fr.js';
import { IT } from './lang-it.js';
import { NL } from './lang-nl.js';
import type { LanguagePack } from './pack-types.js';
import { PT } from './lang-pt.js';

export const PACKS: Record<Lang, LanguagePack> = { en: EN, de: DE, fr: FR, es: ES, nl: NL, it: IT, pt: PT };
