/**
 * Liverpool-scale action plans: four plan cycles (2018-19 to a 2027-29 draft) with 300 actions
 * between them, generated from realistic action templates per Commitment theme, owned by the
 * network's steering and working group members, with carried-forward links and histories.
 */
import type { RagStatus } from '../../domain/vocabulary';
import { SeededRandom } from '../random';
import { demoRoster } from '../roster';
import type { PlanSeed } from '../seeds';
import { unitProfiles } from '../units';
import { buildPlan, type ActionSpec, type PlanMeta } from './history';

type Template = readonly [title: string, task: string];

const TEMPLATES: Readonly<Record<string, readonly [prefix: string, templates: readonly Template[]]>> = {
  Visibility: ['V', [
    ['Technician profiles on web pages', 'Publish profiles of technical staff on {unit} web pages, with photos and areas of expertise.'],
    ['Fair attribution of technical contributions', 'Agree and publicise how technical contributions to papers are acknowledged or credited as authorship in {unit}.'],
    ['Meet the technician features', "Run a regular 'Meet the technician' feature in the staff newsletter, starting with {unit}."],
    ['Technical representation on committees', 'Ensure technical staff sit on the {unit} board, health and safety and EDI committees.'],
    ['Technicians at open days', 'Include technicians and their facilities in {unit} open days and applicant visit days.'],
    ['Map the technical workforce', 'Produce an accurate headcount of technical staff in {unit} by role and grade from HR data and the network survey.'],
    ['Technician Network channel', 'Grow the Technician Network team in Microsoft Teams; recruit channel owners in {unit}.'],
    ['Facility pages and equipment lists', 'Publish what {unit} facilities offer, who runs them and how to book.'],
  ]],
  Recognition: ['R', [
    ['Professional registration support', 'Fund first-year registration fees and run workshops for RSciTech, RSci and RTech applicants in {unit}.'],
    ['Technician category in staff awards', 'Add a technical staff category to the annual staff awards and promote nominations in {unit}.'],
    ['External award nominations', 'Nominate technicians from {unit} for the Papin Prizes and professional body awards.'],
    ['HEA fellowship for teaching technicians', 'Mentor technicians who teach in {unit} through Associate Fellowship applications.'],
    ['Reward and recognition for technical staff', 'Check that {unit} managers use the reward portal for technical staff as often as for others.'],
    ['Technical contribution in REF and TEF', 'Record technical contributions to research and teaching in {unit} for REF and TEF narratives.'],
    ['Technician time in grant costings', 'Make technician time a standard line in research costings prepared for {unit}.'],
  ]],
  'Career Development': ['CD', [
    ['Technical career pathway framework', 'Publish a career pathway for technical roles, aligned to the HETT framework, with examples from {unit}.'],
    ['Standardised job descriptions', 'Review technical job descriptions in {unit} against the agreed role families.'],
    ['Mentoring scheme for technicians', 'Match every new technician in {unit} with a mentor from another team.'],
    ['Job shadowing and secondments', 'Offer shadowing and short secondments between {unit} and other units.'],
    ['Protected training days', 'Give every technician in {unit} at least five training days a year and record their use.'],
    ['Leadership apprenticeships', 'Promote Level 3 and Level 5 leadership apprenticeships to senior technicians in {unit}.'],
    ['CPD in the annual review', 'Record CPD in the annual development review for all technical staff in {unit}.'],
    ['Cross-faculty job exchange', 'Pilot a two-week job exchange between {unit} and a partner unit.'],
  ]],
  Sustainability: ['S', [
    ['Apprenticeship in every school', 'Create at least one technical apprenticeship in {unit}, funded from the apprenticeship levy.'],
    ['Succession planning for specialist roles', 'Identify specialist skills in {unit} held by one person and plan how they are shared before anyone leaves.'],
    ['Skills matrix kept current', 'Ask every technician in {unit} to update their skills each year, validated by their line manager.'],
    ['Equipment knowledge written down', 'Write operating and maintenance notes for critical equipment in {unit}.'],
    ['Work experience placements', 'Offer work experience placements in {unit} to local college students.'],
    ['EDI priorities for technical staff', 'Analyse EDI data for technical staff in {unit} and agree priority actions.'],
    ['Green labs accreditation', 'Take {unit} laboratories through LEAF accreditation.'],
    ['Outreach with local colleges', 'Run practical sessions for local colleges with technicians from {unit}.'],
  ]],
};

const RED_REASONS = [
  'The lead left the university; a new owner is being agreed at steering group.',
  'The funding bid was unsuccessful; alternative sources are being explored.',
  'Delayed by the HR system migration: the data will not be available until next term.',
  'Paused during the restructure of {unit}; restart agreed for next term.',
  'Depends on the university-wide job evaluation project, which has slipped a year.',
];

interface CycleSpec {
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly stage: '1' | '2' | '3';
  readonly state: 'Closed' | 'Active' | 'Draft';
  readonly count: number;
  readonly weights: readonly (readonly [RagStatus, number])[];
  readonly talent: boolean;
}

export const LIVERPOOL_PLAN_PREFIX = 'University of Liverpool Technician Commitment Action Plan';

/** The plan cycle in progress; events relate to its actions. */
export const LIVERPOOL_ACTIVE_PLAN = `${LIVERPOOL_PLAN_PREFIX} 2024-26`;

const CYCLES: readonly CycleSpec[] = [
  { title: `${LIVERPOOL_PLAN_PREFIX} 2018-19`, periodStart: '2018-01-01', periodEnd: '2019-12-31', stage: '1', state: 'Closed', count: 40, weights: [['Complete', 60], ['Green', 15], ['Amber', 15], ['Red', 10]], talent: false },
  { title: `${LIVERPOOL_PLAN_PREFIX} 2021-23`, periodStart: '2021-01-01', periodEnd: '2023-12-31', stage: '2', state: 'Closed', count: 90, weights: [['Complete', 55], ['Green', 20], ['Amber', 15], ['Red', 10]], talent: false },
  { title: LIVERPOOL_ACTIVE_PLAN, periodStart: '2024-01-01', periodEnd: '2026-12-31', stage: '3', state: 'Active', count: 120, weights: [['Complete', 25], ['Green', 35], ['Amber', 30], ['Red', 10]], talent: true },
  { title: `${LIVERPOOL_PLAN_PREFIX} 2027-29 (draft)`, periodStart: '2027-01-01', periodEnd: '2029-12-31', stage: '3', state: 'Draft', count: 50, weights: [['Amber', 1]], talent: true },
];

/** Liverpool's actions across all plans: exactly this many. */
export const LIVERPOOL_ACTIONS = CYCLES.reduce((sum, c) => sum + c.count, 0);

/** Four Liverpool plan cycles, oldest first, each following the one before. */
export function liverpoolPlans(now: Date): PlanSeed[] {
  const random = new SeededRandom('liverpool-plans-v1');
  const roster = demoRoster('liverpool');
  const owners = roster.filter((p) => p.networkRole === 'Steering group' || p.networkRole === 'Working group' || p.role === 'Technical manager');
  const units = unitProfiles('liverpool').filter((u) => u.kind !== 'Faculty' && u.kind !== 'Professional service');
  const themes = Object.keys(TEMPLATES);
  const plans: PlanSeed[] = [];
  let previous: PlanSeed | undefined;

  for (const cycle of CYCLES) {
    const counters = new Map<string, number>();
    const specs: ActionSpec[] = [];
    const start = Date.parse(`${cycle.periodStart}T00:00:00Z`);
    const end = Date.parse(`${cycle.periodEnd}T00:00:00Z`);
    for (let i = 0; i < cycle.count; i++) {
      const theme = themes[i % themes.length] as string;
      const [prefix, templates] = TEMPLATES[theme] as readonly [string, readonly Template[]];
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const reference = `${prefix}${n}`;
      const [title, task] = random.pick(templates);
      const unit = random.pick(units);
      const status = random.weighted(cycle.weights);
      const who = random.sample(owners, random.int(1, 2));
      const target = new Date(start + Math.floor(random.next() * (end - start)));
      const year = Math.min(3, 1 + Math.floor(((target.getTime() - start) / (end - start)) * (cycle.stage === '1' ? 2 : 3)));
      const origin = previous?.actions.find((a) => a.reference === reference && a.ragStatus !== 'Complete');
      const secondTheme = random.chance(0.3) ? random.pick(themes.filter((t) => t !== theme)) : undefined;
      specs.push({
        title: `${title} (${unit.shortName ?? unit.name})`,
        reference,
        talentRefs: cycle.talent ? random.sample(Array.from({ length: 16 }, (_, k) => `R${k + 1}`), random.int(1, 2)).sort() : [],
        themes: secondTheme ? [theme, secondTheme] : [theme],
        task: task.replace('{unit}', unit.name),
        successMeasures: random.pick(['Reported at each steering group meeting.', 'Figures in the annual self-assessment.', 'Survey results improve year on year.', 'Evidence filed with the plan.']),
        timeframe: `Year ${year}`,
        targetDate: target.toISOString().slice(0, 10),
        ragStatus: status,
        redExplanation: status === 'Red' ? random.pick(RED_REASONS).replace('{unit}', unit.name) : undefined,
        owners: who.map((p) => p.email),
        ownerRoles: random.pick(['TCSG', 'TCWG', 'Faculty TSMs', 'HR', 'OD', 'Head of School']),
        projectGroup: random.chance(0.4) ? random.pick(['Careers working group', 'Visibility working group', 'Data and workforce group', 'Outreach group']) : undefined,
        strategyAlignment: random.sample(['Research', 'Education', 'Civic engagement', 'Our people'], random.int(1, 2)),
        evidence: status === 'Complete' ? 'Completed; evidence held on the network SharePoint site.' : undefined,
        originReference: origin && random.chance(0.5) ? origin.reference : undefined,
      });
    }
    const meta: PlanMeta = {
      title: cycle.title,
      institution: 'University of Liverpool',
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      stage: cycle.stage,
      statusScheme: 'Red/Amber/Green/Blue',
      state: cycle.state,
      extraThemes: [],
      strategyPillars: ['Research', 'Education', 'Civic engagement', 'Our people'],
      previousPlan: previous?.title,
    };
    previous = buildPlan(meta, specs, now);
    plans.push(previous);
  }
  return plans;
}
