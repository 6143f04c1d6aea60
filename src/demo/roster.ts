/**
 * Who is in each demo world: the three fixed sign-in accounts, a hand-written De Montfort-like
 * network for 'demo', and a seeded generator for Liverpool scale. The directory and the People
 * list are both built from this one roster, so they always agree.
 */
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { SeededRandom } from './random';
import type { DemoScale } from './seeds';
import { TECHNICAL_SERVICES, unitProfiles } from './units';

/** A site permission level, as the Teams team / SharePoint site grants it. */
export type SiteRole = 'owner' | 'member' | 'visitor';

/** One person of a demo world before dates that depend on "now" are added. */
export interface RosterPerson {
  readonly name: string;
  readonly email: string;
  readonly unit: string;
  readonly jobTitle: string;
  readonly role: string;
  readonly networkRole: string;
  readonly lineManager?: string;
  readonly siteRole: SiteRole;
}

export const DEMO_DOMAIN = 'demo.local';
/** The site owner: runs the network and its Technician Commitment action plan. */
export const OWNER_EMAIL = `owner@${DEMO_DOMAIN}`;
/** A technician with a line manager: the everyday member. */
export const MEMBER_EMAIL = `member@${DEMO_DOMAIN}`;
/** Read-only visitor: an academic who follows the network. */
export const VISITOR_EMAIL = `visitor@${DEMO_DOMAIN}`;

/** `firstname.lastname@demo.local`, letters, digits and hyphens only. */
export function emailFor(name: string, suffix = ''): string {
  const parts = name
    .normalize('NFKD')
    .toLowerCase()
    .split(/\s+/)
    .map((p) => p.replace(/[^a-z0-9-]/g, ''))
    .filter((p) => p.length > 0);
  return `${parts.join('.')}${suffix}@${DEMO_DOMAIN}`;
}

const PHARMACY = 'Leicester School of Pharmacy';
const AHS = 'School of Allied Health Sciences';
const CORE = 'Analytical Sciences Core Facility';
const ESD = 'School of Engineering and Sustainable Development';
const MEDIA = 'Leicester Media School';
const ARCH = 'Leicester School of Architecture';
const FASHION = 'School of Fashion and Textiles';
const HLS = 'Faculty of Health and Life Sciences';
const CEM = 'Faculty of Computing, Engineering and Media';
const ADH = 'Faculty of Arts, Design and Humanities';

type Row = readonly [name: string, unit: string, jobTitle: string, role: string, networkRole: string, lineManagerName?: string];

/** The hand-written 'demo' network; line managers by name, resolved to emails below. */
const DEMO_ROWS: readonly Row[] = [
  ['Neil Parry', HLS, 'Faculty Technical Services Manager, Health and Life Sciences', 'Technical manager', 'Steering group', 'Olivia Owen'],
  ['Jaswinder Bains', CEM, 'Faculty Technical Services Manager, Computing, Engineering and Media', 'Technical manager', 'Steering group', 'Olivia Owen'],
  ['Claire Donovan', ADH, 'Faculty Technical Services Manager, Arts, Design and Humanities', 'Technical manager', 'Steering group', 'Olivia Owen'],
  ['Sarah Jennings', TECHNICAL_SERVICES, 'Technical Services Coordinator', 'Professional services', 'Working group', 'Olivia Owen'],
  ['Daniel Okafor', PHARMACY, 'Technical Manager, Leicester School of Pharmacy', 'Technical manager', 'Faculty champion', 'Neil Parry'],
  ['Aisha Rahman', PHARMACY, 'Senior Technician (Pharmaceutical Analysis)', 'Senior technician', 'Working group', 'Daniel Okafor'],
  ['Tom Whitfield', PHARMACY, 'Technician (Microbiology)', 'Technician', 'Member', 'Daniel Okafor'],
  ['Grace Adeyemi', PHARMACY, 'Apprentice Laboratory Technician', 'Apprentice', 'Member', 'Daniel Okafor'],
  ['Wei Zhang', PHARMACY, 'Technical Specialist (Tablet Formulation)', 'Technical specialist', 'Member', 'Daniel Okafor'],
  ['Helen Marsh', AHS, 'Technical Manager, School of Allied Health Sciences', 'Technical manager', 'Faculty champion', 'Neil Parry'],
  ['Rajesh Kumar', AHS, 'Senior Technician (Cell Culture)', 'Senior technician', 'Member', 'Helen Marsh'],
  ['Sophie Clarke', AHS, 'Technician (Biomedical Science)', 'Technician', 'Working group', 'Helen Marsh'],
  ['Kwame Mensah', AHS, 'Technician (Physiology and Sport Science)', 'Technician', 'Member', 'Helen Marsh'],
  ['Emily Doyle', AHS, 'Apprentice Laboratory Technician', 'Apprentice', 'Member', 'Helen Marsh'],
  ['Fatima Hussain', AHS, 'Technical Specialist (Histology and Microscopy)', 'Technical specialist', 'Working group', 'Helen Marsh'],
  ['Peter Novak', CORE, 'Facility Manager, Analytical Sciences Core Facility', 'Technical manager', 'Steering group', 'Neil Parry'],
  ['Lina Chen', CORE, 'Senior Technician (Mass Spectrometry)', 'Senior technician', 'Member', 'Peter Novak'],
  ['Gareth Evans', CORE, 'Technical Specialist (Electron Microscopy)', 'Technical specialist', 'Member', 'Peter Novak'],
  ["Niamh O'Connor", CORE, 'Technician (NMR and Spectroscopy)', 'Technician', 'Member', 'Peter Novak'],
  ['Steve Bradshaw', ESD, 'Technical Manager, School of Engineering', 'Technical manager', 'Faculty champion', 'Jaswinder Bains'],
  ['Imran Siddiqui', ESD, 'Senior Technician (Mechanical Workshop)', 'Senior technician', 'Working group', 'Steve Bradshaw'],
  ['Jo Harper', ESD, 'Technician (Electronics)', 'Technician', 'Member', 'Steve Bradshaw'],
  ['Connor Walsh', ESD, 'Apprentice Engineering Technician', 'Apprentice', 'Member', 'Steve Bradshaw'],
  ['Olu Bakare', ESD, 'Technical Specialist (Materials Testing)', 'Technical specialist', 'Member', 'Steve Bradshaw'],
  ['Hannah Lewis', ESD, 'Technician (Energy and Sustainable Development Laboratories)', 'Technician', 'Member', 'Steve Bradshaw'],
  ['Dave Pritchard', ESD, 'Senior Technician (CNC and Fabrication)', 'Senior technician', 'Member', 'Steve Bradshaw'],
  ['Carla Mendes', MEDIA, 'Technical Manager, Leicester Media School', 'Technical manager', 'Faculty champion', 'Jaswinder Bains'],
  ['Jamie Fletcher', MEDIA, 'Technical Instructor (Film and Television)', 'Technician', 'Member', 'Carla Mendes'],
  ['Zainab Ali', MEDIA, 'Technician (Audio and Music Technology)', 'Technician', 'Working group', 'Carla Mendes'],
  ['Ben Thompson', MEDIA, 'Senior Technician (Photography and Darkroom)', 'Senior technician', 'Member', 'Carla Mendes'],
  ['Ryan Cooper', MEDIA, 'Technician (Games and Interactive Media)', 'Technician', 'Member', 'Carla Mendes'],
  ['Mark Hughes', ARCH, 'Technical Manager, Leicester School of Architecture', 'Technical manager', 'Faculty champion', 'Claire Donovan'],
  ['Ellie Robinson', ARCH, 'Technician (Model Making Workshop)', 'Technician', 'Member', 'Mark Hughes'],
  ['Tariq Mahmood', ARCH, 'Senior Technician (Digital Fabrication)', 'Senior technician', 'Member', 'Mark Hughes'],
  ['Lucy Barnes', ARCH, 'Apprentice Workshop Technician', 'Apprentice', 'Member', 'Mark Hughes'],
  ['Anjali Shah', FASHION, 'Technical Manager, School of Fashion and Textiles', 'Technical manager', 'Faculty champion', 'Claire Donovan'],
  ['Rosa Martinez', FASHION, 'Technical Instructor (Garment Construction)', 'Technician', 'Member', 'Anjali Shah'],
  ['Chloe Wright', FASHION, 'Technician (Print and Dye)', 'Technician', 'Working group', 'Anjali Shah'],
  ['Bartek Nowak', FASHION, 'Technician (Knitwear)', 'Technician', 'Member', 'Anjali Shah'],
  ['Yemi Oladipo', FASHION, 'Technical Specialist (Footwear and Accessories)', 'Technical specialist', 'Member', 'Anjali Shah'],
];

interface FixedAccountPlaces {
  readonly memberUnit: string;
  readonly memberTitle: string;
  readonly memberManager: string | undefined;
  readonly visitorUnit: string;
  readonly visitorTitle: string;
}

/** The three sign-in accounts every demo world has, placed in that world's units. */
function fixedAccounts({ memberUnit, memberTitle, memberManager, visitorUnit, visitorTitle }: FixedAccountPlaces): RosterPerson[] {
  return [
    {
      name: 'Olivia Owen',
      email: OWNER_EMAIL,
      unit: TECHNICAL_SERVICES,
      jobTitle: 'Head of Technical Services and Technician Commitment Institutional Lead',
      role: 'Technical manager',
      networkRole: 'Steering group',
      siteRole: 'owner',
    },
    {
      name: 'Mia Morgan',
      email: MEMBER_EMAIL,
      unit: memberUnit,
      jobTitle: memberTitle,
      role: 'Technician',
      networkRole: 'Member',
      lineManager: memberManager,
      siteRole: 'member',
    },
    {
      name: 'Victoria Vaughan',
      email: VISITOR_EMAIL,
      unit: visitorUnit,
      jobTitle: visitorTitle,
      role: 'Academic',
      networkRole: 'Member',
      siteRole: 'visitor',
    },
  ];
}

function buildDemoRoster(): RosterPerson[] {
  const emailByName = new Map<string, string>([['Olivia Owen', OWNER_EMAIL]]);
  for (const [name] of DEMO_ROWS) emailByName.set(name, emailFor(name));
  const managerEmail = (name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    const email = emailByName.get(name);
    if (!email) throw new Error(`demo roster: line manager "${name}" is not in the roster`);
    return email;
  };
  const people = DEMO_ROWS.map(([name, unit, jobTitle, role, networkRole, lm]): RosterPerson => ({
    name,
    email: emailFor(name),
    unit,
    jobTitle,
    role,
    networkRole,
    lineManager: managerEmail(lm),
    // Steering group members co-own the network's team, so they can change plans and lists.
    siteRole: networkRole === 'Steering group' ? 'owner' : 'member',
  }));
  return [...fixedAccounts({ memberUnit: PHARMACY, memberTitle: 'Technician (Pharmaceutics Laboratories)', memberManager: emailFor('Daniel Okafor'), visitorUnit: PHARMACY, visitorTitle: 'Associate Professor in Pharmaceutics' }), ...people];
}

/** Liverpool scale: exactly this many people including the fixed accounts. */
export const LIVERPOOL_PEOPLE = 650;

const LEVELS: readonly (readonly [role: string, weight: number])[] = [
  ['Technician', 55],
  ['Senior technician', 18],
  ['Technical specialist', 14],
  ['Apprentice', 8],
  ['Professional services', 5],
];

function titleFor(role: string, specialism: string, random: SeededRandom): string {
  switch (role) {
    case 'Senior technician':
      return `Senior Technician (${specialism})`;
    case 'Technical specialist':
      return random.chance(0.3) ? `Chief Technician (${specialism})` : `Technical Specialist (${specialism})`;
    case 'Apprentice':
      return random.pick(['Apprentice Laboratory Technician', 'Apprentice Engineering Technician', 'Apprentice Technician']);
    case 'Professional services':
      return random.pick(['Technical Administrator', 'Laboratory Coordinator', 'Stores and Purchasing Officer']);
    default:
      return random.chance(0.15) ? `Technical Instructor (${specialism})` : `Technician (${specialism})`;
  }
}

function liverpoolRoster(): RosterPerson[] {
  const random = new SeededRandom('liverpool-roster-v1');
  const units = unitProfiles('liverpool');
  const used = new Set<string>([OWNER_EMAIL, MEMBER_EMAIL, VISITOR_EMAIL]);
  const usedNames = new Set<string>(['Olivia Owen', 'Mia Morgan', 'Victoria Vaughan']);
  const newName = (): { name: string; email: string } => {
    for (;;) {
      const name = `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
      const email = emailFor(name);
      if (!usedNames.has(name) && !used.has(email)) {
        usedNames.add(name);
        used.add(email);
        return { name, email };
      }
    }
  };

  const people: RosterPerson[] = [];
  const facultyLead = new Map<string, string>();
  for (const unit of units.filter((u) => u.kind === 'Faculty')) {
    const lead = newName();
    facultyLead.set(unit.name, lead.email);
    people.push({
      ...lead,
      unit: unit.name,
      jobTitle: `Faculty Technical Services Manager, ${unit.name.replace(/^Faculty of /, '')}`,
      role: 'Technical manager',
      networkRole: 'Steering group',
      lineManager: OWNER_EMAIL,
      siteRole: 'owner',
    });
  }

  const departments = units.filter((u) => u.kind !== 'Faculty');
  // Core facilities and large institutes carry more technicians than small humanities departments.
  const weights = departments.map((u) => (u.name === TECHNICAL_SERVICES ? 1 : u.kind === 'Core facility' ? 4 : u.areas.includes('art') || u.areas.includes('music') || u.areas.includes('media') ? 3 : 5));
  const fixed = 3;
  const toPlace = LIVERPOOL_PEOPLE - fixed - people.length;
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const headcounts = weights.map((w) => Math.floor((toPlace * w) / totalWeight));
  let remainder = toPlace - headcounts.reduce((a, b) => a + b, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % headcounts.length, remainder--) headcounts[i] = (headcounts[i] ?? 0) + 1;

  let memberManager: string | undefined;
  const memberUnit = 'Institute of Systems, Molecular and Integrative Biology';
  departments.forEach((unit, index) => {
    const count = headcounts[index] ?? 0;
    const managers: string[] = [];
    const managerCount = count > 30 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const who = newName();
      if (i < managerCount) {
        managers.push(who.email);
        people.push({
          ...who,
          unit: unit.name,
          jobTitle: i === 0 ? (unit.kind === 'Core facility' ? `Facility Manager, ${unit.name}` : `Technical Manager, ${unit.name}`) : `Deputy Technical Manager, ${unit.name}`,
          role: 'Technical manager',
          networkRole: i === 0 ? 'Faculty champion' : 'Working group',
          lineManager: i === 0 ? (unit.faculty ? facultyLead.get(unit.faculty) : OWNER_EMAIL) : managers[0],
          siteRole: 'member',
        });
        continue;
      }
      const role = unit.name === TECHNICAL_SERVICES ? 'Professional services' : random.weighted(LEVELS);
      people.push({
        ...who,
        unit: unit.name,
        jobTitle: titleFor(role, random.pick(unit.specialisms), random),
        role,
        networkRole: random.chance(0.04) ? 'Working group' : 'Member',
        lineManager: managers[i % managers.length],
        siteRole: 'member',
      });
    }
    if (unit.name === memberUnit) memberManager = managers[0];
  });

  return [...fixedAccounts({ memberUnit, memberTitle: 'Technician (Molecular Biology)', memberManager, visitorUnit: 'School of Engineering', visitorTitle: 'Senior Lecturer in Mechanical Engineering' }), ...people];
}

const cache = new Map<DemoScale, readonly RosterPerson[]>();

/** Everyone in a demo world; the same list, in the same order, on every call. */
export function demoRoster(scale: DemoScale): readonly RosterPerson[] {
  let roster = cache.get(scale);
  if (!roster) {
    roster = Object.freeze(scale === 'demo' ? buildDemoRoster() : liverpoolRoster());
    cache.set(scale, roster);
  }
  return roster;
}
