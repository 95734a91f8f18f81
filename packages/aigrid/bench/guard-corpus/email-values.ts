import type { Person } from './person-names.js';
import type { PhoneCountry } from './phone-values.js';
import type { Rng } from './prng.js';
import { asciiFold } from './text-noise.js';

/*
 * E-mail addresses people really have: built from their own name on the providers popular in
 * their country, or on an employer's domain, with the usual dots, digits and plus tags.
 */

const PROVIDERS: Record<PhoneCountry, readonly string[]> = {
  GB: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'sky.com'],
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net', 'proton.me'],
  IN: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'gmx.net', 'posteo.de', 'outlook.de', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at', 'a1.net'],
  CH: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch', 'hispeed.ch'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'hotmail.fr', 'yahoo.fr'],
  BE: ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be', 'hotmail.be'],
  ES: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es', 'movistar.es'],
  NL: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'planet.nl', 'xs4all.nl', 'live.nl'],
  IT: ['gmail.com', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'hotmail.it', 'yahoo.it', 'pec.it'],
  PT: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'netcabo.pt', 'iol.pt'],
};

const WORK_DOMAINS: Record<PhoneCountry, readonly string[]> = {
  GB: ['harrowfield.co.uk', 'northgate-legal.co.uk', 'brightwater.ac.uk', 'nhs.net'],
  US: ['meridianhealth.org', 'bluepeak.io', 'stateu.edu', 'hollis-partners.com'],
  IN: ['infosphere.co.in', 'tatvasoft.in', 'iitb.ac.in'],
  DE: ['nordlicht-logistik.de', 'stadtwerke-beispiel.de', 'uni-heidelberg.de', 'kanzlei-am-markt.de'],
  AT: ['alpenbau.at', 'univie.ac.at'],
  CH: ['seeblick-treuhand.ch', 'ethz.ch'],
  FR: ['atelier-lumiere.fr', 'mairie-exemple.fr', 'univ-lyon1.fr', 'groupe-azur.fr'],
  BE: ['ugent.be', 'brasserie-du-parc.be'],
  ES: ['construcciones-levante.es', 'ub.edu', 'clinica-salud.es'],
  NL: ['tulpenveld.nl', 'uva.nl', 'gemeente-voorbeeld.nl', 'havenlogistiek.nl'],
  IT: ['studiorossi.it', 'unibo.it', 'officine-meccaniche.it'],
  PT: ['ulisboa.pt', 'vinhos-do-douro.pt', 'construcoes-atlantico.pt'],
};

function token(name: string, german: boolean): string {
  return asciiFold(name, german).replace(/['’]/g, '').replace(/[^a-z0-9 -]/g, '');
}

export function emailFor(person: Person, r: Rng, work = r.chance(0.25)): string {
  const german = person.lang === 'de' && r.chance(0.6);
  const first = token(person.first, german).split(/[ -]/)[0];
  const lastParts = token(person.last, german).split(/[ -]/).filter(Boolean);
  const last = r.chance(0.5) ? lastParts.join('') : lastParts[lastParts.length - 1];
  const year = String(person.year);
  const local = r.weighted<string>([
    [`${first}.${last}`, 35],
    [`${first[0]}.${last}`, 10],
    [`${first}${last}`, 10],
    [`${first}_${last}`, 5],
    [`${last}.${first}`, 5],
    [`${first}.${last}${r.int(1, 99)}`, 10],
    [`${first}${year.slice(2)}`, 8],
    [`${first[0]}${last}`, 7],
    [`${first}.${last}+${r.pick(['shop', 'news', 'work', 'amazon'])}`, 4],
    [`${last}${year}`, 6],
  ]);
  const domain = r.pick(work ? WORK_DOMAINS[person.country] : PROVIDERS[person.country]);
  const text = `${local}@${domain}`;
  return r.chance(0.05) ? text.replace(/^./, (c) => c.toUpperCase()) : text;
}
