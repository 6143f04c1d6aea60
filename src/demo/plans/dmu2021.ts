/**
 * De Montfort University's Technician Commitment action plan 2021-24 as published, converted once
 * from `tests/fixtures/dmu-2021-24-action-plan.csv` (one row per action; `dmu2021.test.ts` checks
 * they still agree). Plan metadata, titles, owners and history are added in `dmu.ts`.
 * Status key: R = major delay or problem, A = not yet started or some delays, G = on track, B = complete.
 */

/** One row of the published plan. */
export interface Dmu2021Row {
  /** TALENT Commission recommendation, R1–R16. */
  readonly talentRef: string;
  readonly recommendation: string;
  readonly reference: string;
  readonly task: string;
  readonly status: 'R' | 'A' | 'G' | 'B';
  /** 'The Empowering University' strategy pillars the action aligns to. */
  readonly strategyPillars: readonly string[];
  readonly evidence: string;
}

export const DMU_2021_24_ROWS: readonly Dmu2021Row[] = [
  {
    talentRef: "R1",
    recommendation: "Employers of technical staff, funders, and government departments (e.g., BEIS, DfE) should employ a strategic approach to ensure sustainability and appropriateness of technical skills and careers, at both a local and national level.",
    reference: "1.1",
    task: "Ensure Team Leaders and Managers are aware and align University, Faculty and Departmental strategy with the skillset of Technicians through workforce planning. Utilising tools such as Power BI to identify potential gaps within skillsets and to proactively implement procedures to avoid losing these skills, e.g., shadowing opportunities, mentoring/ coaching etc.",
    status: "G",
    strategyPillars: ["Empowering People", "Learning for Life"],
    evidence: "Examples include: ADH-Shadowing chief technician; University approach for mentoring; HLS-Creating deputies; CEM- Understanding other job roles. Will be amalgamated into the new plan.",
  },
  {
    talentRef: "R2",
    recommendation: "Funders and employers of technical staff in higher education and research should recognise the blurring of boundaries between technical and academic roles. They should provide opportunities and mechanisms to move between career pathways and across sectors.",
    reference: "2.1",
    task: "Seek academic representatives to support the value of Technicians within Teaching & Learning (T&L) and to increase opportunities e.g., inviting Technicians to attend T&L conferences and Committees.",
    status: "A",
    strategyPillars: ["Empowering People"],
    evidence: "KTP- Technical staff named as 2nd Supervisor; P/T- teaching roles (emergency cover etc); Career pathway membership (Research England). Will be amalgamated into the new plan.",
  },
  {
    talentRef: "R3",
    recommendation: "Employers of technical staff should collect, report and analyse data on their technical workforce, with careful consideration of those roles at the interface with academic roles. To enable sector level understanding, a new, simple, and fit-for-purpose classification for technical roles should be developed.",
    reference: "3.1",
    task: "Maintain records and statistics of technical involvement within Teaching & Learning, e.g., Technical Demonstrators, Technical Instructors, number of teaching hours etc. Engage with the registered practitioners process and Creative and promote professional membership, e.g., IST, Creative UK etc., to enable a sector-level understanding of technical roles.",
    status: "G",
    strategyPillars: ["Learning for Life"],
    evidence: "DMU-Workforce planning; Pulse survey; DMU-Faculty Technician survey; Job descriptions @DMU have been reviewed all generic – this will be carried forward; Support from senior academics e.g. promoting professional register for creative technicians; Evidence provided to House of parliament. Will be amalgamated into the new plan.",
  },
  {
    talentRef: "R4",
    recommendation: "Employers of technical staff, funding bodies, and learned societies should undertake targeted and specific action to address the equality, diversity and inclusion (EDI) challenges facing the technical community.",
    reference: "4.1",
    task: "Analyse data and recognise gaps within workforce, including skillset. Engage with outreach programmes to promote technical roles. Continue to develop Athena Swan within CEM and HLS; ensure representation of Technicians at Faculty EDI Committees.",
    status: "A",
    strategyPillars: ["Empowering People"],
    evidence: "Waiting for data to be formally analysed; Actions in Athena Swan and REC submissions; Events held @venue the future fair, Techfest, DMU welcome induction for staff, school visits, work experience school kids, coding club etc.; New job adverts have been adjusted to attract diverse workforce. Will be amalgamated into the new plan.",
  },
  {
    talentRef: "R5",
    recommendation: "Funders and employers of technical staff should provide clear and consistent guidance to ensure technical contributions are costed appropriately and eligibility requirements for existing funding opportunities should be reviewed to ensure inclusion of technical staff where appropriate.",
    reference: "5.1",
    task: "Encourage and support Technicians to apply for external funding streams e.g., research councils etc. Also, encourage technical staff to contribute to EIG.",
    status: "B",
    strategyPillars: ["Knowledge Creation", "Partnerships with Purpose"],
    evidence: "Innovate UK funding (iCURE) (HLS); ISST funding (ADH); ITMS-Taking part in supporting events at the Venue. Now business as usual (BAU)",
  },
  {
    talentRef: "R6",
    recommendation: "Employers of technical staff, funders, and sector bodies (e.g., professional associations and learned societies) should support outreach and public engagement activities regarding technical careers in local schools and colleges to increase visibility of technical career opportunities to young people.",
    reference: "6.1",
    task: "Promote Technicians as STEM and Creative UK Ambassadors and devise new opportunities to engage with the public and young people, e.g., British Science Festival (BSF), work experience/ placements/ taster courses etc. Enabling technicians to visit local colleges to promote DMU programmes.",
    status: "B",
    strategyPillars: ["Partnerships with Purpose", "Empowering People"],
    evidence: "Coding Club, EDT, Outreach; Annual attendance at TechxFest, Derby, EDT event & DMU Futures fair to promote technical visibility and careers. Now BAU.",
  },
  {
    talentRef: "R7",
    recommendation: "Employers of technical staff should broaden access to technical careers in the sector by utilising and expanding entry routes to include both vocational and academic pathways.",
    reference: "7.1",
    task: "Involvement with Academic and Organisational Development to promote Fellowship applications, apprenticeships and internal courses. Promote wider opportunities, such as the Herschel and Aurora Programmes, and membership for HEI.",
    status: "B",
    strategyPillars: ["Knowledge Creation"],
    evidence: "Some uptake of programmes. This is an on-going activity, and managers will continue to promote to their teams and also apply for opportunities for themselves as relevant. Now BAU.",
  },
  {
    talentRef: "R8",
    recommendation: "Employers of technical staff should ensure inclusion of technical expertise within end-to-end recruitment processes when hiring for technical roles.",
    reference: "8.1",
    task: "Continue to develop the Panel Pool for recruitment, ensure external members on panels for technical posts are from technical teams across the institution to promote equality and collaboration.",
    status: "B",
    strategyPillars: ["Empowering People"],
    evidence: "Technicians are more involved in recruitment activities. We will scale this up in the next period so we can provide more opportunities to a wider range of people. Now BAU.",
  },
  {
    talentRef: "R9",
    recommendation: "Employers of technical staff should ensure visibility of clearly defined career pathways and progression routes, with accurate and standardised job descriptions for technical roles.",
    reference: "9.1",
    task: "Nurture Technical staff and create opportunities to develop their skillset ready for applying to senior posts when available e.g., Senior/ Chief Technician, Team Leader. Work with academic representatives to open pathways within Teaching & Learning e.g., PhD Supervision, marking etc.",
    status: "G",
    strategyPillars: ["Empowering People"],
    evidence: "Some progress though some constraints. Career pathways and progression will be a major priority/focus in the next 3 years.",
  },
  {
    talentRef: "R10",
    recommendation: "Employers of technical staff, funders, and sector bodies (e.g., professional associations and learned societies) should ensure provision and access to a range of professional development opportunities tailored to technical roles and careers.",
    reference: "10.1",
    task: "Engagement with Organisational Development to provide access to development opportunities, e.g., utilising LinkedIn Learning and exploring tailored development courses for technical staff.",
    status: "G",
    strategyPillars: ["Empowering People", "Knowledge Creation"],
    evidence: "As above",
  },
  {
    talentRef: "R11",
    recommendation: "Employers of technical staff, publishers and other sector bodies (e.g., professional associations and learned societies) should ensure the contributions of technical staff are visible and recognised.",
    reference: "11.1",
    task: "Continue to update the display work, information and photos of Technicians in prominent locations across campus and link into showcase events; updating as necessary. Develop the DMU Technician Commitment website to ensure information is accurate and promote success stories.",
    status: "B",
    strategyPillars: ["Empowering People", "Digital Transformation"],
    evidence: "Progress in this area. This is now BAU but we will not be complacent and will continue to enhance and improve this.",
  },
  {
    talentRef: "R12",
    recommendation: "Employers of technical staff, funders and sector bodies (e.g., professional associations and learned societies) should ensure technical staff sit on appropriate institution – and sector-level decision-making committees and boards to ensure these groups reflect the community they represent and to provide diversity of views and expertise.",
    reference: "12.1",
    task: "Technical representation within university wide and Faculty Committees e.g., EDI Committees and Work and Wellbeing Groups etc.",
    status: "G",
    strategyPillars: ["Empowering People", "Equality for All"],
    evidence: "Progress in this area. This is now BAU but there is more work to be done to extend opportunities as widely as possible.",
  },
  {
    talentRef: "R13",
    recommendation: "Employers of technical staff should form partnerships with organisations and initiatives that provide technical and vocational training (e.g., Catapult Centres in the UK and Institutes of Technology in England) to ensure sharing of knowledge and skills, to facilitate the identification of skills needed to deploy emerging technologies, and to inform the development of suitable future training syllabi.",
    reference: "13.1",
    task: "Empower Technicians by allocating a set of training days per year per Technician to promote ownership over their own development and learning. Technical representation at local and national conferences, events e.g., Technology Show etc.",
    status: "G",
    strategyPillars: ["Empowering People"],
    evidence: "Progress in this area. This is now an on-going BAU activity however being able to dedicate/allocate time uniformly has been challenging in particular whilst we have been running block and non-block delivery.",
  },
  {
    talentRef: "R14",
    recommendation: "Government policymakers should ensure the inclusion of technical staff in consultations on sector-level policy, for example through invitations to roundtables and consultations.",
    reference: "14.1",
    task: "Continue to ensure as an institution, we horizon scan and look for opportunities to influence national policy where we can and to take opportunities locally as and when they may arise. Utilise DMU's commitment to the Sustainable Development Goals (SDGs), such as SDG 16, to maximise these opportunities where relevant.",
    status: "B",
    strategyPillars: ["Empowering People", "Sustainability & the Sustainable Development Goals"],
    evidence: "E.g. Any new teaching module development has SDG input associated. IESD in CEM works closely with city council to develop smart cities etc. BAU",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.1",
    task: "Calendar of events throughout the year detailing collaboration, training opportunities, Health & Safety and wellbeing workshops. Continue our partnerships with NTDC, CHEAD and HEaTED to promote sector activities and opportunities.",
    status: "B",
    strategyPillars: ["Partnerships with Purpose"],
    evidence: "BAU",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.2",
    task: "Technical representation at the University central induction event, e.g., hosting a stall and drop-in for all new starters as part of the event. Attendance of technical staff at localised induction events such as Library & Learning Services induction etc.",
    status: "B",
    strategyPillars: ["Empowering People"],
    evidence: "BAU",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.3",
    task: "Devise a mentoring programme for all Technicians ensuring all new starters have a mentor assigned.",
    status: "G",
    strategyPillars: ["Knowledge Creation"],
    evidence: "This does takes place but will be formalised",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.4",
    task: "Establish representation within the Commitment from Estates Technical colleagues and other teams in ITMS.",
    status: "A",
    strategyPillars: ["Empowering People"],
    evidence: "Still to be formally discussed. Staff turnover during last two years of this plan have paused this. However, new Directors are keen for talks.",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.5",
    task: "Technical staff to lead on activities for DMU Local and DMU Global.",
    status: "B",
    strategyPillars: ["Partnerships with Purpose", "Sustainability & the Sustainable Development Goals"],
    evidence: "BAU",
  },
  {
    talentRef: "R15",
    recommendation: "Technical staff should engage positively with current and future opportunities that are available to them.",
    reference: "15.6",
    task: "Continue off-site visits to other HEIs and industry to support networking opportunities.",
    status: "B",
    strategyPillars: ["Partnerships with Purpose"],
    evidence: "BAU",
  },
  {
    talentRef: "R16",
    recommendation: "The TALENT Commission advises the creation of a new collaborative entity, provisionally to be called the UK Institute for Technical Skills & Strategy [working title] that builds on the multi-stakeholder approach of the Technician Commitment, to represent and provide a conduit to the technical community, advising government, sector initiatives, funding bodies and other organisations.",
    reference: "16.1",
    task: "Ensure that we are part/ or collaborate with the UK Institute for Technical Skills & Strategy (or equivalent), once formed.",
    status: "B",
    strategyPillars: ["Partnerships with Purpose"],
    evidence: "DMU engages fully with ITSS and has also attended workshops, online activities, surveys etc.",
  },
];
