import { useMemo } from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import type { Skill } from '../../../../domain/model';
import { rankPeopleFor } from '../../../../domain/skills/whoCanDo';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import type { Derived } from '../data/useSkillsData';
import { HEAT } from '../matrix/heat';
import { RankedPeopleTable } from '../who/RankedPeopleTable';

const useStyles = makeStyles({
  bars: { display: 'grid', gridTemplateColumns: '180px 1fr 48px', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'center', maxWidth: '640px', margin: `${tokens.spacingVerticalM} 0` },
  bar: { height: '16px', borderRadius: '2px' },
});

/** `#/skills/:skillId`: who has the skill and at what level. */
export function SkillPage() {
  const { skillId = '' } = useParams();
  return <SkillsGate>{(data, derived) => <SkillDetail skill={data.skills.find((s) => s.id === skillId)} data={data} derived={derived} />}</SkillsGate>;
}

function SkillDetail({ skill, data, derived }: { readonly skill?: Skill; readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const ranked = useMemo(() => (skill ? rankPeopleFor(skill.id, derived.effective.values(), data.people, data.units, 0) : []), [skill, derived.effective, data.people, data.units]);
  if (!skill) return <EmptyState title="No such skill" body="It may have been removed from the catalogue. Go back to the matrix to see the current skills." />;
  const counts = [0, 1, 2, 3, 4].map((l) => ranked.filter((r) => r.rating.level === l).length);
  const max = Math.max(1, ...counts);
  const unitName = (id: string): string => data.units.find((u) => u.id === id)?.name ?? id;
  const mergedIn = data.skills.filter((s) => s.mergedIntoId === skill.id);
  const survivor = skill.mergedIntoId && data.skills.find((s) => s.id === skill.mergedIntoId);
  return (
    <>
      <PageHeader eyebrow={<a href="#/skills">Skills matrix</a>} title={skill.name} subtitle={`${skill.category}${skill.retired ? ' · retired' : ''}`} />
      {survivor && (
        <Text as="p">
          Merged into <a href={`#/skills/${survivor.id}`}>{survivor.name}</a>; its ratings are kept here as history.
        </Text>
      )}
      {skill.description && <Text as="p">{skill.description}</Text>}
      {skill.neededByUnitIds.length > 0 && <Text as="p">Needed by: {skill.neededByUnitIds.map(unitName).join(', ')}</Text>}
      {mergedIn.length > 0 && <Text as="p">Also known as: {mergedIn.map((s) => s.name).join(', ')}</Text>}
      <section aria-label="People at each level">
        <div className={styles.bars}>
          {counts.map((n, level) => (
            <div key={level} style={{ display: 'contents' }}>
              <Text>{`${level} · ${data.labels[level]}`}</Text>
              <div className={styles.bar} style={{ width: `${(n / max) * 100}%`, minWidth: n > 0 ? 4 : 0, background: HEAT[Math.max(level, 1)].background }} />
              <Text>{n}</Text>
            </div>
          ))}
        </div>
      </section>
      {ranked.length === 0 ? <Text as="p">Nobody has rated this skill yet.</Text> : <RankedPeopleTable ranked={ranked} labels={data.labels} caption={`People rated in ${skill.name}`} limit={1000} />}
    </>
  );
}
