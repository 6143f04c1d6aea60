import { useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { Skill } from '../../../../domain/model';
import { likelyDuplicates, retireSkillChange } from '../../../../domain/skills/catalogue';
import { canEditCatalogue, canMergeSkills, canRenameLevels } from '../../../../domain/skills/rights';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import { useActor, useSkillsStore } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { AddSkillForm } from './AddSkillForm';
import { EditSkillDialog } from './EditSkillDialog';
import { MergeDialog } from './MergeDialog';
import { ProficiencyLabelsForm } from './ProficiencyLabelsForm';

/** "its rating is kept" / "its 3 ratings are kept" / "it has no ratings yet". */
export function ratingsKept(n: number): string {
  if (n === 0) return 'it has no ratings yet.';
  return n === 1 ? 'its 1 rating is kept.' : `its ${n.toLocaleString('en-GB')} ratings are kept.`;
}

/** `#/skills/catalogue`: add skills, merge duplicates, retire skills (ratings are always kept). */
export function CataloguePage() {
  return (
    <>
      <SkillsNav />
      <PageHeader title="Skills catalogue" subtitle="Techniques, equipment, software, safety/compliance, teaching and leadership skills." />
      <SkillsGate>{(data) => <Catalogue data={data} />}</SkillsGate>
    </>
  );
}

function Catalogue({ data }: { readonly data: SkillsData }) {
  const actor = useActor();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<Skill | undefined>();
  const mayEdit = canEditCatalogue(actor);
  const merging = canMergeSkills(actor);
  const ratingCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of data.ratings) m.set(r.skillId, (m.get(r.skillId) ?? 0) + 1);
    return m;
  }, [data.ratings]);
  const duplicates = useMemo(() => likelyDuplicates(data.skills), [data.skills]);
  const shown = data.skills.filter((s) => showRetired || !s.retired).sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  const nameOf = (id?: string): string => data.skills.find((s) => s.id === id)?.name ?? '';
  const unitNames = (ids: readonly string[]): string => ids.map((id) => data.units.find((u) => u.id === id)?.name ?? id).join(', ');
  // Long unit lists would make every row several lines tall: two names, then how many more (all in the tooltip).
  const shortUnits = (ids: readonly string[]): string => (ids.length <= 2 ? unitNames(ids) : `${unitNames(ids.slice(0, 2))} and ${ids.length - 2} more`);

  const [retiring, setRetiring] = useState<Skill | undefined>();
  const retire = async (skill: Skill) => {
    setRetiring(undefined);
    try {
      const change = retireSkillChange(skill);
      store.putSkills([await hub.skills.update(change.id, change.changes, change.eTag)]);
      notify.success(`Retired “${skill.name}”`);
    } catch (error) {
      notify.error(error, 'retiring the skill');
    }
  };

  return (
    <>
      {!mayEdit.allowed && (
        <MessageBar intent="info">
          <MessageBarBody>{mayEdit.reason}</MessageBarBody>
        </MessageBar>
      )}
      {canRenameLevels(actor).allowed && <ProficiencyLabelsForm data={data} />}
      {mayEdit.allowed && <AddSkillForm skills={data.skills} />}
      {duplicates.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Likely duplicates: {duplicates.map((g) => g.map((s) => `“${s.name}”`).join(' and ')).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', margin: '12px 0' }}>
        {merging.allowed ? <MergeDialog skills={data.skills} ratings={data.ratings} initial={duplicates[0]} /> : <Text size={200}>{merging.reason}</Text>}
        <Switch label="Show retired skills" checked={showRetired} onChange={(_, d) => setShowRetired(d.checked)} />
      </div>
      <Table size="small" aria-label="Skills catalogue">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Skill</TableHeaderCell>
            <TableHeaderCell>Category</TableHeaderCell>
            <TableHeaderCell>Units</TableHeaderCell>
            <TableHeaderCell>Needed by</TableHeaderCell>
            <TableHeaderCell style={{ width: 80 }}>Ratings</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            {mayEdit.allowed && <TableHeaderCell>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((s) => (
            <TableRow key={s.id}>
              <TableCell>
                <a href={`#/skills/${s.id}`}>{s.name}</a>
              </TableCell>
              <TableCell>{s.category}</TableCell>
              <TableCell title={unitNames(s.unitIds) || undefined}>{s.unitIds.length > 0 ? shortUnits(s.unitIds) : 'All units'}</TableCell>
              <TableCell title={unitNames(s.neededByUnitIds) || undefined}>{shortUnits(s.neededByUnitIds)}</TableCell>
              <TableCell>{ratingCount.get(s.id) ?? 0}</TableCell>
              <TableCell>{s.retired ? (s.mergedIntoId ? `Merged into ${nameOf(s.mergedIntoId)}` : 'Retired') : 'Active'}</TableCell>
              {mayEdit.allowed && (
                <TableCell>
                  {!s.retired && (
                    <span style={{ display: 'inline-flex', gap: 6 }}>
                      <Button size="small" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>
                        Edit
                      </Button>
                      <Button size="small" onClick={() => setRetiring(s)} aria-label={`Retire ${s.name}`}>
                        Retire
                      </Button>
                    </span>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog open={!!retiring} title={`Retire “${retiring?.name ?? ''}”?`} confirmLabel="Retire" onConfirm={() => retiring && void retire(retiring)} onCancel={() => setRetiring(undefined)}>
        It leaves the matrix and search; {ratingsKept(ratingCount.get(retiring?.id ?? '') ?? 0)}
      </ConfirmDialog>
      {editing && <EditSkillDialog key={editing.id} skill={editing} skills={data.skills} units={data.units} onClose={() => setEditing(undefined)} />}
    </>
  );
}
