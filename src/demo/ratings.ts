/**
 * Skill ratings. 'demo' is a believable matrix: each technician rates 8–20 skills around their
 * specialism, line managers validate about half of their teams, compliance skills carry
 * certificates (some expired), and the matrix deliberately contains single points of failure, a
 * sole expert who is leaving, and units that need skills nobody in them has. 'liverpool' is
 * about 26,000 ratings (≈15% manager validations) for load and benchmarks.
 */
import { EXPERT_LEVEL } from '../domain/vocabulary';
import { SeededRandom } from './random';
import { demoRoster, emailFor, MEMBER_EMAIL, OWNER_EMAIL, VISITOR_EMAIL, type RosterPerson } from './roster';
import type { SkillDefinition } from './skillCatalogue';
import { DEMO_GAPS, skillCatalogue, skillFitsUnit } from './skills';
import type { DemoScale, RatingSeed } from './seeds';
import { addDays, isoDate } from './time';
import { unitProfiles, type UnitProfile } from './units';

/** 'demo' skills with exactly one expert (level 3+), and who that expert is. */
export const DEMO_SOLE_EXPERTS: ReadonlyMap<string, string> = new Map([
  ['Scanning electron microscope (SEM)', emailFor('Gareth Evans')],
  ['Garment construction', emailFor('Rosa Martinez')],
  ['CNC milling', emailFor('Dave Pritchard')],
  ['Darkroom processing', emailFor('Ben Thompson')],
  ['LabVIEW', emailFor('Jo Harper')],
  ['Knitting machine programming (Shima Seiki)', emailFor('Bartek Nowak')],
]);

/** What each 'demo' person is known for; rated high and validated first. */
const DEMO_FOCUS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [OWNER_EMAIL, ['Project management', 'Line management', 'Power BI', 'Budget and procurement']],
      [MEMBER_EMAIL, ['Tablet compression and coating', 'Aseptic technique', 'Titration and wet chemistry', 'COSHH assessment']],
      ['Neil Parry', ['Line management', 'Project management', 'Budget and procurement', 'COSHH assessment']],
      ['Jaswinder Bains', ['Line management', 'Project management', 'Budget and procurement', 'CAD (SolidWorks)']],
      ['Claire Donovan', ['Line management', 'Project management', 'Budget and procurement', 'Screen printing']],
      ['Sarah Jennings', ['Power BI', 'Project management', 'Python for data analysis']],
      ['Daniel Okafor', ['Line management', 'COSHH assessment', 'Pressure systems', 'HPLC method development']],
      ['Aisha Rahman', ['HPLC method development', 'Chromatography data system (Empower)', 'FTIR spectrometer']],
      ['Tom Whitfield', ['Microbiological media preparation', 'Aseptic technique', 'Autoclave operation']],
      ['Grace Adeyemi', ['Aseptic technique', 'Autoclave operation']],
      ['Wei Zhang', ['Tablet compression and coating', 'HPLC method development', 'FTIR spectrometer']],
      ['Helen Marsh', ['Line management', 'Biological safety (Containment Level 2)', 'Cell culture (mammalian)']],
      ['Rajesh Kumar', ['Cell culture (mammalian)', 'Aseptic technique', 'Confocal microscope']],
      ['Sophie Clarke', ['PCR', 'Cell culture (mammalian)', 'Demonstrating in practicals']],
      ['Kwame Mensah', ['Demonstrating in practicals', 'First aid at work', 'Student induction']],
      ['Emily Doyle', ['Aseptic technique', 'Microbiological media preparation']],
      ['Fatima Hussain', ['Histology sectioning (microtome)', 'Confocal microscope', 'Image analysis (Fiji/ImageJ)']],
      ['Peter Novak', ['Radiation protection supervisor', 'Line management', 'NMR spectrometer']],
      ['Lina Chen', ['Mass spectrometer (LC-MS)', 'HPLC method development', 'Python for data analysis']],
      ['Gareth Evans', ['Scanning electron microscope (SEM)', 'Sample preparation for electron microscopy', 'Radiation protection supervisor']],
      ["Niamh O'Connor", ['NMR spectrometer', 'FTIR spectrometer', 'Gas chromatograph (GC)']],
      ['Steve Bradshaw', ['Line management', 'Pressure systems', 'Abrasive wheels']],
      ['Imran Siddiqui', ['Manual machining (lathe)', 'Welding (TIG/MIG)', 'CNC milling']],
      ['Jo Harper', ['LabVIEW', 'Soldering (SMD)', 'PCB design and assembly', 'Oscilloscope and signal analysis']],
      ['Connor Walsh', ['Soldering (SMD)', '3D printing (FDM)']],
      ['Olu Bakare', ['Materials tensile testing', 'Universal testing machine (Instron)', 'CAD (SolidWorks)']],
      ['Hannah Lewis', ['Python for data analysis', 'LabVIEW', 'Demonstrating in practicals']],
      ['Dave Pritchard', ['CNC milling', 'Manual machining (lathe)', 'CAD (SolidWorks)']],
      ['Carla Mendes', ['Line management', 'Project management', 'Adobe Premiere']],
      ['Jamie Fletcher', ['Broadcast camera (Sony FX6)', 'Adobe Premiere', 'Studio lighting']],
      ['Zainab Ali', ['Audio mixing desk', 'Location sound recording']],
      ['Ben Thompson', ['Darkroom processing', 'Studio lighting', 'Adobe Photoshop']],
      ['Ryan Cooper', ['Unity game engine', 'Adobe Premiere']],
      ['Mark Hughes', ['Line management', 'Model making', 'Abrasive wheels']],
      ['Ellie Robinson', ['Model making', 'Laser cutting', '3D printing (FDM)']],
      ['Tariq Mahmood', ['Rhino 3D', '3D printing (resin SLA)', 'Laser cutting', 'CNC milling']],
      ['Lucy Barnes', ['Model making', 'Laser cutting']],
      ['Anjali Shah', ['Line management', 'Pattern cutting', 'Garment construction']],
      ['Rosa Martinez', ['Garment construction', 'Pattern cutting', 'Industrial sewing machines']],
      ['Chloe Wright', ['Screen printing', 'Digital textile printing', 'COSHH assessment']],
      ['Bartek Nowak', ['Knitting machine programming (Shima Seiki)', 'Industrial sewing machines']],
      ['Yemi Oladipo', ['Laser cutting', 'Industrial sewing machines', 'CLO 3D garment simulation']],
    ] as const
  ).map(([who, skills]) => [who.includes('@') ? who : emailFor(who), skills] as const),
);

/** Skills a few people in gap units want to learn: rated Aware, not held. */
const DEMO_ASPIRATIONS: readonly (readonly [person: string, skill: string, note: string])[] = [
  [emailFor('Rajesh Kumar'), 'Flow cytometer', 'Would like training before the school’s new cytometer arrives.'],
  [emailFor('Ellie Robinson'), 'Laser safety', 'Need the laser safety course to supervise the laser cutters alone.'],
  [MEMBER_EMAIL, 'Mass spectrometer (LC-MS)', 'Interested in shadowing in the core facility.'],
];

const SENIOR_ROLES = new Set(['Senior technician', 'Technical specialist', 'Technical manager']);

function baseLevel(person: RosterPerson, focus: boolean, random: SeededRandom): number {
  if (person.role === 'Apprentice') return focus ? 2 : random.weighted([[1, 3], [2, 2], [0, 1]]);
  if (focus) return SENIOR_ROLES.has(person.role) ? random.weighted([[4, 3], [3, 2]]) : random.weighted([[3, 3], [4, 1]]);
  return SENIOR_ROLES.has(person.role) ? random.weighted([[1, 1], [2, 3], [3, 3], [4, 1]]) : random.weighted([[1, 2], [2, 4], [3, 2]]);
}

interface RatingContext {
  readonly now: Date;
  readonly random: SeededRandom;
  readonly byName: ReadonlyMap<string, SkillDefinition>;
}

/** Reviewed within the last 18 months; certificates valid for the skill's period from when last certified. */
function dates(skill: SkillDefinition, ctx: RatingContext): Pick<RatingSeed, 'lastReviewed' | 'certificateExpiry'> {
  const reviewed = addDays(ctx.now, -ctx.random.int(10, 540));
  if (!skill.validityYears) return { lastReviewed: isoDate(reviewed) };
  // Up to four months past the validity period: roughly one certificate in eight has lapsed.
  const certified = addDays(ctx.now, -ctx.random.int(20, skill.validityYears * 365 + 120));
  return { lastReviewed: isoDate(reviewed), certificateExpiry: isoDate(addDays(certified, skill.validityYears * 365)) };
}

function selfRating(person: RosterPerson, skill: SkillDefinition, level: number, ctx: RatingContext): RatingSeed {
  const wants = level <= 2 ? ctx.random.chance(0.3) : ctx.random.chance(0.05);
  return {
    person: person.email,
    skill: skill.name,
    source: 'Self',
    author: person.email,
    level,
    wantsToDevelop: wants,
    ...dates(skill, ctx),
  };
}

/** The manager's view: usually agrees, sometimes one level either way. */
function managerRating(self: RatingSeed, manager: string, ctx: RatingContext, cap: number): RatingSeed {
  const delta = ctx.random.weighted([[0, 6], [-1, 3], [1, 1]]);
  const level = Math.max(0, Math.min(cap, self.level + delta));
  return {
    ...self,
    source: 'Manager',
    author: manager,
    level,
    wantsToDevelop: false,
    lastReviewed: self.lastReviewed,
    note: level < self.level ? 'Agreed at review: more supervised practice first.' : undefined,
  };
}

function demoRatings(now: Date): RatingSeed[] {
  const random = new SeededRandom('demo-ratings-v1');
  const catalogue = skillCatalogue('demo');
  const ctx: RatingContext = { now, random, byName: new Map(catalogue.map((s) => [s.name, s])) };
  const units = new Map(unitProfiles('demo').map((u) => [u.name, u]));
  const ratings: RatingSeed[] = [];
  const people = demoRoster('demo').filter((p) => p.email !== VISITOR_EMAIL);

  people.forEach((person, index) => {
    const unit = units.get(person.unit) as UnitProfile;
    const isManager = person.role === 'Technical manager';
    const gapSkills = new Set(DEMO_GAPS.filter((g) => g.unit === person.unit).map((g) => g.skill));
    const focus = (DEMO_FOCUS.get(person.email) ?? []).filter((name) => !gapSkills.has(name));
    const pool = catalogue.filter(
      (s) => !s.retired && !focus.includes(s.name) && !gapSkills.has(s.name) && (!s.managersOnly || isManager) && skillFitsUnit(s, unit),
    );
    const count = person.role === 'Apprentice' ? random.int(8, 10) : unit.kind === 'Faculty' || person.unit === 'Technical Services Office' ? random.int(8, 12) : random.int(10, 20);
    const chosen = [...focus, ...random.sample(pool, count - focus.length).map((s) => s.name)];
    // Every other technician with a line manager has been through a skills review this year.
    const validated = person.lineManager !== undefined && (index % 2 === 0 || person.email === MEMBER_EMAIL);
    for (const name of chosen) {
      const skill = ctx.byName.get(name);
      if (!skill) throw new Error(`demo ratings: "${name}" (focus of ${person.email}) is not in the skill catalogue`);
      const soleExpert = DEMO_SOLE_EXPERTS.get(name);
      let level = baseLevel(person, focus.includes(name), random);
      // Keep single points of failure single: anyone else stays below Expert.
      const cap = soleExpert === undefined ? 4 : soleExpert === person.email ? 4 : EXPERT_LEVEL - 1;
      if (soleExpert === person.email) level = Math.max(level, EXPERT_LEVEL + 1);
      level = Math.min(level, cap);
      const self = selfRating(person, skill, level, ctx);
      ratings.push(self);
      const manager = person.lineManager;
      if (manager && soleExpert === person.email) {
        // The lone expert's manager has confirmed it: the gap analysis counts validated ratings too.
        ratings.push({ ...managerRating(self, manager, ctx, 4), level: self.level, note: 'The only person here trained to this level.' });
      } else if (manager && validated && (focus.includes(name) || random.chance(0.5))) {
        ratings.push(managerRating(self, manager, ctx, cap));
      }
    }
  });

  for (const [person, skill, note] of DEMO_ASPIRATIONS) {
    const definition = ctx.byName.get(skill) as SkillDefinition;
    ratings.push({ person, skill, source: 'Self', author: person, level: 1, wantsToDevelop: true, note, ...dates(definition, ctx), certificateExpiry: undefined });
  }
  return ratings;
}

/** Self-ratings per person at Liverpool scale (inclusive range) and the chance a manager validates one. */
const LIVERPOOL_SELF = [30, 38] as const;
const LIVERPOOL_VALIDATION = 0.176;

function liverpoolRatings(now: Date): RatingSeed[] {
  const random = new SeededRandom('liverpool-ratings-v1');
  const catalogue = skillCatalogue('liverpool');
  const ctx: RatingContext = { now, random, byName: new Map(catalogue.map((s) => [s.name, s])) };
  const live = catalogue.filter((s) => !s.retired);
  const pools = new Map(
    unitProfiles('liverpool').map((unit) => [unit.name, live.filter((s) => skillFitsUnit(s, unit))] as const),
  );
  const ratings: RatingSeed[] = [];
  for (const person of demoRoster('liverpool')) {
    if (person.email === VISITOR_EMAIL) continue;
    const isManager = person.role === 'Technical manager';
    const own = (pools.get(person.unit) ?? []).filter((s) => !s.managersOnly || isManager);
    const count = random.int(LIVERPOOL_SELF[0], LIVERPOOL_SELF[1]);
    // Small units' own skills run out: the rest come from anywhere (people move between disciplines).
    const chosen = random.sample(own, Math.round(count * 0.85));
    const taken = new Set(chosen.map((s) => s.name));
    while (chosen.length < count) {
      const extra = random.pick(live);
      if (!taken.has(extra.name) && !extra.managersOnly) {
        taken.add(extra.name);
        chosen.push(extra);
      }
    }
    chosen.forEach((skill, i) => {
      const self = selfRating(person, skill, baseLevel(person, i < 3, random), ctx);
      ratings.push(self);
      if (person.lineManager && random.chance(LIVERPOOL_VALIDATION)) ratings.push(managerRating(self, person.lineManager, ctx, 4));
    });
  }
  return ratings;
}

/** All ratings of a demo world; deterministic for a given `now`. */
export function ratingSeeds(scale: DemoScale, now: Date): RatingSeed[] {
  return scale === 'demo' ? demoRatings(now) : liverpoolRatings(now);
}
