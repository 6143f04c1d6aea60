/**
 * The University of Leeds Technician Commitment 36-month action plan 2021-24 (Appendix E of its
 * 2021 self-assessment). References follow the plan: V = Visibility, R = Recognition,
 * CD = Career Development, S = Sustainability, A = all themes; an action coded under two themes
 * (R5/V8) keeps its first code as reference. Owner roles are the plan's; owners are the demo
 * network's people in those roles.
 */
import { emailFor, OWNER_EMAIL } from '../roster';
import type { PlanSeed } from '../seeds';
import { buildPlan, type ActionSpec, type PlanMeta } from './history';

export const LEEDS_TITLE = 'University of Leeds Technician Commitment 36-month Action Plan 2021-24';

const TCWG = [emailFor('Sophie Clarke'), emailFor('Zainab Ali')];
const TCSG = [OWNER_EMAIL];
const OD = [emailFor('Sarah Jennings')];
const FACULTIES = [emailFor('Neil Parry'), emailFor('Jaswinder Bains'), emailFor('Claire Donovan')];

type Row = readonly [
  reference: string,
  themes: readonly string[],
  title: string,
  task: string,
  timeframe: string,
  ownerRoles: string,
  owners: readonly string[],
  successMeasures: string,
  status: 'Red' | 'Amber' | 'Green' | 'Complete',
  redExplanation?: string,
];

const V = 'Visibility';
const R = 'Recognition';
const CD = 'Career Development';
const S = 'Sustainability';

const ROWS: readonly Row[] = [
  ['V1', [V], 'Increase use of MS Teams to share information and network', 'Increase engagement and knowledge sharing. Encourage more technical owners/ leads for the different channels.', 'Continuing action', 'TCWG and Technician Champions', TCWG, 'Increase membership from 148 members by 20% over 3 years', 'Complete'],
  ['V2', [V], 'Website', 'Continue to develop website to highlight case studies or technical teams. Recruit volunteers from the technical community to update/ manage the website (provide training)', 'Continuing action', "TCWG, University's Communications team", TCWG, '4 new case studies per year. Technically Speaking articles to migrate from News pages to dedicated site. Monitor engagement statistics.', 'Green'],
  ['V3', [V], 'Increase participation at Northern Partnership events', 'Include HR and OD representatives in these meetings.', 'Continuing action', 'TCSG & TCWG', [...TCSG, ...TCWG], 'Wider participation at external events leading to better networks. Ensures that contribution from Leeds is visible and supports the wider community.', 'Complete'],
  ['V4', [V], 'Technical staff represented on key committees and groups', 'Undertake a review of which committees technical staff currently have positions on. Targets areas where participation is low. Look for examples of good practice and share across faculties.', 'Continuing action', 'HR and Champions', FACULTIES, 'Faculties to produce a list annually of committees which have specific technical involvement e.g. H&S, Athena SWAN, EDI, equipment & resourcing committees', 'Green'],
  ['V5', [V, S], 'Annual networking event', 'Determine most suitable event(s) to meet current requirements each year. This could be a conference, TechExchange or local Away Days', 'TBD', 'TCWG', TCWG, 'Events that encourage wide scale participation (>50%)', 'Complete'],
  ['R1', [R, V], 'Celebrate good news and achievements via social media and website', 'Identify further ways to share and celebrate good news stories. Continue to build on success of the Twitter account', 'Continuing', 'TCWG - Technically Speaking/ twitter account', TCWG, 'Reaching a wider audience – determine success through Twitter and website engagement statistics.', 'Complete'],
  ['R2', [R, V], 'Fair Attribution policy', 'Creation of a university wide policy defining when contribution to academic papers merits acknowledgement or authorship', 'Feb 2022 - 2024', 'TCSG in partnership with DVC for Research and Innovation', TCSG, 'A policy in place that is accessible to everyone', 'Green'],
  ['R3', [R], 'Identify and support applications for external awards', 'Recognise the contribution of technical staff at Leeds. Currently these are publicised to technical staff. Find mechanisms for sharing with other categories of staff who may wish to nominate their technicians', 'Continuing action', 'TCWG', TCWG, '3 external nominations per year. Opportunities for application visible on website to all staff', 'Complete'],
  ['R4', [R], 'Review internal University awards', 'Ensure there are categories that technical staff are eligible to apply for. Ask organisers for feedback about numbers of nominations received for technical staff', 'TBD', 'TCWG', TCWG, 'Identify numbers of current nominations and look to maintain or improve annually.', 'Green'],
  ['R5', [R, V], 'Technicians participation in open days and student induction', 'Ensure Technical staff have an opportunity to participate in open days and student induction to showcase their expertise', 'From Academic year 21/22', 'Faculties/Student Education Service', FACULTIES, 'Technical staff are recognised as an integral part of the research community, student experience, and achievement/contribution to the success of the University strategy', 'Complete'],
  ['R6', [R, V], 'Technicians attending Graduation ceremonies', 'Arrange for Technicians to attend graduation ceremonies', 'From Academic year 21/22', 'Faculties/Student Education Service', FACULTIES, 'Students have an increased awareness and appreciation of the roles and contributions Technicians make', 'Amber'],
  ['R7', [R, CD], 'Support for Professional Registration', 'Determine the support required by applicants to progress/ maintain Professional Registration. E.g. financial support for initial application, training to complete application, mentors, CPD provision', 'Continuing action', 'TCWG and OD+PL', [...TCWG, ...OD], 'Increased numbers of applicants Technicians progressing through the different categories of registration (e.g. from RSciTech to RSci)', 'Complete'],
  ['R8', [R, CD], 'Support for HEA Fellowship Applications', 'Targeted support for technical staff applying for HEA Fellowships including mentors. Provide case studies showing how technicians have progressed into teaching roles.', 'Continuing action', 'TCWG and OD+PL', [...TCWG, ...OD], '4 applicants per year, or current holders progressing through the different categories of registration.', 'Green'],
  ['CD3', [CD], 'Review support for continued membership of Professional Bodies', 'Determine current support for funding different categories of staff across different Faculties and put in place a standardised policy', 'Continuing action', 'TCSG', TCSG, 'A single document ensuring technical staff have same access to support as other categories of staff and this is consistent across the University', 'Complete'],
  ['CD4', [CD], 'Review internal training, shadowing and secondments', 'Reviewed and refreshed training provision for all grades. Provide shadowing and secondment opportunities where applicable.', 'Start April 2021 then reviewed annually', 'OD+PL', OD, 'Clear development plans discussed, agreed and reviewed at SRDS. An increase in Technicians engaging in training, in house shadowing and secondment opportunities', 'Green'],
  ['CD5', [CD], 'Clearly define technical structures in each Faculty', 'A clear understanding of technical roles and structures. Define technical job titles consistent with grade. Define management structures', 'Continuing action to be completed by 2024', 'Deans/Heads of Schools/HR', FACULTIES, 'Clearly defined structures in place, which promote clear, transparent career pathways.', 'Red', 'Realignment of technical services was paused by COVID-19 and timescales are still under review; structures are defined in two faculties only.'],
  ['CD6', [CD], 'CPD central, as part of the SRDS process', 'Consistent approach to CPD throughout University. Aids technicians who are renewing Professional Registration', 'Start January 2022 for inclusion in 2022 SRDS in FBS as pilot. Roll out across University 2023', 'HR, OD+PL, Faculty Deans/representatives', OD, 'All Technicians to outline their CPD achievements via the SRDS process and form', 'Green'],
  ['S2', [S, CD], 'Promote opportunities for internal leadership training', 'Increased uptake of internal Leadership training. Review other opportunities such as apprenticeship management degrees.', 'Start April 2021', 'OD+PL / Website/TCSG', [...OD, ...TCSG], 'Able to demonstrate links to apprenticeship management degree options. Collect and analyse statistics from leadership training uptake.', 'Complete'],
  ['S3', [S], 'Grow apprenticeship training', 'Increase numbers enrolled in apprenticeship schemes, including internal apprenticeship schemes for people already in role and fully utilising the apprenticeship levy', 'September 2022 with recruitment for Sept 2023', 'HR & OD+PL', OD, 'Co-ordinated approach to apprenticeships across the university. Increase in the number of apprenticeships from 9 to 14 by 2023', 'Green'],
  ['S4', [S], 'Links to UKRI', 'Investigate building links with UKRI to find best ways to support research-funded staff.', 'TBD', 'TCSG in partnership with DVC Research and Innovation', TCSG, 'Develop contacts with UKRI and engage with appropriate events.', 'Amber'],
  ['A1', [V, R, CD, S], 'Budget', 'All faculties contribute equally to the budget for the Technician Commitment. This gives autonomy for the TCWG to decide where financial support is best placed', 'Continuing action', 'Budget holder from TCWG', TCWG.slice(0, 1), 'Funding received from Faculties, and budget for spend determined by the TCWG. Budget report provided to UEG detailing spend and impact', 'Complete'],
  ['A2', [V, R, CD, S], 'Full review of progress against plan', 'Identify whether progress is being made on actions, and amend plan accordingly. Ensure additional resource is made available where required, or that adequate reason is provided if actions not complete.', 'Continuing action. Reviewed every 3 months', 'TCSG', TCSG, 'Progress report circulated to all technical staff via TCWG, and an annual report provided to UEG. Progress against plan to be included in future REF and TEF returns.', 'Complete'],
  ['A3', [V, R, CD, S], 'Appoint a new Institutional Lead', 'Identify a key member of the University Executive Group (UEG) to Champion technical staff and the Commitment', 'April 2021', 'TCSG Chair', TCSG, 'Appoint a new Institutional Lead, who actively promotes the Technician Commitment', 'Complete'],
  ['A4', [V, R, CD, S], 'Support participation at national events', 'Increased networking, greater understanding of national picture. Increased opportunity for sharing good practice. Widen participation to offer opportunity to more staff.', 'Continuing action.', 'TCWG', TCWG, 'Record numbers attending external events such as HETS and Technician Partnership Conference (35 attended this last year). Increased numbers attending to >70 over the 3 year period (25% of technical services community).', 'Green'],
  ['A5', [V, R, CD, S], 'Broaden participation of TCWG', 'Review the areas where additional volunteers could support the TCWG and appoint volunteers.', 'Continuing action', 'TCWG', TCWG, 'Increased membership of the TCWG (currently 10) to 15 by 2024', 'Complete'],
  ['A6', [V, R, CD, S], 'Communications from Champions', 'Identify the most effective routes for Champions to communicate with their teams. Determine minimum communication requirements and feedback routes', 'April 2021', 'TCWG', TCWG, 'Regular two-way communication with all technical staff.', 'Complete'],
  ['A7', [V, R, CD, S], 'Review how additional activities are recognised', 'Review how activities such as public engagement, citizenship, participation on committees etc. are recognised (reward, promotion, time buy-out) in different faculties and compare how this is recognised for other categories of staff.', 'TBD', 'TCWG & HR', [...TCWG, ...OD], 'Consistent approach to recognising additional activities, where best practice is adopted throughout the University.', 'Amber'],
];

/** Best reading of the plan's free-text timeframes as a target date. */
function targetFor(timeframe: string): string {
  if (timeframe.startsWith('April 2021')) return '2021-04-30';
  if (timeframe.includes('Sept 2023')) return '2023-09-30';
  if (timeframe.includes('2023')) return '2023-12-31';
  return '2024-03-31';
}

/** The Leeds 2021-24 plan (closed). */
export function leedsPlan(now: Date): PlanSeed {
  const meta: PlanMeta = {
    title: LEEDS_TITLE,
    institution: 'University of Leeds',
    periodStart: '2021-04-01',
    periodEnd: '2024-03-31',
    stage: '2',
    statusScheme: 'Red/Amber/Green',
    state: 'Closed',
    extraThemes: [],
    strategyPillars: ['University Strategy 2020-2030'],
    description: 'Appendix E of the 2021 self-assessment. TCSG – Technician Commitment Steering Group; TCWG – Technician Commitment Working Group; OD+PL – Organisational Development and Professional Learning.',
  };
  const specs = ROWS.map(([reference, themes, title, task, timeframe, ownerRoles, owners, successMeasures, status, redExplanation]): ActionSpec => ({
    title,
    reference,
    talentRefs: [],
    themes,
    task,
    timeframe,
    targetDate: targetFor(timeframe),
    ragStatus: status,
    redExplanation,
    owners,
    ownerRoles,
    successMeasures,
    strategyAlignment: [],
  }));
  return buildPlan(meta, specs, now);
}
