import { useMemo } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Tag, Text } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import { tabPath } from '../../../../domain/links';
import type { Person, Skill } from '../../../../domain/model';
import { cellKey, type EffectiveRating } from '../../../../domain/skills/effective';
import { canRate, canSetExpectedLeaving, canValidate, isLineManagerOf, isSelf, othersRatingsRefusal } from '../../../../domain/skills/rights';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../services/session';
import { SkillsGate } from '../data/SkillsGate';
import { SkillsNav } from '../SkillsNav';
import type { SkillsData } from '../data/skillsStore';
import { useActor, type Derived } from '../data/useSkillsData';
import { AddOwnSkill } from './AddOwnSkill';
import { ExpectedLeaving } from './ExpectedLeaving';
import { PersonRatingsTable } from './PersonRatingsTable';
import { useRatingActions } from './useRatingActions';

/** `#/people/:personId`: a person's skills, what they want to develop; rate your own, validate your team's. */
export function PersonProfilePage() {
  const params = useParams();
  const personId = params.personId ?? params['*']?.split('/')[0] ?? '';
  return (
    <>
      <SkillsNav />
      <SkillsGate>{(data, derived) => <Profile personId={personId} data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function Profile({ personId, data, derived }: { readonly personId: string; readonly data: SkillsData; readonly derived: Derived }) {
  const person = derived.personById.get(personId);
  if (!person) return <EmptyState title="No such person" body="They may have been removed from the People list. Go back to the matrix to see who is there now." />;
  return <ProfileOf person={person} data={data} derived={derived} />;
}

function ProfileOf({ person, data, derived }: { readonly person: Person; readonly data: SkillsData; readonly derived: Derived }) {
  const session = useSession();
  const actor = useActor();
  const leaving = canSetExpectedLeaving(actor, person, data.people);
  const { rate, validate, setExpectedLeaving, refusal, dismiss, busy } = useRatingActions(person, data, derived);
  const self = isSelf(actor, person);
  const mayRate = canRate(actor, person, data.people).allowed;
  const mayValidate = canValidate(actor, person, data.people).allowed;
  const manager = person.lineManagerId ? derived.personById.get(person.lineManagerId) : undefined;
  const unit = data.units.find((u) => u.id === person.unitId);
  const byEmail = useMemo(() => new Map(data.people.map((p) => [p.email.toLowerCase(), p.name])), [data.people]);
  const nameOf = (email?: string): string => (email && byEmail.get(email.toLowerCase())) || email || 'their manager';

  const rows = useMemo(() => {
    const out: { skill: Skill; rating: EffectiveRating }[] = [];
    for (const skill of derived.matrix.skills) {
      const rating = derived.effective.get(cellKey(person.id, skill.id));
      if (rating) out.push({ skill, rating });
    }
    return out;
  }, [derived, person.id]);
  const wants = rows.filter((r) => r.rating.wantsToDevelop);

  return (
    <>
      <PageHeader
        eyebrow={<a href="#/skills">Skills matrix</a>}
        title={person.name}
        subtitle={[person.jobTitle, person.role && !person.jobTitle?.toLowerCase().includes(person.role.toLowerCase()) ? person.role : undefined, unit?.name].filter(Boolean).join(' · ') || undefined}
      />
      <Text as="p">
        Email: <a href={`mailto:${person.email}`}>{person.email}</a>
        {manager && (
          <>
            {' · '}Line manager: <a href={tabPath({ kind: 'person', id: manager.id })}>{manager.name}</a>
          </>
        )}
      </Text>
      {refusal && (
        <MessageBar intent="error" role="alert" layout="multiline" data-testid="rating-refusal">
          <MessageBarBody>
            <MessageBarTitle>{refusal.title}</MessageBarTitle>
            {refusal.body}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={dismiss}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!self && !mayValidate && session.role !== 'visitor' && (
        <MessageBar intent="info" data-testid="rights-note">
          <MessageBarBody>{othersRatingsRefusal(person, data.people)}</MessageBarBody>
        </MessageBar>
      )}
      {mayValidate && (
        <MessageBar intent="info">
          <MessageBarBody>You are {person.name}’s line manager: validate their ratings below.</MessageBarBody>
        </MessageBar>
      )}
      {isLineManagerOf(actor, person) &&
        (leaving.allowed ? (
          <ExpectedLeaving key={`${person.eTag}|${person.expectedLeavingDate ?? ''}`} person={person} onSave={setExpectedLeaving} />
        ) : (
          <MessageBar intent="info" data-testid="leaving-note">
            <MessageBarBody>{leaving.reason}</MessageBarBody>
          </MessageBar>
        ))}
      <section aria-label="Wants to develop" style={{ marginTop: 16 }}>
        <Text as="h2" block weight="semibold" size={500}>
          {self ? 'Skills you want to develop' : 'Wants to develop'}
        </Text>
        {wants.length === 0 ? (
          <Text as="p">{self ? 'Tick “want to develop” next to a skill to add it here.' : 'Nothing noted yet.'}</Text>
        ) : (
          <ul aria-label="Skills to develop" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0 }}>
            {wants.map((w) => (
              <li key={w.skill.id}>
                <Tag appearance="brand">{w.skill.name}</Tag>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Skills" style={{ marginTop: 16 }}>
        <Text as="h2" block weight="semibold" size={500}>
          {self ? 'Your skills' : 'Skills'} ({rows.length})
        </Text>
        {mayRate && <AddOwnSkill skills={data.skills} rated={new Set(rows.map((r) => r.skill.id as string))} labels={data.labels} busy={busy !== undefined} onAdd={(skillId, level) => rate(skillId, { level })} />}
        {rows.length === 0 ? (
          <Text as="p">No ratings yet.</Text>
        ) : (
          <PersonRatingsTable
            person={person}
            rows={rows}
            labels={data.labels}
            nameOf={nameOf}
            busy={busy}
            onRate={mayRate ? (skillId, level, wantsToDevelop) => rate(skillId, { level, wantsToDevelop }) : undefined}
            onCertificate={mayRate ? (skillId, level, expiry) => rate(skillId, { level, certificateExpiry: expiry }) : undefined}
            onValidate={mayValidate ? (skillId, level) => validate(skillId, level) : undefined}
          />
        )}
      </section>
    </>
  );
}
