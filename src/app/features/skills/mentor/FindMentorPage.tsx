import { useMemo, useState } from 'react';
import { Badge, Card, Field, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useSearchParams } from 'react-router-dom';
import type { SkillId } from '../../../../domain/ids';
import type { Person } from '../../../../domain/model';
import { mentorFinder, type MentorFinder } from '../../../../domain/skills/mentoring';
import { trainingNeeds } from '../../../../domain/skills/trainingNeeds';
import { PageHeader } from '../../../components/PageHeader';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import { useActor, type Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { SkillPicker } from '../targets/SkillPicker';
import { useTargets } from '../targets/useTargets';
import { useSiteTimeZone } from '../../../services/session';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', marginBottom: tokens.spacingVerticalXL },
  mentors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  mentor: { marginBottom: tokens.spacingVerticalXS },
  controls: { marginBottom: tokens.spacingVerticalL },
});

const CLOSENESS = { sameUnit: 'Your unit', sameFaculty: 'Your faculty', elsewhere: 'Elsewhere' } as const;

/** `#/skills/mentor[?person=ID]`: for each skill a technician needs or wants to develop, who could train them, nearest first. */
export function FindMentorPage() {
  return (
    <>
      <SkillsNav />
      <PageHeader title="Find a mentor" subtitle="People validated at the top level (“can train others”) in the skills you need or want to develop — your own unit first." />
      <SkillsGate>{(data, derived) => <FindMentor data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function MentorList({ find, learner, skillId, data }: { readonly find: MentorFinder; readonly learner: Person; readonly skillId: SkillId; readonly data: SkillsData }) {
  const styles = useStyles();
  const matches = find(learner, skillId).slice(0, 5);
  if (matches.length === 0) return <Text as="p">Nobody is validated at {data.labels[4]} in it yet; ask your line manager about a course.</Text>;
  return (
    <ol className={styles.mentors} aria-label="Mentors">
      {matches.map((m) => (
        <li key={m.mentor.id} className={styles.mentor}>
          <a href={`#/people/${m.mentor.id}`}>{m.mentor.name}</a> <Badge appearance="outline" size="small">{CLOSENESS[m.closeness]}</Badge>
          <Text as="p" block size={200}>
            {m.why}
          </Text>
        </li>
      ))}
    </ol>
  );
}

function FindMentor({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const actor = useActor();
  const [params] = useSearchParams();
  const learner = data.people.find((p) => p.id === params.get('person')) ?? data.people.find((p) => p.id === actor.person?.id) ?? data.people.find((p) => p.email.toLowerCase() === actor.upn.toLowerCase());
  const [other, setOther] = useState<SkillId | undefined>();
  const { evaluations } = useTargets(data, derived, 12);
  const timeZone = useSiteTimeZone();
  const find = useMemo(() => mentorFinder({ people: data.people, units: data.units, ratings: derived.effective.values() }, { now: new Date(), timeZone, labels: data.labels }), [data, derived.effective, timeZone]);
  const needs = useMemo(
    () => (learner ? trainingNeeds({ evaluations, skills: data.skills, people: data.people, units: data.units, ratings: derived.effective }, data.labels, [learner]) : []),
    [learner, evaluations, data, derived.effective],
  );
  const skillName = useMemo(() => new Map(data.skills.map((s) => [s.id as string, s.name])), [data.skills]);
  if (!learner) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>You are not in the People list yet, so there is nothing to match; ask a team owner to add you.</MessageBarBody>
      </MessageBar>
    );
  }
  const self = learner.id === actor.person?.id || learner.email.toLowerCase() === actor.upn.toLowerCase();
  return (
    <>
      {!self && <Text as="p" block>Matches for {learner.name}.</Text>}
      <Text as="h2" block size={500} weight="semibold">
        {self ? 'Your training needs and wishes' : `${learner.name}’s training needs and wishes`}
      </Text>
      {needs.length === 0 ? (
        <Text as="p" block>
          No target asks for more than {self ? 'you hold' : 'they hold'}, and no skill is marked “wants to develop”. Mark one on {self ? 'your' : 'their'} <a href={`#/people/${learner.id}`}>skills profile</a>, or look up any skill below.
        </Text>
      ) : (
        <div className={styles.list}>
          {needs.map((n) => (
            <Card key={n.skillId} aria-label={skillName.get(n.skillId)}>
              <Text weight="semibold" size={400}>
                {skillName.get(n.skillId)}
              </Text>
              <Text size={200}>{n.why}</Text>
              <MentorList find={find} learner={learner} skillId={n.skillId} data={data} />
            </Card>
          ))}
        </div>
      )}
      <Text as="h2" block size={500} weight="semibold">
        Any other skill
      </Text>
      <div className={styles.controls}>
        <Field label="Skill to learn">
          <SkillPicker skills={data.skills} value={other} onChange={setOther} />
        </Field>
      </div>
      {other && (
        <section aria-label={`Mentors in ${skillName.get(other)}`}>
          <MentorList find={find} learner={learner} skillId={other} data={data} />
        </section>
      )}
    </>
  );
}
