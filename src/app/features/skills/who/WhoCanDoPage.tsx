import { useMemo, useState } from 'react';
import { Combobox, Field, makeStyles, Option, Select, Text, tokens } from '@fluentui/react-components';
import { useSearchParams } from 'react-router-dom';
import { searchSkills, rankPeopleFor, type SkillMatch } from '../../../../domain/skills/whoCanDo';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import type { Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { RankedPeopleTable } from './RankedPeopleTable';

const useStyles = makeStyles({ controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL } });

/** `#/skills/who?skill=ID`: type a skill, see who can do it, best first. */
export function WhoCanDoPage() {
  return (
    <>
      <SkillsNav />
      <PageHeader title="Who can do…" subtitle="Type a skill or piece of equipment; people are ranked by level, then validated ratings, then the most recent review." />
      <SkillsGate>{(data, derived) => <WhoCanDo data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function optionText(m: SkillMatch): string {
  return m.note ? `${m.skill.name} (${m.note.toLowerCase()})` : `${m.skill.name} · ${m.skill.category}`;
}

function WhoCanDo({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const skillId = params.get('skill') ?? undefined;
  const chosen = data.skills.find((s) => s.id === skillId);
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [minLevel, setMinLevel] = useState(1);
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => searchSkills(data.skills, query, 12), [data.skills, query]);
  const ranked = useMemo(() => (chosen ? rankPeopleFor(chosen.id, derived.effective.values(), data.people, data.units, minLevel) : []), [chosen, derived.effective, data.people, data.units, minLevel]);
  return (
    <>
      <div className={styles.controls}>
        <Field label="Skill">
          <Combobox
            placeholder="e.g. confocal, COSHH, Python"
            value={query}
            freeform
            style={{ minWidth: 320 }}
            open={open && query.trim() !== ''}
            onOpenChange={(_, d) => setOpen(d.open)}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
            }}
            onOptionSelect={(_, d) => {
              setOpen(false);
              if (!d.optionValue) return;
              const m = matches.find((x) => x.target.id === d.optionValue);
              setQuery(m?.target.name ?? d.optionText ?? '');
              setParams({ skill: d.optionValue });
            }}
          >
            {matches.length === 0 && query.trim() !== '' ? (
              <Option value="" text="" disabled>
                No skill matches “{query}”
              </Option>
            ) : (
              matches.map((m) => (
                <Option key={m.target.id} value={m.target.id} text={m.target.name}>
                  {optionText(m)}
                </Option>
              ))
            )}
          </Combobox>
        </Field>
        <Field label="At least">
          <Select value={String(minLevel)} onChange={(_, d) => setMinLevel(Number(d.value))}>
            {[1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>{`${l} · ${data.labels[l]}`}</option>
            ))}
          </Select>
        </Field>
      </div>
      {!chosen ? (
        <EmptyState title="Choose a skill" body="Start typing a skill’s name and pick it from the list. Old names of merged skills work too." />
      ) : ranked.length === 0 ? (
        <EmptyState title={`Nobody is rated ${data.labels[minLevel]} or above in ${chosen.name}`} body="This may be a gap: see the Gaps page for single points of failure and needed skills." />
      ) : (
        <>
          <Text as="p" role="status">
            {ranked.length} {ranked.length === 1 ? 'person' : 'people'} can do <a href={`#/skills/${chosen.id}`}>{chosen.name}</a> at {data.labels[minLevel]} or above.
          </Text>
          <RankedPeopleTable ranked={ranked} labels={data.labels} caption={`Who can do ${chosen.name}`} />
        </>
      )}
    </>
  );
}
