/**
 * The sixteen recommendations of the TALENT Commission report (2022), as De Montfort's 2021-24 action plan
 * quotes them (column B of `tests/fixtures/dmu-2021-24-action-plan.csv`). Actions cite them as R1–R16.
 */
export const TALENT_RECOMMENDATIONS: Readonly<Record<string, string>> = {
  R1: "Employers of technical staff, funders, and government departments (e.g., BEIS, DfE) should employ a strategic approach to ensure sustainability and appropriateness of technical skills and careers, at both a local and national level.",
  R2: "Funders and employers of technical staff in higher education and research should recognise the blurring of boundaries between technical and academic roles. They should provide opportunities and mechanisms to move between career pathways and across sectors.",
  R3: "Employers of technical staff should collect, report and analyse data on their technical workforce, with careful consideration of those roles at the interface with academic roles. To enable sector level understanding, a new, simple, and fit-for-purpose classification for technical roles should be developed.",
  R4: "Employers of technical staff, funding bodies, and learned societies should undertake targeted and specific action to address the equality, diversity and inclusion (EDI) challenges facing the technical community.",
  R5: "Funders and employers of technical staff should provide clear and consistent guidance to ensure technical contributions are costed appropriately and eligibility requirements for existing funding opportunities should be reviewed to ensure inclusion of technical staff where appropriate.",
  R6: "Employers of technical staff, funders, and sector bodies (e.g., professional associations and learned societies) should support outreach and public engagement activities regarding technical careers in local schools and colleges to increase visibility of technical career opportunities to young people.",
  R7: "Employers of technical staff should broaden access to technical careers in the sector by utilising and expanding entry routes to include both vocational and academic pathways.",
  R8: "Employers of technical staff should ensure inclusion of technical expertise within end-to-end recruitment processes when hiring for technical roles.",
  R9: "Employers of technical staff should ensure visibility of clearly defined career pathways and progression routes, with accurate and standardised job descriptions for technical roles.",
  R10: "Employers of technical staff, funders, and sector bodies (e.g., professional associations and learned societies) should ensure provision and access to a range of professional development opportunities tailored to technical roles and careers.",
  R11: "Employers of technical staff, publishers and other sector bodies (e.g., professional associations and learned societies) should ensure the contributions of technical staff are visible and recognised.",
  R12: "Employers of technical staff, funders and sector bodies (e.g., professional associations and learned societies) should ensure technical staff sit on appropriate institution – and sector-level decision-making committees and boards to ensure these groups reflect the community they represent and to provide diversity of views and expertise.",
  R13: "Employers of technical staff should form partnerships with organisations and initiatives that provide technical and vocational training (e.g., Catapult Centres in the UK and Institutes of Technology in England) to ensure sharing of knowledge and skills, to facilitate the identification of skills needed to deploy emerging technologies, and to inform the development of suitable future training syllabi.",
  R14: "Government policymakers should ensure the inclusion of technical staff in consultations on sector-level policy, for example through invitations to roundtables and consultations.",
  R15: "Technical staff should engage positively with current and future opportunities that are available to them.",
  R16: "The TALENT Commission advises the creation of a new collaborative entity, provisionally to be called the UK Institute for Technical Skills & Strategy [working title] that builds on the multi-stakeholder approach of the Technician Commitment, to represent and provide a conduit to the technical community, advising government, sector initiatives, funding bodies and other organisations.",
};

/**
 * Reads a TALENT reference as plans write it ("R1.", "r 15", "R15 ") and returns its canonical form
 * ("R1"), or undefined when it is not one of R1–R16.
 */
export function normaliseTalentRef(raw: string): string | undefined {
  const match = /^\s*R\s*(\d{1,2})\s*\.?\s*$/i.exec(raw);
  if (!match) return undefined;
  const ref = `R${Number(match[1])}`;
  return ref in TALENT_RECOMMENDATIONS ? ref : undefined;
}

/** The recommendation's text for a reference such as "R9" (or "R9."), or undefined when unknown. */
export function talentText(ref: string): string | undefined {
  const canonical = normaliseTalentRef(ref);
  return canonical ? TALENT_RECOMMENDATIONS[canonical] : undefined;
}
