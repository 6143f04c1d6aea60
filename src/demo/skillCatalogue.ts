/**
 * The skills technicians rate: a hand-picked catalogue for 'demo' and, for Liverpool scale, the
 * same catalogue widened with more areas and with "maintenance" / "method development" variants
 * of equipment and techniques, to exactly 300 skills.
 */
import type { TechnicalArea } from './units';

/** A skill before it is placed in units. */
export interface SkillDefinition {
  readonly name: string;
  readonly category: string;
  /** Areas of work the skill belongs to; 'all' for cross-cutting skills (first aid, line management). */
  readonly areas: readonly TechnicalArea[] | 'all';
  readonly description?: string;
  /** Certificates for this skill must be renewed this often. */
  readonly validityYears?: number;
  readonly retired?: boolean;
  readonly mergedInto?: string;
  /** Only managers rate it (line management, budgets). */
  readonly managersOnly?: boolean;
}

type Def = readonly [name: string, category: string, areas: readonly TechnicalArea[] | 'all', description?: string, validityYears?: number];

const LABS: readonly TechnicalArea[] = ['bioscience', 'chemistry', 'pharmacy', 'analytical', 'imaging', 'physics', 'environment', 'veterinary', 'dentistry'];
const WORKSHOPS: readonly TechnicalArea[] = ['engineering', 'electronics', 'architecture', 'art', 'fashion', 'media', 'music', 'physics', 'dentistry', 'archaeology'];

const CORE: readonly Def[] = [
  ['HPLC method development', 'Technique', ['analytical', 'pharmacy', 'chemistry'], 'Developing and validating reversed-phase HPLC methods.'],
  ['Cell culture (mammalian)', 'Technique', ['bioscience'], 'Maintaining, passaging and cryopreserving mammalian cell lines.'],
  ['PCR', 'Technique', ['bioscience'], 'Conventional and quantitative PCR set-up and troubleshooting.'],
  ['Aseptic technique', 'Technique', ['bioscience', 'pharmacy']],
  ['Tablet compression and coating', 'Technique', ['pharmacy']],
  ['Microbiological media preparation', 'Technique', ['bioscience', 'pharmacy']],
  ['Histology sectioning (microtome)', 'Technique', ['bioscience', 'imaging']],
  ['Titration and wet chemistry', 'Technique', ['chemistry', 'pharmacy']],
  ['Sample preparation for electron microscopy', 'Technique', ['imaging']],
  ['Soldering (SMD)', 'Technique', ['electronics'], 'Surface-mount soldering and rework under magnification.'],
  ['PCB design and assembly', 'Technique', ['electronics']],
  ['3D printing (FDM)', 'Technique', ['engineering', 'architecture', 'art']],
  ['3D printing (resin SLA)', 'Technique', ['architecture', 'engineering', 'dentistry']],
  ['CNC milling', 'Technique', ['engineering', 'architecture'], 'Programming and running 3-axis CNC milling from CAM toolpaths.'],
  ['Laser cutting', 'Technique', ['architecture', 'art', 'fashion', 'engineering']],
  ['Manual machining (lathe)', 'Technique', ['engineering', 'physics']],
  ['Welding (TIG/MIG)', 'Technique', ['engineering']],
  ['Materials tensile testing', 'Technique', ['engineering']],
  ['Model making', 'Technique', ['architecture']],
  ['Darkroom processing', 'Technique', ['media', 'art'], 'Black-and-white film developing and fibre-based printing.'],
  ['Studio lighting', 'Technique', ['media']],
  ['Location sound recording', 'Technique', ['media', 'music']],
  ['Garment construction', 'Technique', ['fashion'], 'Making garments to industry standard, from toile to finished piece.'],
  ['Pattern cutting', 'Technique', ['fashion']],
  ['Screen printing', 'Technique', ['fashion', 'art']],
  ['Digital textile printing', 'Technique', ['fashion']],
  ['Scanning electron microscope (SEM)', 'Equipment', ['imaging', 'analytical'], 'Imaging and EDS analysis on the faculty SEM.'],
  ['Confocal microscope', 'Equipment', ['imaging', 'bioscience']],
  ['Mass spectrometer (LC-MS)', 'Equipment', ['analytical', 'pharmacy']],
  ['NMR spectrometer', 'Equipment', ['analytical', 'chemistry']],
  ['Flow cytometer', 'Equipment', ['bioscience']],
  ['Gas chromatograph (GC)', 'Equipment', ['analytical', 'chemistry']],
  ['FTIR spectrometer', 'Equipment', ['analytical', 'chemistry', 'pharmacy']],
  ['Autoclave operation', 'Equipment', ['bioscience', 'pharmacy']],
  ['Universal testing machine (Instron)', 'Equipment', ['engineering']],
  ['Oscilloscope and signal analysis', 'Equipment', ['electronics', 'physics']],
  ['Broadcast camera (Sony FX6)', 'Equipment', ['media']],
  ['Audio mixing desk', 'Equipment', ['media', 'music']],
  ['Industrial sewing machines', 'Equipment', ['fashion']],
  ['Knitting machine programming (Shima Seiki)', 'Equipment', ['fashion']],
  ['CAD (SolidWorks)', 'Software', ['engineering', 'architecture']],
  ['Python for data analysis', 'Software', ['analytical', 'bioscience', 'electronics', 'office']],
  ['LabVIEW', 'Software', ['electronics', 'engineering']],
  ['Adobe Premiere', 'Software', ['media']],
  ['Adobe Photoshop', 'Software', ['media', 'art', 'fashion']],
  ['Rhino 3D', 'Software', ['architecture']],
  ['Unity game engine', 'Software', ['media']],
  ['Power BI', 'Software', ['office']],
  ['Chromatography data system (Empower)', 'Software', ['analytical', 'pharmacy']],
  ['Image analysis (Fiji/ImageJ)', 'Software', ['imaging', 'bioscience']],
  ['CLO 3D garment simulation', 'Software', ['fashion']],
  ['COSHH assessment', 'Safety/compliance', [...LABS, 'art', 'fashion', 'engineering'], 'Assessing hazardous substances under the COSHH Regulations 2002.', 3],
  ['Radiation protection supervisor', 'Safety/compliance', ['analytical', 'imaging', 'physics'], 'Appointed RPS under the Ionising Radiations Regulations 2017.', 5],
  ['First aid at work', 'Safety/compliance', 'all', 'HSE-approved First Aid at Work certificate.', 3],
  ['Laser safety', 'Safety/compliance', ['architecture', 'engineering', 'art', 'imaging', 'physics'], 'Class 3B/4 laser safety for supervisors.', 3],
  ['Pressure systems', 'Safety/compliance', ['engineering', 'bioscience', 'pharmacy', 'analytical'], 'Written schemes of examination under PSSR 2000.', 5],
  ['Biological safety (Containment Level 2)', 'Safety/compliance', ['bioscience', 'veterinary'], undefined, 3],
  ['Fire warden', 'Safety/compliance', 'all', undefined, 3],
  ['Abrasive wheels', 'Safety/compliance', ['engineering', 'architecture'], undefined, 3],
  ['Gas cylinder handling', 'Safety/compliance', ['analytical', 'chemistry', 'engineering'], undefined, 3],
  ['Demonstrating in practicals', 'Teaching', [...LABS, ...WORKSHOPS]],
  ['Student induction', 'Teaching', 'all'],
  ['Supporting student projects', 'Teaching', WORKSHOPS],
];

const MANAGEMENT: readonly SkillDefinition[] = [
  { name: 'Line management', category: 'Leadership', areas: 'all', managersOnly: true },
  { name: 'Project management', category: 'Leadership', areas: 'all' },
  { name: 'Budget and procurement', category: 'Leadership', areas: 'all', managersOnly: true },
];

const RETIRED: readonly SkillDefinition[] = [
  { name: '3D printing (Ultimaker)', category: 'Technique', areas: ['engineering', 'architecture'], retired: true, mergedInto: '3D printing (FDM)', description: 'Merged into 3D printing (FDM) when the printer fleet was standardised.' },
  { name: 'Adobe Flash animation', category: 'Software', areas: ['media'], retired: true, description: 'Retired: Flash is no longer taught.' },
];

const toDefinition = ([name, category, areas, description, validityYears]: Def): SkillDefinition => ({ name, category, areas, description, validityYears });

/** The 'demo' catalogue: about seventy skills, two of them retired. */
export function demoSkillCatalogue(): readonly SkillDefinition[] {
  return [...CORE.map(toDefinition), ...MANAGEMENT, ...RETIRED];
}

const LIVERPOOL_EXTRA: readonly Def[] = [
  ['Cryostat operation', 'Equipment', ['physics']],
  ['Vacuum systems', 'Equipment', ['physics', 'engineering']],
  ['Detector assembly', 'Technique', ['physics', 'electronics']],
  ['Optical alignment', 'Technique', ['physics', 'imaging']],
  ['Cleanroom practice', 'Technique', ['physics', 'electronics']],
  ['Wire bonding', 'Technique', ['physics', 'electronics']],
  ['Glassblowing', 'Technique', ['chemistry']],
  ['Schlenk line techniques', 'Technique', ['chemistry']],
  ['X-ray diffractometer', 'Equipment', ['chemistry', 'analytical']],
  ['XPS surface analysis', 'Equipment', ['analytical']],
  ['Liquid-handling robots', 'Equipment', ['chemistry', 'bioscience']],
  ['Field sampling', 'Technique', ['environment', 'archaeology']],
  ['Soil analysis', 'Technique', ['environment']],
  ['ICP-MS', 'Equipment', ['environment', 'analytical']],
  ['GIS (ArcGIS)', 'Software', ['environment', 'archaeology']],
  ['Drone surveying (GVC)', 'Safety/compliance', ['environment', 'archaeology'], 'CAA General VLOS Certificate.', 5],
  ['Boat handling (RYA Powerboat Level 2)', 'Safety/compliance', ['environment'], undefined, 5],
  ['Animal handling (small animals)', 'Technique', ['veterinary']],
  ['Large animal handling', 'Technique', ['veterinary']],
  ['Home Office personal licence (PIL)', 'Safety/compliance', ['veterinary'], 'ASPA personal licence modules.', 5],
  ['Post-mortem assistance', 'Technique', ['veterinary']],
  ['Anaesthesia monitoring', 'Technique', ['veterinary', 'dentistry']],
  ['Specimen preparation and embalming', 'Technique', ['veterinary']],
  ['Containment Level 3 practice', 'Safety/compliance', ['bioscience'], undefined, 1],
  ['Western blotting', 'Technique', ['bioscience']],
  ['Protein purification (FPLC)', 'Technique', ['bioscience']],
  ['Next-generation sequencing library preparation', 'Technique', ['bioscience']],
  ['Bioinformatics pipelines (Nextflow)', 'Software', ['bioscience']],
  ['Cryo-electron microscope', 'Equipment', ['imaging', 'bioscience']],
  ['Transmission electron microscope (TEM)', 'Equipment', ['imaging']],
  ['Dental phantom head maintenance', 'Equipment', ['dentistry']],
  ['Dental casting', 'Technique', ['dentistry']],
  ['Intraoral scanning', 'Equipment', ['dentistry']],
  ['Radiocarbon sample preparation', 'Technique', ['archaeology']],
  ['Osteology', 'Technique', ['archaeology']],
  ['Object conservation', 'Technique', ['archaeology']],
  ['Photogrammetry', 'Technique', ['archaeology', 'architecture']],
  ['Collections documentation', 'Technique', ['archaeology']],
  ['Studio recording (Pro Tools)', 'Software', ['music', 'media']],
  ['Piano tuning', 'Technique', ['music']],
  ['Live sound engineering', 'Technique', ['music', 'media']],
  ['Stage lighting (ETC Eos)', 'Equipment', ['art', 'media']],
  ['Robot arm programming', 'Software', ['electronics', 'engineering']],
  ['High-voltage testing', 'Safety/compliance', ['electronics'], undefined, 3],
  ['Linux server administration', 'Software', ['electronics', 'office']],
  ['Electronic lab notebooks', 'Software', ['bioscience', 'chemistry', 'office']],
  ['Manual handling', 'Safety/compliance', 'all', undefined, 3],
  ['Working at height', 'Safety/compliance', ['engineering', 'art', 'media', 'environment'], undefined, 3],
  ['Mental health first aid', 'Safety/compliance', 'all', undefined, 3],
  ['Coaching and mentoring', 'Leadership', 'all'],
];

/** Variants that turn one piece of equipment or technique into a distinct, rateable skill. */
const VARIANTS: readonly (readonly [category: string, suffix: string])[] = [
  ['Equipment', 'maintenance and calibration'],
  ['Technique', 'method development'],
  ['Equipment', 'training new users'],
  ['Software', 'scripting and automation'],
  ['Technique', 'teaching others'],
  ['Safety/compliance', 'competent person for the area'],
  ['Software', 'supporting users'],
];

/** Exactly this many skills at Liverpool scale. */
export const LIVERPOOL_SKILLS = 300;

/** The Liverpool-scale catalogue: exactly {@link LIVERPOOL_SKILLS} skills. */
export function liverpoolSkillCatalogue(): readonly SkillDefinition[] {
  const base = [...demoSkillCatalogue(), ...LIVERPOOL_EXTRA.map(toDefinition)];
  const out: SkillDefinition[] = [...base];
  const live = base.filter((s) => !s.retired && s.areas !== 'all');
  for (const [category, suffix] of VARIANTS) {
    for (const skill of live) {
      if (out.length >= LIVERPOOL_SKILLS) return out;
      if (skill.category !== category) continue;
      out.push({ name: `${skill.name}: ${suffix}`, category: skill.category, areas: skill.areas });
    }
  }
  if (out.length < LIVERPOOL_SKILLS) throw new RangeError(`skill generator made only ${out.length} skills`);
  return out;
}
