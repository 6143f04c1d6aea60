import { useMemo, useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Select, Text, ProgressBar } from '@fluentui/react-components';
import type { SkillId } from '../../../../domain/ids';
import type { Skill, SkillRating } from '../../../../domain/model';
import { planSkillMerge, type MergePlan } from '../../../../domain/skills/catalogue';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { useSkillsStore } from '../data/useSkillsData';

/**
 * Merge duplicates into one skill: shows the plan (how many ratings move or improve, how many stay
 * on the retired duplicate) before writing. Writes go rating by rating, then the duplicates are
 * retired last, so an interrupted merge leaves every rating readable and can simply be run again.
 */
export function MergeDialog({ skills, ratings, initial }: { readonly skills: readonly Skill[]; readonly ratings: readonly SkillRating[]; readonly initial?: readonly Skill[] }) {
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const active = useMemo(() => skills.filter((s) => !s.retired).sort((a, b) => a.name.localeCompare(b.name)), [skills]);
  const [open, setOpen] = useState(false);
  const [survivor, setSurvivor] = useState<string>(initial?.[0]?.id ?? '');
  const [dupes, setDupes] = useState<ReadonlySet<string>>(new Set(initial?.slice(1).map((s) => s.id)));
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState<unknown>();
  let plan: MergePlan | undefined;
  let planError: unknown;
  try {
    plan = survivor && dupes.size > 0 ? planSkillMerge(survivor as SkillId, [...dupes] as SkillId[], skills, ratings) : undefined;
  } catch (e) {
    planError = e;
  }
  const candidates = active.filter((s) => s.id !== survivor);
  const run = async () => {
    if (!plan) return;
    setError(undefined);
    const total = plan.ratingUpdates.length + plan.skillUpdates.length;
    let done = 0;
    try {
      const savedRatings: SkillRating[] = [];
      for (const u of plan.ratingUpdates) {
        savedRatings.push(await hub.ratings.update(u.id, u.changes, u.eTag));
        setProgress(++done / total);
      }
      store.putRatings(savedRatings);
      const savedSkills: Skill[] = [];
      for (const u of plan.skillUpdates) {
        savedSkills.push(await hub.skills.update(u.id, u.changes, u.eTag));
        setProgress(++done / total);
      }
      store.putSkills(savedSkills);
      notify.success('Skills merged', plan.summary);
      setOpen(false);
    } catch (e) {
      setError(e);
      store.reload();
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>Merge duplicates…</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Merge duplicate skills</DialogTitle>
          <DialogContent>
            <Field label="Keep this skill">
              <Select value={survivor} onChange={(_, d) => setSurvivor(d.value)}>
                <option value="">Choose…</option>
                {active.map((s) => (
                  <option key={s.id} value={s.id}>{`${s.name} (${s.category})`}</option>
                ))}
              </Select>
            </Field>
            <Text as="p" block style={{ marginTop: 12 }}>
              Merge into it (their ratings move; the higher or more recent rating of each person is kept):
            </Text>
            <div style={{ maxHeight: 220, overflow: 'auto' }}>
              {candidates.map((s) => (
                <div key={s.id}>
                  <Checkbox
                    label={`${s.name} (${s.category})`}
                    checked={dupes.has(s.id)}
                    onChange={(_, d) => {
                      const next = new Set(dupes);
                      if (d.checked) next.add(s.id);
                      else next.delete(s.id);
                      setDupes(next);
                    }}
                  />
                </div>
              ))}
            </div>
            {plan && <Text as="p" role="status">{plan.summary}</Text>}
            {planError !== undefined && <ErrorMessage error={planError} doing="planning the merge" />}
            {progress !== undefined && <ProgressBar value={progress} aria-label="Merging" />}
            {error !== undefined && <ErrorMessage error={error} doing="merging the skills" />}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={!plan || progress !== undefined} onClick={run}>
              Merge
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
