import { useMemo, useState } from 'react';
import { Badge, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { coverage } from '../../../../domain/skills/coverage';
import { findGaps, type GapFinding, type GapKind } from '../../../../domain/skills/gaps';
import { PageHeader } from '../../../components/PageHeader';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import type { Derived } from '../data/useSkillsData';
import { HEAT } from '../matrix/heat';
import { SkillsNav } from '../SkillsNav';
import { CoverageBars } from './CoverageBars';
import { LeavingWithinField } from './LeavingWithinField';
import { useSiteTimeZone } from '../../../services/session';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalXXL },
  finding: { padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
});

const SEVERITY = {
  high: { label: 'High', color: 'danger' },
  medium: { label: 'Medium', color: 'warning' },
  low: { label: 'Low', color: 'informative' },
} as const;

const KIND_TITLES: Record<GapKind, string> = {
  noExpert: 'No expert at all',
  singleExpert: 'Single points of failure',
  expertsLeaving: 'Experts expected to leave',
  unitNeedsSkill: 'Units without a skill they need',
};

/** `#/skills/gaps`: findings with their why, and coverage by category and unit. */
export function GapsPage() {
  return (
    <>
      <SkillsNav />
      <PageHeader title="Gaps and succession" subtitle="Where the network depends on too few people, and where units lack skills they need." />
      <SkillsGate>{(data, derived) => <Gaps data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function Gaps({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const [months, setMonths] = useState(12);
  const [validatedOnly, setValidatedOnly] = useState(false);
  const timeZone = useSiteTimeZone();
  const findings = useMemo(
    () => findGaps({ skills: data.skills, people: data.people, units: data.units, ratings: derived.effective.values() }, { now: new Date(), timeZone, labels: data.labels, leavingWithinMonths: months, validatedOnly }),
    [data, derived.effective, months, validatedOnly, timeZone],
  );
  const cover = useMemo(() => coverage({ skills: data.skills, people: data.people, units: data.units, ratings: derived.effective.values() }), [data, derived.effective]);
  const skillName = useMemo(() => new Map(data.skills.map((s) => [s.id as string, s.name])), [data.skills]);
  const byKind = (kind: GapKind): GapFinding[] => findings.filter((f) => f.kind === kind);
  return (
    <>
      <div className={styles.controls}>
        <LeavingWithinField months={months} onChange={setMonths} />
        <Switch label="Count validated ratings only" checked={validatedOnly} onChange={(_, d) => setValidatedOnly(d.checked)} />
        <Text role="status">{findings.length} findings</Text>
      </div>
      <div className={styles.columns}>
        <div>
          {(['expertsLeaving', 'singleExpert', 'unitNeedsSkill', 'noExpert'] as const).map((kind) => {
            const list = byKind(kind);
            return (
              <section key={kind} aria-label={KIND_TITLES[kind]} style={{ marginBottom: 24 }}>
                <Text as="h2" block size={500} weight="semibold">
                  {KIND_TITLES[kind]} ({list.length})
                </Text>
                {list.length === 0 ? (
                  <Text as="p">None found.</Text>
                ) : (
                  <ul className={styles.list}>
                    {list.slice(0, 100).map((f) => (
                      <li key={`${f.kind}${f.skillId}${f.unitId ?? ''}`} className={styles.finding}>
                        <Badge color={SEVERITY[f.severity].color} appearance="tint" style={{ flexShrink: 0, minWidth: 64 }}>
                          {SEVERITY[f.severity].label}
                        </Badge>
                        <span>
                          <a href={`#/skills/${f.skillId}`}>{skillName.get(f.skillId)}</a>: {f.why}
                        </span>
                      </li>
                    ))}
                    {list.length > 100 && <li>… and {list.length - 100} more.</li>}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
        <div>
          <Text as="h2" block size={500} weight="semibold">
            Coverage by category
          </Text>
          <Text as="p" size={200}>
            Skills practised by someone (Practitioner or above), and — darker — held by two or more experts.
          </Text>
          <CoverageBars
            caption="Coverage by category"
            bars={cover.byCategory.map((c) => ({
              label: c.category,
              total: c.skills,
              parts: [
                { name: 'practised', value: c.practised, color: HEAT[2].background },
                { name: 'with two or more experts', value: c.resilient, color: HEAT[3].background },
              ],
            }))}
          />
          <Text as="h2" block size={500} weight="semibold" style={{ display: 'block', marginTop: 24 }}>
            Needed skills covered, by unit
          </Text>
          <CoverageBars
            caption="Needed skills covered by unit"
            bars={cover.byUnit
              .filter((u) => u.skillsNeeded > 0)
              .map((u) => ({ label: u.unit, total: u.skillsNeeded, parts: [{ name: 'needed skills covered', value: u.neededCovered, color: HEAT[3].background }] }))}
          />
        </div>
      </div>
    </>
  );
}
