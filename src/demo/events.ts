/**
 * A year of network events around "now" (nine months past, three ahead): monthly CaféTech,
 * network and steering group meetings, the Technicians' Showcase, TechExchange, induction stalls,
 * CPD and training, outreach, a conference trip and socials — with registrations, waiting lists
 * and attendance. Times are UK wall-clock times stored in UTC.
 */
import type { RsvpResponse } from '../domain/vocabulary';
import { LIVERPOOL_ACTIVE_PLAN } from './plans/liverpool';
import { hashString, SeededRandom } from './random';
import { demoRoster, MEMBER_EMAIL, OWNER_EMAIL, VISITOR_EMAIL, type RosterPerson } from './roster';
import type { ActionRef, DemoScale, EventSeed, RegistrationSeed } from './seeds';
import { addDays, duringWorkingDay, isoDate, londonTime } from './time';
import { unitProfiles } from './units';

/** A fake but well-formed Teams meeting join link, stable for a given key. */
export function teamsMeetingUrl(key: string): string {
  const id = [0, 1, 2].map((i) => hashString(key, i + 7).toString(36)).join('');
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0?context=%7b%22Tid%22%3a%22demo-local%22%7d`;
}

/** `YYYY-MM-DD` of the `n`th `weekday` (0 = Sunday) of the month `offset` months from `now`. */
function nthWeekday(now: Date, offset: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const shift = (weekday - first.getUTCDay() + 7) % 7;
  return isoDate(addDays(first, shift + (n - 1) * 7));
}

/** An event as planned, before registrations. */
interface EventPlan {
  readonly title: string;
  readonly type: string;
  readonly day: string;
  readonly from: string;
  readonly to: string;
  readonly online?: boolean;
  readonly location?: string;
  readonly organiser: string;
  readonly audienceUnits?: readonly string[];
  readonly themes: readonly string[];
  readonly relatedActions?: readonly ActionRef[];
  readonly capacity?: number;
  /** Registration closes this many days before the start. */
  readonly closesDaysBefore?: number;
  readonly description: string;
  readonly cancelled?: boolean;
  /** Who is invited; defaults to the audience units' people, or everyone. */
  readonly invitees?: readonly RosterPerson[];
  /** Expected "Going" count before capacity (demand). */
  readonly demand: number;
}

interface Context {
  readonly now: Date;
  readonly random: SeededRandom;
  readonly people: readonly RosterPerson[];
}

function registrations(plan: EventPlan, start: Date, deadline: Date | undefined, ctx: Context): RegistrationSeed[] {
  const { random, now } = ctx;
  const audience = plan.audienceUnits && plan.audienceUnits.length > 0 ? new Set(plan.audienceUnits) : undefined;
  const pool = (plan.invitees ?? ctx.people.filter((p) => !audience || audience.has(p.unit))).filter((p) => p.email !== VISITOR_EMAIL);
  const closes = Math.min((deadline ?? start).getTime(), now.getTime());
  let opens = start.getTime() - 42 * 86_400_000;
  if (closes - opens < 5 * 86_400_000) opens = closes - 5 * 86_400_000;
  // An event far ahead has only just been announced: fewer replies so far.
  const progress = Math.min(1, Math.max(0.25, (closes - opens) / (start.getTime() - opens)));
  const wanted = Math.round(plan.demand * progress);
  const goingCount = Math.min(pool.length, wanted);
  const repliers = random.shuffle(pool);
  // The everyday member is keen: make sure they appear in most events they are invited to.
  const memberIndex = repliers.findIndex((p) => p.email === MEMBER_EMAIL);
  if (memberIndex > 0 && random.chance(0.7)) repliers.unshift(...repliers.splice(memberIndex, 1));
  const replying = repliers.slice(0, Math.min(repliers.length, Math.round(goingCount * 1.35)));
  const past = start.getTime() < now.getTime() && !plan.cancelled;
  const answered = replying
    .map((person, i) => {
      const response: RsvpResponse = i < goingCount ? 'Going' : random.chance(0.5) ? 'Maybe' : 'Not going';
      const respondedAt = duringWorkingDay(opens + Math.floor(random.next() * (closes - opens)), random.int(0, 539), closes);
      return { person: person.email, response, respondedAt: respondedAt.toISOString() };
    })
    .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt));
  let confirmed = 0;
  return answered.map((r) => {
    const placed = r.response === 'Going' && (plan.capacity === undefined || confirmed++ < plan.capacity);
    // Some who said Going do not turn up; a few Maybes do.
    const attended = past && (placed ? random.chance(0.86) : r.response === 'Maybe' && random.chance(0.25));
    return { ...r, attended };
  });
}

function toSeed(plan: EventPlan, ctx: Context): EventSeed {
  const start = londonTime(plan.day, plan.from);
  const end = londonTime(plan.day, plan.to);
  const deadline = plan.closesDaysBefore !== undefined ? londonTime(isoDate(addDays(start, -plan.closesDaysBefore)), '17:00') : undefined;
  return {
    title: plan.title,
    type: plan.type,
    start: start.toISOString(),
    end: end.toISOString(),
    location: plan.online ? 'Online (Microsoft Teams)' : plan.location,
    onlineMeetingUrl: plan.online ? teamsMeetingUrl(`${plan.title}|${plan.day}`) : undefined,
    organiser: plan.organiser,
    audienceUnits: plan.audienceUnits ?? [],
    themes: plan.themes,
    relatedActions: plan.relatedActions ?? [],
    capacity: plan.capacity,
    registrationDeadline: deadline?.toISOString(),
    description: plan.description,
    cancelled: plan.cancelled ?? false,
    registrations: registrations(plan, start, deadline, ctx),
  };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (day: string): string => MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? '';
const year = (day: string): string => day.slice(0, 4);

const DMU_2024 = 'De Montfort University Technician Commitment 36-month Action Plan 2024-27';
const ref = (reference: string, plan = DMU_2024): ActionRef => ({ plan, reference });

const CAFE_TOPICS = [
  'Life in the Analytical Sciences Core Facility',
  'Making the TeenTech stands',
  'Apprentices’ year one: what we wish we had known',
  'Professional registration in twenty minutes',
  'The new Shima Seiki knitting machines',
  'Sustainable labs: cutting freezer energy',
  'From darkroom to digital: fifty years of photography teaching',
  'How the CNC workshop supports student projects',
  'Electron microscopy on a budget',
  'Wellbeing in busy teaching weeks',
  'Costing technician time into bids',
  'Show and tell: kit you have built',
  'What the skills matrix tells us',
];

function demoEvents(now: Date): EventPlan[] {
  const roster = demoRoster('demo');
  const by = (name: string): string => {
    const person = roster.find((p) => p.name === name);
    if (!person) throw new Error(`demo events: organiser "${name}" is not in the roster`);
    return person.email;
  };
  const steering = roster.filter((p) => p.networkRole === 'Steering group');
  const managers = roster.filter((p) => p.role === 'Technical manager');
  const plans: EventPlan[] = [];

  const cafeHosts = ['Chloe Wright', 'Zainab Ali', 'Sophie Clarke', 'Aisha Rahman', 'Fatima Hussain'];
  const cafeVenues = ['Hugh Aston Building, café area', 'Vijay Patel Building, Room 0.12', 'Hawthorn Building, staff room'];
  for (let m = -9; m <= 3; m++) {
    const day = nthWeekday(now, m, 3, 2);
    const index = m + 9;
    const online = index % 4 === 3;
    plans.push({
      title: `CaféTech: ${CAFE_TOPICS[index % CAFE_TOPICS.length]}`,
      type: 'Network meeting',
      day,
      from: '12:30',
      to: '13:30',
      online,
      location: online ? undefined : cafeVenues[index % cafeVenues.length],
      organiser: by(cafeHosts[index % cafeHosts.length] as string),
      themes: ['Visibility', 'Sustainability'],
      relatedActions: [ref('15.1')],
      description: 'Our monthly informal get-together: bring your lunch, we bring the coffee and cake. A short talk by a colleague, then time to chat.',
      demand: 12,
      // A strike day in the spring: the café was closed and the talk moved to next month.
      cancelled: m === -6,
    });
  }

  for (const m of [-8, -5, -2, 1]) {
    const day = nthWeekday(now, m, 2, 3);
    plans.push({
      title: `Technician Network meeting (${monthName(day)} ${year(day)})`,
      type: 'Network meeting',
      day,
      from: '10:00',
      to: '11:30',
      online: true,
      organiser: OWNER_EMAIL,
      themes: ['Visibility', 'Recognition', 'Career Development', 'Sustainability'],
      relatedActions: [ref('15.1'), ref('15.2')],
      description: 'Quarterly all-network meeting: action plan progress, news from the faculties, and your questions for the steering group.',
      demand: 26,
    });
  }

  for (const m of [-9, -7, -5, -3, -1, 1, 3]) {
    const day = nthWeekday(now, m, 4, 1);
    plans.push({
      title: `Technician Commitment Steering Group (${monthName(day)} ${year(day)})`,
      type: 'Network meeting',
      day,
      from: '14:00',
      to: '15:30',
      online: true,
      organiser: OWNER_EMAIL,
      themes: ['Sustainability'],
      relatedActions: [ref('1.1'), ref('1.2'), ref('3.1')],
      description: 'Steering group: review of Red and Amber actions, budget, and the self-assessment timetable.',
      invitees: steering,
      demand: steering.length - 1,
    });
  }

  const showcase = nthWeekday(now, -4, 4, 2);
  plans.push({
    title: `Technicians' Showcase ${year(showcase)}`,
    type: 'Showcase',
    day: showcase,
    from: '10:00',
    to: '16:00',
    location: 'Hugh Aston Building, Atrium',
    organiser: by('Chloe Wright'),
    themes: ['Visibility', 'Recognition'],
    relatedActions: [ref('11.1'), ref('6.1')],
    capacity: 120,
    closesDaysBefore: 5,
    description: 'Our annual showcase: stands from every faculty and the core facility, lightning talks, the apprentices’ poster prize and the Technician of the Year award. Open to all staff and students.',
    demand: 36,
  });

  for (const [m, host] of [[-6, 'Coventry University, Alan Berry Building'], [2, 'Vijay Patel Building, Room 2.01']] as const) {
    const day = nthWeekday(now, m, 5, 2);
    plans.push({
      title: `TechExchange: Midlands Enterprise Universities (${monthName(day)} ${year(day)})`,
      type: 'Network meeting',
      day,
      from: '09:30',
      to: '15:00',
      location: host,
      organiser: by('Peter Novak'),
      themes: ['Career Development', 'Sustainability'],
      relatedActions: [ref('13.2'), ref('13.3')],
      capacity: 25,
      closesDaysBefore: 10,
      description: 'Technicians from the MEU universities swap skills and visit each other’s facilities. Travel is paid from the Commitment budget.',
      demand: 22,
    });
  }

  for (const m of [-2, 2]) {
    const day = nthWeekday(now, m, 1, 1);
    plans.push({
      title: `Staff induction: Technician Network stall (${monthName(day)} ${year(day)})`,
      type: 'Induction',
      day,
      from: '09:00',
      to: '13:00',
      location: 'The Venue@DMU, Main Hall',
      organiser: by('Kwame Mensah'),
      themes: ['Visibility'],
      relatedActions: [ref('15.1')],
      capacity: 6,
      description: 'Help staff the network’s stall at the university welcome event for new starters. Volunteers needed for two-hour slots.',
      demand: 6,
    });
  }

  const training: readonly (readonly [offset: number, title: string, organiser: string, capacity: number, demand: number, refs: readonly string[], themes: readonly string[], description: string, online?: boolean, units?: readonly string[]])[] = [
    [-8, 'Professional registration workshop (RSciTech, RSci, RTech)', 'Sarah Jennings', 20, 14, ['10.1'], ['Recognition', 'Career Development'], 'Science Council registration explained, with two registered assessors reviewing your draft competence statements.'],
    [-7, 'COSHH assessment refresher', 'Daniel Okafor', 15, 13, ['10.1'], ['Career Development'], 'Half-day refresher for technicians who write or review COSHH assessments.', false, ['Leicester School of Pharmacy', 'School of Allied Health Sciences', 'Analytical Sciences Core Facility', 'School of Fashion and Textiles']],
    [-5, 'Python for lab data: beginners', 'Lina Chen', 16, 16, ['10.1'], ['Career Development'], 'Two mornings: pandas and plots for instrument exports. Bring a laptop.', true],
    [-3, 'Leadership for technical staff: ILM Level 3 taster', 'Neil Parry', 18, 12, ['9.1'], ['Career Development', 'Sustainability'], 'An introduction to the Level 3 Leadership and Management apprenticeship, with last year’s cohort.'],
    [-1, 'First aid at work requalification', 'Helen Marsh', 12, 15, ['10.1'], ['Sustainability'], 'Two-day HSE-approved requalification for first aiders whose certificates expire this year.'],
    [1, 'Laser safety for workshop supervisors', 'Steve Bradshaw', 12, 14, ['10.1'], ['Sustainability', 'Career Development'], 'Class 3B/4 laser safety, for anyone supervising laser cutters or optical labs.', false, ['Leicester School of Architecture', 'School of Engineering and Sustainable Development', 'School of Fashion and Textiles']],
    [2, 'Mental health first aid', 'Sarah Jennings', 16, 9, ['15.3'], ['Sustainability'], 'MHFA England two-day course.'],
  ];
  for (const [m, title, organiser, capacity, demand, refs, themes, description, online, units] of training) {
    const day = nthWeekday(now, m, 2, 2);
    plans.push({
      title,
      type: 'Training/CPD',
      day,
      from: '09:30',
      to: '16:30',
      online,
      location: online ? undefined : 'Kimberlin Library, Training Room 1',
      organiser: by(organiser),
      audienceUnits: units,
      themes,
      relatedActions: refs.map((r) => ref(r)),
      capacity,
      closesDaysBefore: 7,
      description,
      demand,
    });
  }

  const outreach = nthWeekday(now, -6, 6, 3);
  plans.push({
    title: `Technical careers open day ${year(outreach)}`,
    type: 'Outreach',
    day: outreach,
    from: '10:00',
    to: '15:00',
    location: 'Queens Building and workshops',
    organiser: by('Kwame Mensah'),
    themes: ['Visibility', 'Sustainability'],
    relatedActions: [ref('6.3'), ref('6.2')],
    capacity: 30,
    closesDaysBefore: 14,
    description: 'Local schools and colleges visit our labs and workshops. Technicians run hands-on stations; volunteers please register so we can plan the rota.',
    demand: 24,
  });
  const llep = nthWeekday(now, 1, 3, 4);
  plans.push({
    title: 'LLEP schools workshop: making and measuring',
    type: 'Outreach',
    day: llep,
    from: '09:30',
    to: '12:30',
    location: 'Hawthorn Building, Lab 2.14',
    organiser: by('Fatima Hussain'),
    themes: ['Visibility', 'Sustainability'],
    relatedActions: [ref('6.4')],
    capacity: 8,
    closesDaysBefore: 7,
    description: 'Workshop with SEND and mainstream school learners from the Leicester and Leicestershire Enterprise Partnership.',
    demand: 7,
  });

  const symposium = nthWeekday(now, -3, 3, 3);
  plans.push({
    title: `National Technician Development Centre Symposium ${year(symposium)} (coach trip)`,
    type: 'Conference',
    day: symposium,
    from: '07:30',
    to: '19:00',
    location: 'Coach from Mill Lane; symposium at the University of Nottingham',
    organiser: by('Zainab Ali'),
    themes: ['Career Development', 'Recognition'],
    relatedActions: [ref('10.1'), ref('15.3')],
    capacity: 35,
    closesDaysBefore: 21,
    description: 'We have a coach and 35 funded places. Talks, workshops and the poster session: several of us are presenting.',
    demand: 33,
  });

  const summer = nthWeekday(now, -5, 5, 1);
  plans.push({
    title: `Summer social and barbecue ${year(summer)}`,
    type: 'Social',
    day: summer,
    from: '16:00',
    to: '19:00',
    location: 'Campus Centre garden',
    organiser: by('Chloe Wright'),
    themes: ['Sustainability'],
    description: 'End-of-term barbecue for all technical staff. Vegetarian, vegan and halal options; let us know about allergies when you register.',
    capacity: 60,
    closesDaysBefore: 3,
    demand: 30,
  });
  const winter = nthWeekday(now, 1, 4, 2);
  plans.push({
    title: `Winter social ${year(winter)}`,
    type: 'Social',
    day: winter,
    from: '17:00',
    to: '20:00',
    location: 'The Salmon Inn, Butt Close Lane',
    organiser: by('Zainab Ali'),
    themes: ['Sustainability'],
    description: 'Quiz, food and the annual Golden Pipette awards.',
    demand: 26,
  });
  plans.push({
    title: 'Succession planning clinic for technical managers',
    type: 'Training/CPD',
    day: nthWeekday(now, 0, 4, 4),
    from: '13:00',
    to: '14:30',
    online: true,
    organiser: OWNER_EMAIL,
    themes: ['Sustainability'],
    relatedActions: [ref('1.1')],
    description: 'Using the skills matrix to find single points of failure before people leave. For technical managers.',
    invitees: managers,
    demand: managers.length - 2,
  });
  return plans;
}

const LIVERPOOL_EVENT_TYPES: readonly (readonly [type: string, titles: readonly string[], from: string, to: string, capacity: number | undefined, demand: readonly [number, number]])[] = [
  ['Network meeting', ['Faculty technician forum', 'CaféTech', 'Technical managers’ meeting', 'Technician Network meeting', 'TechExchange'], '12:30', '13:30', undefined, [10, 40]],
  ['Training/CPD', ['Professional registration workshop', 'COSHH refresher', 'Radiation protection awareness', 'Python for lab data', 'Leadership taster', 'Project management essentials', 'Laser safety', 'Fire warden training'], '09:30', '16:30', 16, [8, 24]],
  ['Showcase', ['Technicians’ Showcase', 'Faculty technical showcase', 'Apprentice poster day'], '10:00', '16:00', 150, [30, 80]],
  ['Outreach', ['Schools outreach day', 'Technical careers open day', 'Science festival stall', 'Museum late: meet the technicians'], '10:00', '15:00', 30, [10, 30]],
  ['Induction', ['New starter induction stall', 'Apprentice induction'], '09:00', '12:00', 12, [5, 14]],
  ['Social', ['Summer social', 'Winter social', 'Charity bake-off', 'Walking group'], '16:30', '19:00', undefined, [15, 45]],
  ['Conference', ['Technician Symposium trip', 'HEaTED conference trip', 'Regional technician conference'], '08:00', '18:00', 40, [20, 45]],
];


function liverpoolEvents(now: Date, count: number, actionRefs: readonly ActionRef[]): EventPlan[] {
  const random = new SeededRandom('liverpool-events-v1');
  const roster = demoRoster('liverpool');
  const units = unitProfiles('liverpool').filter((u) => u.kind !== 'Professional service');
  const organisers = roster.filter((p) => p.networkRole !== 'Member' || p.role === 'Technical manager');
  const plans: EventPlan[] = [];
  for (let i = 0; i < count; i++) {
    const [type, titles, from, to, capacity, demand] = random.weighted(LIVERPOOL_EVENT_TYPES.map((t, k) => [t, [6, 5, 1, 2, 1, 2, 1][k] ?? 1] as const));
    const offset = random.int(-9 * 30, 3 * 30);
    let day = addDays(now, offset);
    // Weekdays only.
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = addDays(day, 1);
    const unit = random.chance(0.6) ? random.pick(units) : undefined;
    const organiser = random.pick(organisers);
    const online = type === 'Network meeting' && random.chance(0.4);
    const base = random.pick(titles);
    const refs = actionRefs.length > 0 && random.chance(0.6) ? random.sample(actionRefs, random.int(1, 2)) : [];
    plans.push({
      title: unit ? `${base}: ${unit.shortName ?? unit.name}` : base,
      type,
      day: isoDate(day),
      from,
      to,
      online,
      location: online ? undefined : random.pick(['Yoshida Lecture Theatre', 'Central Teaching Hub, Room 102', 'Sherrington Building foyer', 'Guild of Students, Mountford Hall', 'Foresight Centre', 'Materials Innovation Factory atrium']),
      organiser: organiser.email,
      audienceUnits: unit ? [unit.name] : [],
      themes: random.sample(['Visibility', 'Recognition', 'Career Development', 'Sustainability'], random.int(1, 2)),
      relatedActions: refs,
      capacity,
      closesDaysBefore: capacity !== undefined ? random.int(2, 10) : undefined,
      description: `${base} for technical staff${unit ? ` in ${unit.name}` : ' across the university'}.`,
      cancelled: random.chance(0.03),
      demand: random.int(demand[0], demand[1]),
    });
  }
  return plans;
}

/** Events at Liverpool scale. */
export const LIVERPOOL_EVENTS = 200;

/**
 * The events of a demo world, ordered by start. `actionRefs` are the actions events may relate to
 * (Liverpool scale picks from them; 'demo' relates to De Montfort's 2024-27 plan by hand).
 */
export function eventSeeds(scale: DemoScale, now: Date, actionRefs: readonly ActionRef[] = []): EventSeed[] {
  const ctx: Context = { now, random: new SeededRandom(`${scale}-registrations-v1`), people: demoRoster(scale) };
  const plans = scale === 'demo' ? demoEvents(now) : liverpoolEvents(now, LIVERPOOL_EVENTS, actionRefs.filter((r) => r.plan === LIVERPOOL_ACTIVE_PLAN));
  const seen = new Set<string>();
  const unique = plans.map((plan) => {
    // Title + start is an event's natural key: a generated clash moves to the next day.
    let candidate = plan;
    while (seen.has(`${candidate.title}|${candidate.day}`)) candidate = { ...candidate, day: isoDate(addDays(new Date(`${candidate.day}T00:00:00Z`), 1)) };
    seen.add(`${candidate.title}|${candidate.day}`);
    return candidate;
  });
  return unique.map((plan) => toSeed(plan, ctx)).sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}
