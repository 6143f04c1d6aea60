/**
 * The units of each demo world. 'demo' is shaped like De Montfort University (three faculties and
 * a core facility); 'liverpool' like a large research-intensive university: 25 units in 3 faculties.
 */
import type { DemoScale, UnitSeed } from './seeds';

/** Areas of technical work; skills and job titles are drawn from a unit's areas. */
export type TechnicalArea =
  | 'bioscience'
  | 'chemistry'
  | 'pharmacy'
  | 'analytical'
  | 'imaging'
  | 'engineering'
  | 'electronics'
  | 'physics'
  | 'environment'
  | 'veterinary'
  | 'dentistry'
  | 'art'
  | 'fashion'
  | 'media'
  | 'architecture'
  | 'archaeology'
  | 'music'
  | 'office';

/** A unit with the technical areas its technicians work in. */
export interface UnitProfile extends UnitSeed {
  readonly areas: readonly TechnicalArea[];
  /** Specialisms that appear in job titles, e.g. "Senior Technician (Mass Spectrometry)". */
  readonly specialisms: readonly string[];
}

export const HLS = 'Faculty of Health and Life Sciences';
export const CEM = 'Faculty of Computing, Engineering and Media';
export const ADH = 'Faculty of Arts, Design and Humanities';
export const TECHNICAL_SERVICES = 'Technical Services Office';

const DEMO_UNITS: readonly UnitProfile[] = [
  { name: HLS, kind: 'Faculty', shortName: 'HLS', areas: ['bioscience', 'pharmacy'], specialisms: ['Faculty Technical Services'] },
  { name: CEM, kind: 'Faculty', shortName: 'CEM', areas: ['engineering', 'media'], specialisms: ['Faculty Technical Services'] },
  { name: ADH, kind: 'Faculty', shortName: 'ADH', areas: ['art', 'fashion', 'architecture'], specialisms: ['Faculty Technical Services'] },
  { name: 'Leicester School of Pharmacy', kind: 'School', faculty: HLS, shortName: 'LSP', areas: ['pharmacy', 'chemistry'], specialisms: ['Pharmaceutics', 'Pharmaceutical Analysis', 'Microbiology'] },
  { name: 'School of Allied Health Sciences', kind: 'School', faculty: HLS, shortName: 'AHS', areas: ['bioscience', 'imaging'], specialisms: ['Biomedical Science', 'Cell Culture', 'Physiology'] },
  { name: 'Analytical Sciences Core Facility', kind: 'Core facility', faculty: HLS, shortName: 'ASCF', areas: ['analytical', 'imaging', 'chemistry'], specialisms: ['Mass Spectrometry', 'Electron Microscopy', 'NMR'] },
  { name: 'School of Engineering and Sustainable Development', kind: 'School', faculty: CEM, shortName: 'ESD', areas: ['engineering', 'electronics'], specialisms: ['Mechanical Workshop', 'Electronics', 'Materials Testing'] },
  { name: 'Leicester Media School', kind: 'School', faculty: CEM, shortName: 'LMS', areas: ['media', 'music'], specialisms: ['Film and Television', 'Audio', 'Photography'] },
  { name: 'Leicester School of Architecture', kind: 'School', faculty: ADH, shortName: 'LSA', areas: ['architecture', 'art'], specialisms: ['Model Making', 'Digital Fabrication'] },
  { name: 'School of Fashion and Textiles', kind: 'School', faculty: ADH, shortName: 'SFT', areas: ['fashion', 'art'], specialisms: ['Garment Construction', 'Print and Dye', 'Knitwear'] },
  { name: TECHNICAL_SERVICES, kind: 'Professional service', shortName: 'TSO', areas: ['office'], specialisms: ['Technical Services'] },
];

export const LIV_SE = 'Faculty of Science and Engineering';
export const LIV_HLS = 'Faculty of Health and Life Sciences';
export const LIV_HSS = 'Faculty of Humanities and Social Sciences';

const LIVERPOOL_UNITS: readonly UnitProfile[] = [
  { name: LIV_SE, kind: 'Faculty', shortName: 'S&E', areas: ['engineering', 'chemistry'], specialisms: ['Faculty Technical Services'] },
  { name: LIV_HLS, kind: 'Faculty', shortName: 'HLS', areas: ['bioscience'], specialisms: ['Faculty Technical Services'] },
  { name: LIV_HSS, kind: 'Faculty', shortName: 'HSS', areas: ['art', 'media'], specialisms: ['Faculty Technical Services'] },
  { name: 'School of Engineering', kind: 'School', faculty: LIV_SE, shortName: 'ENG', areas: ['engineering', 'electronics'], specialisms: ['Mechanical Workshop', 'Aerospace', 'Materials Testing', 'Civil Engineering Laboratories'] },
  { name: 'Department of Chemistry', kind: 'Department', faculty: LIV_SE, shortName: 'CHEM', areas: ['chemistry', 'analytical'], specialisms: ['Synthetic Chemistry', 'Mass Spectrometry', 'Glassblowing', 'Teaching Laboratories'] },
  { name: 'Department of Physics', kind: 'Department', faculty: LIV_SE, shortName: 'PHYS', areas: ['physics', 'electronics', 'engineering'], specialisms: ['Cryogenics', 'Detector Development', 'Mechanical Workshop', 'Electronics'] },
  { name: 'School of Environmental Sciences', kind: 'School', faculty: LIV_SE, shortName: 'ENVS', areas: ['environment', 'analytical'], specialisms: ['Fieldwork', 'Geochemistry', 'Soil Science', 'Cartography'] },
  { name: 'School of Electrical Engineering, Electronics and Computer Science', kind: 'School', faculty: LIV_SE, shortName: 'EEECS', areas: ['electronics', 'engineering'], specialisms: ['Electronics', 'Robotics', 'High Voltage', 'Computing Infrastructure'] },
  { name: 'Materials Innovation Factory', kind: 'Core facility', faculty: LIV_SE, shortName: 'MIF', areas: ['chemistry', 'analytical', 'imaging'], specialisms: ['Automated Chemistry', 'X-ray Diffraction', 'Surface Analysis'] },
  { name: 'Central Teaching Laboratories', kind: 'Core facility', faculty: LIV_SE, shortName: 'CTL', areas: ['chemistry', 'physics', 'bioscience', 'environment'], specialisms: ['Teaching Laboratories', 'Chemistry Teaching', 'Physics Teaching'] },
  { name: 'Institute of Systems, Molecular and Integrative Biology', kind: 'Department', faculty: LIV_HLS, shortName: 'ISMIB', areas: ['bioscience', 'analytical'], specialisms: ['Molecular Biology', 'Protein Production', 'Structural Biology', 'Cell Culture'] },
  { name: 'Institute of Infection, Veterinary and Ecological Sciences', kind: 'Department', faculty: LIV_HLS, shortName: 'IVES', areas: ['bioscience', 'veterinary', 'environment'], specialisms: ['Containment Level 3', 'Microbiology', 'Ecology', 'Parasitology'] },
  { name: 'Institute of Life Course and Medical Sciences', kind: 'Department', faculty: LIV_HLS, shortName: 'ILCaMS', areas: ['bioscience', 'imaging'], specialisms: ['Histology', 'Cell Culture', 'Musculoskeletal Biology'] },
  { name: 'Institute of Population Health', kind: 'Department', faculty: LIV_HLS, shortName: 'IPH', areas: ['bioscience', 'office'], specialisms: ['Clinical Trials Laboratory', 'Research Data'] },
  { name: 'School of Veterinary Science', kind: 'School', faculty: LIV_HLS, shortName: 'VET', areas: ['veterinary', 'bioscience'], specialisms: ['Veterinary Anatomy', 'Clinical Skills', 'Farm Animal Practice'] },
  { name: 'School of Dentistry', kind: 'School', faculty: LIV_HLS, shortName: 'DENT', areas: ['dentistry', 'bioscience'], specialisms: ['Dental Technology', 'Clinical Skills', 'Oral Biology'] },
  { name: 'Centre for Cell Imaging', kind: 'Core facility', faculty: LIV_HLS, shortName: 'CCI', areas: ['imaging', 'bioscience'], specialisms: ['Light Microscopy', 'Electron Microscopy', 'Image Analysis'] },
  { name: 'Biomedical Services Unit', kind: 'Core facility', faculty: LIV_HLS, shortName: 'BSU', areas: ['veterinary', 'bioscience'], specialisms: ['Animal Technology', 'Husbandry', 'Named Animal Care and Welfare'] },
  { name: 'Centre for Genomic Research', kind: 'Core facility', faculty: LIV_HLS, shortName: 'CGR', areas: ['bioscience', 'analytical'], specialisms: ['Sequencing', 'Bioinformatics', 'Library Preparation'] },
  { name: 'School of the Arts', kind: 'School', faculty: LIV_HSS, shortName: 'SOTA', areas: ['art', 'media', 'music'], specialisms: ['Drama and Performance', 'Fine Art Studios', 'Audio-Visual'] },
  { name: 'Liverpool School of Architecture', kind: 'School', faculty: LIV_HSS, shortName: 'LSA', areas: ['architecture', 'art'], specialisms: ['Model Making', 'Digital Fabrication', 'Environmental Design Laboratory'] },
  { name: 'Department of Archaeology, Classics and Egyptology', kind: 'Department', faculty: LIV_HSS, shortName: 'ACE', areas: ['archaeology', 'imaging'], specialisms: ['Archaeological Science', 'Collections', 'Conservation'] },
  { name: 'Department of Music', kind: 'Department', faculty: LIV_HSS, shortName: 'MUS', areas: ['music', 'media'], specialisms: ['Recording Studios', 'Instrument Care', 'Music Technology'] },
  { name: 'Department of Communication and Media', kind: 'Department', faculty: LIV_HSS, shortName: 'CAM', areas: ['media'], specialisms: ['Broadcast Studio', 'Photography', 'Media Production'] },
  { name: TECHNICAL_SERVICES, kind: 'Professional service', shortName: 'TSO', areas: ['office'], specialisms: ['Technical Services'] },
];

/** The units of a demo world, faculties first. */
export function unitProfiles(scale: DemoScale): readonly UnitProfile[] {
  return scale === 'demo' ? DEMO_UNITS : LIVERPOOL_UNITS;
}

/** Units as seeds (without the generator's area hints). */
export function unitSeeds(scale: DemoScale): UnitSeed[] {
  return unitProfiles(scale).map(({ name, kind, faculty, shortName }) => ({ name, kind, faculty, shortName }));
}
