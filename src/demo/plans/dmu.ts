/**
 * De Montfort University's two plans: 2021-24 as published (closed; rows from `dmu2021.ts`) and
 * 2024-27 (active; Appendix 4 of the 2024 self-assessment), some of whose actions carry 2021-24
 * actions forward. Statuses of 2024-27 are the demo's picture of progress so far.
 */
import { toCanonical } from '../../domain/actions/statusSchemes';
import { emailFor, OWNER_EMAIL } from '../roster';
import type { PlanSeed } from '../seeds';
import { DMU_2021_24_ROWS } from './dmu2021';
import { buildPlan, type ActionSpec, type PlanMeta } from './history';

export const DMU_2021_TITLE = 'De Montfort University Technician Commitment Action Plan 2021-24';
export const DMU_2024_TITLE = 'De Montfort University Technician Commitment 36-month Action Plan 2024-27';
const INSTITUTION = 'De Montfort University';

const TSMS = [emailFor('Neil Parry'), emailFor('Jaswinder Bains'), emailFor('Claire Donovan')];
const who = (...names: string[]): string[] => names.map((n) => (n === 'Olivia Owen' ? OWNER_EMAIL : emailFor(n)));

/** Title, themes and owners the published 2021-24 table leaves implicit. */
const DMU_2021_EXTRAS: Readonly<Record<string, readonly [title: string, themes: readonly string[], owners: readonly string[], ownerRoles: string]>> = {
  '1.1': ['Workforce planning to align skills with strategy', ['Sustainability', 'Career Development'], TSMS, 'TSMs'],
  '2.1': ['Academic champions for technicians in teaching', ['Recognition', 'Career Development'], who('Claire Donovan'), 'TSMs'],
  '3.1': ['Records of technical involvement in teaching', ['Visibility', 'Recognition'], who('Sarah Jennings'), 'Technical Services Coordinator'],
  '4.1': ['Workforce EDI data and outreach', ['Sustainability', 'Visibility'], who('Helen Marsh'), 'TSMs, Faculty EDI committees'],
  '5.1': ['Technicians applying for external funding', ['Recognition'], who('Peter Novak'), 'Facility managers'],
  '6.1': ['STEM and Creative UK Ambassadors', ['Visibility'], who('Sophie Clarke'), 'TCWG'],
  '7.1': ['Fellowships, apprenticeships and internal courses', ['Career Development'], who('Jaswinder Bains'), 'TSMs, Organisational Development'],
  '8.1': ['Technical staff on recruitment panels', ['Career Development', 'Visibility'], who('Daniel Okafor'), 'TSMs'],
  '9.1': ['Preparing technicians for senior posts', ['Career Development'], who('Olivia Owen'), 'Institutional lead'],
  '10.1': ['Access to development opportunities', ['Career Development'], who('Sarah Jennings'), 'Organisational Development'],
  '11.1': ['Technicians on display across campus', ['Visibility', 'Recognition'], who('Zainab Ali'), 'TCWG'],
  '12.1': ['Technical representation on committees', ['Visibility', 'Recognition'], who('Olivia Owen'), 'Institutional lead'],
  '13.1': ['Training days for every technician', ['Career Development'], TSMS, 'TSMs'],
  '14.1': ['Horizon scanning and national policy', ['Sustainability'], who('Olivia Owen'), 'Institutional lead'],
  '15.1': ['Calendar of network events', ['Visibility', 'Sustainability'], who('Chloe Wright'), 'TCWG'],
  '15.2': ['Technicians at the staff induction event', ['Visibility'], who('Kwame Mensah'), 'TCWG'],
  '15.3': ['Mentoring programme for new starters', ['Career Development'], who('Aisha Rahman'), 'TCWG'],
  '15.4': ['Representation from Estates and ITMS', ['Visibility'], who('Olivia Owen'), 'Steering group'],
  '15.5': ['DMU Local and DMU Global activities', ['Visibility', 'Sustainability'], who('Fatima Hussain'), 'TCWG'],
  '15.6': ['Visits to other HEIs and industry', ['Sustainability', 'Career Development'], who('Imran Siddiqui'), 'TCWG'],
  '16.1': ['Collaboration with ITSS', ['Sustainability'], who('Olivia Owen'), 'Institutional lead'],
};

const PILLARS = [
  'Empowering People',
  'Learning for Life',
  'Knowledge Creation',
  'Partnerships with Purpose',
  'Digital Transformation',
  'Equality for All',
  'Sustainability & the Sustainable Development Goals',
];

function dmu2021(now: Date): PlanSeed {
  const meta: PlanMeta = {
    title: DMU_2021_TITLE,
    institution: INSTITUTION,
    periodStart: '2021-08-01',
    periodEnd: '2024-07-31',
    stage: '2',
    statusScheme: 'Red/Amber/Green/Blue',
    state: 'Closed',
    extraThemes: [],
    strategyPillars: PILLARS,
    description:
      'Our 36-month plan against the TALENT Commission recommendations, aligned to The Empowering University strategy. Status: R = major delay or problem, A = not yet started or some delays, G = on track, B = complete.',
  };
  const specs = DMU_2021_24_ROWS.map((row): ActionSpec => {
    const extras = DMU_2021_EXTRAS[row.reference];
    if (!extras) throw new Error(`DMU 2021-24: no title or owners written for action ${row.reference}`);
    const [title, themes, owners, ownerRoles] = extras;
    return {
      title,
      reference: row.reference,
      talentRefs: [row.talentRef],
      themes,
      task: row.task,
      timeframe: '2021-24',
      targetDate: '2024-07-31',
      ragStatus: toCanonical('Red/Amber/Green/Blue', row.status),
      owners,
      ownerRoles,
      strategyAlignment: row.strategyPillars,
      evidence: row.evidence,
    };
  });
  return buildPlan(meta, specs, now);
}

type Row2024 = Omit<ActionSpec, 'talentRefs' | 'strategyAlignment'> & { talent: string; pillars: readonly string[] };

const EP = 'Empowering People';
const LL = 'Learning for Life';
const KC = 'Knowledge Creation';
const PP = 'Partnerships with Purpose';

const DMU_2024_ROWS: readonly Row2024[] = [
  {
    reference: '1.1', talent: 'R1', title: 'Coordinated workforce planning in every unit', pillars: [EP, LL],
    task: 'Implement strategic approach to planning technical staff at the university through coordinated workforce planning activity – all units to be engaged. See also Action 9.1.',
    outcome: 'Sustainable workforce including clear succession planning opportunities across all teams.',
    themes: ['Sustainability'], timeframe: 'Year 1-2', targetDate: '2026-07-31', ragStatus: 'Green', owners: TSMS, ownerRoles: 'DFO/ DirTT', originReference: '1.1',
  },
  {
    reference: '1.2', talent: 'R1', title: 'Institutional Technical Lead role', pillars: [EP, LL],
    task: 'Implement single point of coordination and lead for the university by creating a Technical Lead role for the institution. Steering Group to consider, pending funding to create dedicated role. 2025/26.',
    outcome: 'Strategic leadership to have oversight across technicians involved in teaching and income-generating activities to support sustainability.',
    themes: ['Sustainability'], timeframe: '2025/26', targetDate: '2026-07-31', ragStatus: 'Red', owners: who('Olivia Owen'), ownerRoles: 'SRO',
    redExplanation: 'Funding for a dedicated Technical Lead post was not approved in the 2025/26 budget round; the Steering Group will resubmit the business case with evidence from the workforce planning exercise (1.1).',
  },
  {
    reference: '1.3', talent: 'R1', title: 'Inaugural report to the Board of Governors', pillars: [EP],
    task: 'Increase visibility of the role and benefits of technical staff to our Governors through an Inaugural report to Board of Governors People & Culture Committee Autumn 2024.',
    outcome: 'Awareness raising of the role of technical staff.',
    themes: ['Sustainability', 'Visibility'], timeframe: 'Autumn 2024', targetDate: '2024-11-30', ragStatus: 'Complete', owners: who('Olivia Owen'), ownerRoles: 'SRO',
    evidence: 'Report presented to the People & Culture Committee in November 2024; Governors asked for an annual update.',
  },
  {
    reference: '2.1', talent: 'R2', title: 'Role profiles and development recorded in MyProgress', pillars: [EP],
    task: 'As above, and Action 9.1 including review of role profiles. Fully utilise internal appraisal system (MyProgress) to record development, including knowledge sharing, enabling better reporting and transparency of development.',
    outcome: 'Improved clarity for technical staff for their role and responsibilities, plus clarity on pathways. Encourage cross-skilling and development, sharing of good practice and knowledge.',
    themes: ['Career Development'], timeframe: 'Year 1-2', targetDate: '2026-07-31', ragStatus: 'Amber', owners: [OWNER_EMAIL, ...TSMS], ownerRoles: 'SRO, DFO/ DirTT', originReference: '2.1',
  },
  {
    reference: '2.3', talent: 'R2', title: 'Recording movement between disciplines and units', pillars: [EP],
    task: 'Encourage and monitor movement between disciplines and units internally recording placements, secondments and promotions. Promote technical staff profiles to show career pathways and opportunities. Devise mechanism to capture this; Jan 2025.',
    outcome: 'Enhancing diversity and creativity.',
    themes: ['Career Development'], timeframe: 'Year 1-2', targetDate: '2025-01-31', ragStatus: 'Green', owners: TSMS, ownerRoles: 'TSMs',
  },
  {
    reference: '3.1', talent: 'R3', title: 'Dashboard of technical staff in teaching', pillars: [LL],
    task: 'As above (2.1) plus maintain records of staff involvement in T&L, e.g., which roles, number of teaching hours etc. Request for reporting dashboard to demonstrate this technical staff engaged in teaching in a consistent way. Steering Group to support this request and have in place for Spring 2025. Engagement in national discussions where appropriate e.g., NTDC discussion on HESA data.',
    outcome: 'Clarity for workforce planning, workload planning, SSRs, to aid leaders and managers with resource allocation and operational planning. Fairer representation for technical and academic staff.',
    themes: ['Career Development', 'Sustainability', 'Recognition'], timeframe: 'Year 1', targetDate: '2025-05-31', ragStatus: 'Red', owners: who('Sarah Jennings'), ownerRoles: 'tbc', originReference: '3.1',
    redExplanation: 'The reporting dashboard missed its Spring 2025 date: the HR system upgrade has taken the data team until next summer. Interim counts are being kept by hand in the faculties.',
  },
  {
    reference: '4.1', talent: 'R4', title: 'Local Athena Swan and REC action plans', pillars: [EP],
    task: 'Support the DMU institutional AS and REC action plans, ensuring actions are addressed according to institutional deadlines. Develop local actions plans, where not in place, to address gaps and challenges e.g. gender imbalance in CEM; with formal plans in place by Dec. 2024.',
    outcome: "Enhanced creativity and outputs as measured by staff and student feedback, income generation, staff recruitment and retention. Improved pay gaps. DMU attractive as an employer and DMU a 'great place to work' according to feedback. Positive promotion to anyone interested in pursuing a technical career.",
    themes: ['Career Development', 'Visibility', 'Sustainability'], timeframe: 'Year 1-3', targetDate: '2024-12-31', ragStatus: 'Green', owners: [OWNER_EMAIL, emailFor('Jaswinder Bains')], ownerRoles: 'SRO, DFOs/ DirTT', originReference: '4.1',
  },
  {
    reference: '5.1', talent: 'R5', title: 'Research and commercial recognition policy (KTP)', pillars: [KC, PP],
    task: 'Update the DMU technician research and commercial recognition policy with greater emphasis on KTP. Embed fully as BAU by end of Year 1. Awareness raising with teams involved in costing projects (Project Finance and KTP teams) on technical contributions. Ensuring support with proformas and software (Worktribe) as appropriate.',
    outcome: 'Better promotion of role of technicians and raise profile. Working with KTPs raise profile of technicians and technical careers in region. Improved financial position, and contribution of technical staff to projects.',
    themes: ['Visibility', 'Recognition'], timeframe: 'Year 1', targetDate: '2025-07-31', ragStatus: 'Complete', owners: who('Olivia Owen', 'Peter Novak'), ownerRoles: 'SRO',
    evidence: 'Policy updated and approved; technician time now a line in Worktribe costings for KTP bids.',
  },
  {
    reference: '6.1', talent: 'R6', title: 'Technical careers in recruitment course talks', pillars: [PP, EP],
    task: 'Recruitment course talks to include technician section to promote technical careers. Winter 2024-25.',
    successMeasures: 'Follow-up survey with visitors to gauge opinion on visibility and their knowledge of/interest in technical careers before and after.',
    themes: ['Visibility', 'Recognition', 'Sustainability'], timeframe: 'Winter 2024-25', targetDate: '2025-03-31', ragStatus: 'Complete', owners: who('Sophie Clarke'), ownerRoles: 'tbc',
    evidence: 'Technician slot added to all open-day course talks from January 2025.',
  },
  {
    reference: '6.2', talent: 'R6', title: 'Technicians lead at TeenTech Festival', pillars: [PP, EP],
    task: 'Technicians to play a lead role in TeenTech Festival Spring 2025.',
    successMeasures: 'Follow-up survey with TeenTech visitors to gauge opinion on visibility and their knowledge of/interest in technical careers before and after.',
    themes: ['Visibility', 'Recognition', 'Sustainability'], timeframe: 'Spring 2025', targetDate: '2025-04-30', ragStatus: 'Complete', owners: [emailFor('Sophie Clarke'), 'member@demo.local'], ownerRoles: 'Technician volunteers',
    evidence: 'Twelve technicians ran six stands; 340 pupils visited. Survey: 61% more likely to consider a technical career.',
  },
  {
    reference: '6.3', talent: 'R6', title: 'Technical careers open day', pillars: [PP, EP],
    task: 'Technicians to host an open day to promote technical careers Spring 2026.',
    successMeasures: 'Follow-up survey with open day visitors; use as foundation for further activities.',
    themes: ['Visibility', 'Recognition', 'Sustainability'], timeframe: 'Spring 2026', targetDate: '2026-05-31', ragStatus: 'Green', owners: who('Kwame Mensah', 'Chloe Wright'), ownerRoles: 'TCWG',
  },
  {
    reference: '6.4', talent: 'R6', title: 'LLEP workshops with SEND and mainstream schools', pillars: [PP, EP],
    task: 'Leicester and Leicestershire Enterprise Partnership (LLEP) workshops with SEND and Mainstream school learners to take place.',
    themes: ['Visibility', 'Sustainability'], timeframe: 'Year 1-2', targetDate: '2026-07-31', ragStatus: 'Green', owners: who('Fatima Hussain'), ownerRoles: 'tbc',
  },
  {
    reference: '7.1', talent: 'R7', title: 'One apprenticeship per unit', pillars: [KC],
    task: "Improve entry route and pipeline of interest in technical careers through the introduction of one apprenticeship per unit by Dec. 2025, pending funding. (Faculties and ITMS to consider other routes according to their discipline.) Research the 'Education Technician' (HE Assistant Technician and Simulation based) as route for DMU and prepare a report for Steering Group. Spring 2025.",
    outcome: 'Increase opportunities and diversity in the workplace. Impact on pay gaps. Improve staff recruitment and retention.',
    themes: ['Visibility', 'Recognition', 'Sustainability', 'Career Development'], timeframe: 'Year 2', targetDate: '2025-12-31', ragStatus: 'Amber', owners: TSMS, ownerRoles: 'tbc',
  },
  {
    reference: '8.1', talent: 'R8', title: 'Technical recruitment panel pool', pillars: [EP],
    task: 'Review of pools of individuals for Recruitment Panels to ensure availability of technical staff. Rotate members on annual basis and promote the Pool to other areas of the university and share with People Services Recruitment team. Dec 2024. Review recent recruitment panels to identify gaps in coverage, and proactively increase awareness of recruitment pools.',
    outcome: 'Recognition and profile-raising for technical staff. Increased opportunities for staff. Recruitment processes benefit from insight and input from unique perspective.',
    themes: ['Career Development', 'Visibility'], timeframe: 'Year 1', targetDate: '2024-12-31', ragStatus: 'Complete', owners: who('Daniel Okafor'), ownerRoles: 'tbc',
    evidence: 'Pool refreshed with 18 technicians; shared with People Services in December 2024.',
  },
  {
    reference: '9.1', talent: 'R9', title: 'Technical careers pathway aligned to HETT', pillars: [EP],
    task: 'Development of technical careers pathway. Align to HETT framework. Work with ITSS, NTDC and DMU OD team to deliver. To be in place by December 2025. Align pathways with DMU Leadership and Management development framework, by encouraging Technical Staff to undertake L3 and L5 Leadership and Management Apprenticeships at DMU. Increase uptake by 20% Dec 2025.',
    outcome: 'Practical careers pathway for technicians at all levels. Endorsement from ULB and publication of pathway internally and use for recruitment collateral. Improved staff recruitment and retention.',
    successMeasures: 'Pathway endorsed by ULB and published; leadership apprenticeship uptake up 20% by Dec 2025.',
    themes: ['Career Development', 'Sustainability'], timeframe: 'Year 1-2', targetDate: '2025-12-31', ragStatus: 'Green', owners: who('Olivia Owen'), ownerRoles: 'SRO', originReference: '9.1',
  },
  {
    reference: '10.1', talent: 'R10', title: 'Fair access to development funding', pillars: [KC],
    task: 'Identify opportunities and where needed seek funding to increase provision. Develop a process/mechanism by which opportunities are communicated and individuals or groups can apply for funds. Engage in HEaTED creative technical professional network; organise a Creative Practitioners Network activity on campus. 2026. Engage with senior academic in CEM on professional register initiative to add staff. Autumn 2024.',
    outcome: 'Fairer access and opportunities for technicians across units; improved staff recruitment and retention. Support personal and career development and progression.',
    themes: ['Career Development', 'Recognition', 'Sustainability'], timeframe: 'Year 1-3', targetDate: '2027-07-31', ragStatus: 'Green', owners: who('Olivia Owen', 'Sarah Jennings'), ownerRoles: 'SRO', originReference: '10.1',
  },
  {
    reference: '11.1', talent: 'R11', title: 'Awards calendar and Student Voice award category', pillars: [EP, 'Digital Transformation'],
    task: 'Internal Comms team to produce awards calendar to facilitate preparedness for external nominations and awards. Nomination/short-listing panel in development. December 2024. Education Academy (EA) to consider a category for technicians in the Student Voice annual awards. Autumn 2024. Units to ensure internal Team Rewards funding is used to recognise and celebrate the contributions of technical staff.',
    outcome: 'Enhanced profile-raising and recognition for technical staff. Personal recognition beneficial for progression and development.',
    themes: ['Visibility', 'Recognition'], timeframe: 'Year 1-3', targetDate: '2024-12-31', ragStatus: 'Green', owners: [OWNER_EMAIL, emailFor('Zainab Ali')], ownerRoles: 'SRO, DFOs/ DirTT',
  },
  {
    reference: '12.1', talent: 'R12', title: 'Rotating technical staff on committees', pillars: [EP, 'Equality for All'],
    task: 'Uni-level activities/groups/committees - process to be put in place to rotate staff on regular basis to ensure equal access and opportunities for all. Review of terms of reference of Faculty committees to ensure consistency across faculties, and to ensure appropriate technical staff representation. Embed fully as BAU by end of year 1.',
    outcome: 'Enhance opportunities for wider cross-section of staff to be involved and their insights and contributions heard and valued.',
    themes: ['Visibility', 'Career Development', 'Sustainability'], timeframe: 'Year 1', targetDate: '2025-07-31', ragStatus: 'Complete', owners: who('Olivia Owen'), ownerRoles: 'SRO', originReference: '12.1',
    evidence: 'Terms of reference of all three faculty boards now name a technical representative, rotating annually.',
  },
  {
    reference: '13.1', talent: 'R13', title: 'IntoUniversity partnership', pillars: [EP, PP],
    task: 'IntoUniversity partnership which aims to raise aspirations of school leavers, to consider opportunities for technical staff involvement. 2025.',
    themes: ['Career Development', 'Visibility'], timeframe: '2025', targetDate: '2025-12-31', ragStatus: 'Amber', owners: who('Olivia Owen'), ownerRoles: 'SRO',
  },
  {
    reference: '13.2', talent: 'R13', title: 'Midlands Enterprise Universities technician network', pillars: [EP, PP],
    task: 'Midlands Enterprise Universities network for technicians, to be led by DMU and Coventry. To be operationalised by Dec 2024.',
    themes: ['Career Development', 'Recognition', 'Sustainability'], timeframe: 'Year 1', targetDate: '2024-12-31', ragStatus: 'Complete', owners: who('Olivia Owen', 'Peter Novak'), ownerRoles: 'SRO',
    evidence: 'MEU technician network launched December 2024; first joint event hosted at Coventry.',
  },
  {
    reference: '13.3', talent: 'R13', title: 'Placement and exchange scheme across MEU', pillars: [EP, PP],
    task: 'Introduce a placement/exchange scheme for technical staff across MEU network by 2025/26.',
    themes: ['Career Development', 'Sustainability'], timeframe: '2025/26', targetDate: '2026-07-31', ragStatus: 'Red', owners: who('Peter Novak'), ownerRoles: 'SRO',
    redExplanation: 'Partner universities have not yet agreed terms for cover and insurance, so no exchanges have run; a short-visit pilot between DMU and Coventry is proposed instead.',
  },
  {
    reference: '14.1', talent: 'R14', title: 'Technicians and the Sustainable Development Goals', pillars: [EP, 'Sustainability & the Sustainable Development Goals'],
    task: "Utilise DMU's commitment to the Sustainable Development Goals (SDGs), such as SDG 16, to maximise opportunities where relevant.",
    outcome: 'Opportunities with Leicester City Council and via ITSS.',
    themes: ['Career Development', 'Visibility'], timeframe: 'Year 1-3', targetDate: '2027-07-31', ragStatus: 'Amber', owners: [], ownerRoles: 'tbc',
  },
  {
    reference: '15.1', talent: 'R15', title: 'Preferred communication channels', pillars: [EP],
    task: 'Establish and utilise preferred communication channel/s. Autumn 2024.',
    outcome: 'Profile-raising, recognition, empowerment, increase in skills and knowledge.',
    themes: ['Visibility'], timeframe: 'Autumn 2024', targetDate: '2024-11-30', ragStatus: 'Complete', owners: who('Olivia Owen', 'Sarah Jennings'), ownerRoles: 'SRO',
    evidence: 'Technician Network team in Microsoft Teams is the main channel; monthly digest replaces ad-hoc emails.',
  },
  {
    reference: '15.2', talent: 'R15', title: 'Monitoring uptake of opportunities', pillars: [EP],
    task: 'Monitor uptake of opportunities to identify: where to focus/tailor efforts; which disciplines need more effort/sourcing; which units need more support in attending/engaging in activities.',
    themes: ['Career Development', 'Sustainability'], timeframe: 'Year 1-3', targetDate: '2027-07-31', ragStatus: 'Green', owners: who('Sarah Jennings'), ownerRoles: 'SRO',
  },
  {
    reference: '15.3', talent: 'R15', title: 'Incentives and flexible engagement', pillars: [EP],
    task: 'Consider incentives for active participation and provide flexible opportunities to allow for engagement.',
    themes: ['Recognition'], timeframe: 'Year 1-3', targetDate: '2027-07-31', ragStatus: 'Amber', owners: who('Olivia Owen'), ownerRoles: 'SRO',
  },
];

function dmu2024(now: Date): PlanSeed {
  const meta: PlanMeta = {
    title: DMU_2024_TITLE,
    institution: INSTITUTION,
    periodStart: '2024-08-01',
    periodEnd: '2027-07-31',
    stage: '3',
    statusScheme: 'Red/Amber/Green/Blue',
    state: 'Active',
    extraThemes: [],
    strategyPillars: PILLARS,
    previousPlan: DMU_2021_TITLE,
    description: 'Technician Commitment 36-month Action Plan 2024-2027 (v 1.0 26.07.24). Owners: SRO – Senior Responsible Officer; DFO – Director of Faculty Operations; DirTT – Director of Technology Transformation; TSMs – Technical Service Managers.',
  };
  const specs = DMU_2024_ROWS.map(({ talent, pillars, ...rest }): ActionSpec => ({ ...rest, talentRefs: [talent], strategyAlignment: pillars }));
  return buildPlan(meta, specs, now);
}

/** Both De Montfort plans, the closed one first. */
export function dmuPlans(now: Date): PlanSeed[] {
  return [dmu2021(now), dmu2024(now)];
}
