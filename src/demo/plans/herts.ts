/**
 * The University of Hertfordshire Technician Commitment Action Plan 2018-2021: phases instead of
 * years, success criteria, its own status key (Delayed / In Progress / Completed) and two themes
 * of its own ("Ongoing actions", "Technical Staff Wellbeing"). The published table has no action
 * references; ours number each theme's rows (O1, V1, R1, CD1, S1, W1).
 */
import { emailFor, OWNER_EMAIL } from '../roster';
import type { PlanSeed } from '../seeds';
import { buildPlan, type ActionSpec, type PlanMeta } from './history';

export const HERTS_TITLE = 'University of Hertfordshire Technician Commitment Action Plan 2018-21';

const ROLE_NAMES: Readonly<Record<string, string>> = {
  PS: 'Project Sponsor',
  G: 'Governance',
  PL: 'Project Lead',
  PT: 'Project Team',
  S: 'Stakeholders',
  'M&C': 'Marketing and Communications',
};

/** The demo network's people standing in for each role. */
const ROLE_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  PS: [OWNER_EMAIL],
  G: [emailFor('Neil Parry')],
  PL: [OWNER_EMAIL],
  PT: [emailFor('Sarah Jennings'), emailFor('Chloe Wright')],
  S: [emailFor('Helen Marsh')],
  'M&C': [emailFor('Zainab Ali')],
};

const MONTHS: Readonly<Record<string, string>> = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };
const LAST_DAY: Readonly<Record<string, string>> = { '02': '28', '04': '30', '06': '30', '09': '30', '11': '30' };

type Row = readonly [task: string, ledBy: string, phase2: string, phase3: string, successCriteria: string, status: 'Delayed' | 'In progress' | 'Completed', redExplanation?: string];

const THEMES: readonly (readonly [theme: string, prefix: string, rows: readonly Row[]])[] = [
  ['Ongoing actions', 'O', [
    ['Confirm future project sponsorship and governance beyond phase 2', 'PL', 'Apr-19', '', 'Future project sponsor confirmed by CEG', 'Completed'],
    ['Complete biennial Self-Assessment and 24 month Action Plan for Science Council', 'PL', 'Oct-18', 'Jun-20', 'Gain and maintain Employer Champion Status through Science Council', 'Completed'],
    ['Collating and publishing nationally recognised development opportunities.', 'PT', 'Sep-18', '', 'Data published on SharePoint', 'Completed'],
    ['Promote good practice at local level to enhance visibility of technical staff within area', 'S', '', 'Jun-20', 'Employer Champion Status, Technical VC Award', 'In progress'],
    ['Building and enhancing technical networks and enabling relationships/mentoring within the technical community', 'PL', '', 'Sep-19', 'Technical staff participating in Leading through Coaching', 'Completed'],
    ['Evaluating the impact of technical staff and their influence on the Student Experience', 'G', 'Nov-18', '', 'HESA, MFQ, NSS', 'Completed'],
    ['Encouragement of technical staff to engage with project objectives', 'PT', '', 'Sep-19', 'Local development budget spent on Prof Bodies fees; CPD Days (Core Report)', 'In progress'],
  ]],
  ['Visibility', 'V', [
    ['Marketing and Communications strategy for the development of supporting internally and externally facing websites and publications', 'M&C/PL', 'Oct-18', '', 'External website, Staffnet, FACES, HertsTech Connec-Tech', 'Completed'],
    ['Establishing local communication activities for the Technical staff community', 'PT', 'Oct-18', '', 'HertsTech; Café Scientifique, workshops, drop in sessions', 'Completed'],
    ['Establish links and affiliations with partnership institutes and local FE/HE Colleges', 'PL', 'Jan-19', '', 'Shadowing, collaborative projects, joint training', 'In progress'],
    ['Introduce a biennial Technical Staff Conference from 2019/20', 'PL', '', 'Jun-20', 'Attendance Records', 'Delayed', 'The June 2020 conference could not run under COVID-19 restrictions; postponed to 2021/22 as an online event.'],
    ['Identify all Technical Staff employed by UH', 'PT', 'Oct-18', '', 'Compare HR technical staff report with TSP survey', 'Completed'],
  ]],
  ['Recognition', 'R', [
    ['Promote Professional Registration with support from CEG', 'G', 'Feb-19', '', 'Increase in professional registrations', 'Completed'],
    ['To increase submissions by technical staff for a range of national and international awards and publications', 'PT', 'May-19', 'May-20', 'PAPIN', 'Completed'],
    ['Evidencing the role of technical staff in Teaching and Learning', 'PL', 'Nov-18', '', 'HESA Return', 'In progress'],
    ['To explore the development and approval of a new hybrid role of Technician/Lecturer, with appropriate review of grading', 'PL/G', '', 'Jun-19', 'Approved structure and hybrid posts', 'In progress'],
    ['Aim to introduce a category specific to technical staff for the VC Awards', 'PS/G', '', 'Jun-19', 'First nominations and award', 'Completed'],
    ['To commence application for Employer Champion Status', 'PL', '', 'Jun-19', 'Application submitted', 'Completed'],
    ["To gain commitment for a review of pay and grading including progression criteria for technical staff to ensure fairness and transparency across SBU's", 'PS/G', '', 'Jun-19', 'Approve review', 'Delayed', 'The pay and grading review is waiting on the university-wide job evaluation project, which has slipped to 2021.'],
  ]],
  ['Career Development', 'CD', [
    ['To support the development of technical career pathways through publishing examples of discipline specific case studies', 'PT', '', 'Sep-19', 'Publications, Mapped journey on websites', 'Completed'],
    ['To support the development of opportunities for technical staff through avenues such as: Apprenticeships; mentoring, coaching and shadowing etc.', 'PT', 'Feb-19', '', 'Shadowing application form, Career pathway sessions, Networks developed', 'Completed'],
    ['To make available and promote a pool of resources that provide career planning toolkits', 'PT', 'Feb-19', '', 'Website/SharePoint', 'Completed'],
    ['Maintain and evolve membership of Higher Education and Technicians Education Development (HEaTED)', 'PL', '', 'Sep-19', 'Increase in regional activity/UH hosted events', 'Completed'],
  ]],
  ['Sustainability', 'S', [
    ['To identify areas of concern regarding balancing time constraints with development activities e.g. off the job training', 'PL', 'Jan-19', '', 'Paper to CEG outlining issues and recommendations', 'Completed'],
    ['To identify means of delivering succession planning to support the future business needs of specialist roles', 'PL/G', '', 'Sep-19', 'Paper to CEG outlining issues and recommendations', 'In progress'],
    ['To develop strategy to enable professional registration, apprenticeships, etc.', 'PL/G', '', 'Nov-19', 'Workshops, drop-in sessions, literature, webpages', 'Completed'],
    ['Evidencing the impact of technical staff on the student experience', 'PL', '', 'Dec-19', 'Module Questionnaires, NSS, feedback', 'In progress'],
    ['Collaborate with local education authorities to promote technical careers and work experience opportunities', 'PL', 'Feb-19', '', 'Herts College Consortium', 'Completed'],
    ['Increase student work experience placements by creating guidance and resources for managers', 'PL', '', 'Jun-20', 'Resources and guidance created', 'In progress'],
    ["Complete Self Assessment annually to remain compliant towards Employer Champion Status to reiterate the University's commitment towards the Technical Staff community", 'PL', 'May-19', 'May-20', 'Self-assessment completed, compliance maintained', 'Completed'],
    ['To meet criteria for UH to become an Employer Champion', 'PS/PL/G', '', 'Nov-19', 'Submission criteria met, application paperwork completed, Award received', 'Completed'],
  ]],
  ['Technical Staff Wellbeing', 'W', [
    ['To make available and promote a pool of wellbeing resources tailored specifically to meet the needs to Technical staff', 'PT', '', 'Nov-19', 'Links to EAP, Mindfulness, Counselling, Mentoring, coaching etc. collated and published', 'Completed'],
    ['To identify areas of concern regarding work-life balance', 'PS/G', '', 'Nov-19', 'Action plans in place to address identified issues', 'In progress'],
  ]],
];

/** "Jun-20" → "2020-06-30". */
function endOfMonth(label: string): string {
  const [mon = '', yy = ''] = label.split('-');
  const month = MONTHS[mon];
  if (!month) throw new Error(`Hertfordshire plan: cannot read the date "${label}"`);
  return `20${yy}-${month}-${LAST_DAY[month] ?? '31'}`;
}

const RAG = { Delayed: 'Red', 'In progress': 'Green', Completed: 'Complete' } as const;

/** Short title: the task's first clause, without the plan's "To …" opening. */
function shortTitle(task: string): string {
  const first = (task.split(/[.:;]/)[0] ?? task).replace(/^To /, '').trim();
  const title = first.charAt(0).toUpperCase() + first.slice(1);
  return title.length > 90 ? `${title.slice(0, 87).replace(/\s+\S*$/, '')}…` : title;
}

/** The Hertfordshire 2018-21 plan (closed). */
export function hertsPlan(now: Date): PlanSeed {
  const meta: PlanMeta = {
    title: HERTS_TITLE,
    institution: 'University of Hertfordshire',
    periodStart: '2017-06-01',
    periodEnd: '2020-06-30',
    stage: '1',
    statusScheme: 'Delayed/In progress/Completed',
    state: 'Closed',
    extraThemes: ['Ongoing actions', 'Technical Staff Wellbeing'],
    strategyPillars: [],
    description: 'Phase 1 (Jun 2017 – May 2018), Phase 2 (Jun 2018 – May 2019), Phase 3 (Jun 2019 – Jun 2020). Led by: PS – Project Sponsor, G – Governance, PL – Project Lead, PT – Project Team, S – Stakeholders.',
  };
  const specs: ActionSpec[] = [];
  for (const [theme, prefix, rows] of THEMES) {
    rows.forEach(([task, ledBy, phase2, phase3, successMeasures, status, redExplanation], index) => {
      const codes = ledBy.split('/');
      const phases = [phase2 && `Phase 2 (${phase2})`, phase3 && `Phase 3 (${phase3})`].filter(Boolean).join(', ');
      specs.push({
        title: shortTitle(task),
        reference: `${prefix}${index + 1}`,
        talentRefs: [],
        themes: [theme],
        task,
        timeframe: phases,
        targetDate: endOfMonth(phase3 || phase2),
        ragStatus: RAG[status],
        redExplanation,
        owners: [...new Set(codes.flatMap((c) => ROLE_PEOPLE[c] ?? []))],
        ownerRoles: codes.map((c) => `${c} (${ROLE_NAMES[c] ?? c})`).join(', '),
        successMeasures,
        strategyAlignment: [],
      });
    });
  }
  return buildPlan(meta, specs, now);
}
