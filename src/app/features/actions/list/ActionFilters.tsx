import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { ActionFilter, GroupBy } from '../../../../domain/actions/actionViews';
import { NO_THEME } from '../../../../domain/actions/selfAssessment';
import type { PersonId } from '../../../../domain/ids';
import { RAG_STATUSES, type RagStatus } from '../../../../domain/vocabulary';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  narrow: { minWidth: '9rem' },
});

const GROUPS: readonly [GroupBy, string][] = [
  ['none', 'No grouping'],
  ['theme', 'Theme'],
  ['status', 'Status'],
  ['owner', 'Owner'],
  ['talentRef', 'TALENT reference'],
  ['year', 'Target year'],
  ['phase', 'Phase / timeframe'],
];

export interface ActionFiltersProps {
  readonly filter: ActionFilter;
  readonly onFilter: (filter: ActionFilter) => void;
  readonly groupBy?: GroupBy;
  readonly onGroupBy?: (groupBy: GroupBy) => void;
  readonly choices: { themes: readonly string[]; talentRefs: readonly string[]; years: readonly string[]; owners: readonly { id: PersonId; name: string }[] };
  /** The plan's own words for each status. */
  readonly statusLabel: (status: RagStatus) => string;
}

const ALL = '';

/** The filter bar above the table and board: words, theme, status, owner, TALENT reference, year, grouping. */
export function ActionFilters({ filter, onFilter, groupBy, onGroupBy, choices, statusLabel }: ActionFiltersProps) {
  const styles = useStyles();
  const one = <T extends string>(value: T | undefined, all: string, label: (v: T) => string = String) => (value ? label(value) : all);
  return (
    <div className={styles.root} role="search" aria-label="Filter actions">
      <Field label="Find">
        <Input contentBefore={<SearchRegular />} placeholder="Reference, words, owner…" value={filter.text ?? ''} onChange={(_, d) => onFilter({ ...filter, text: d.value })} />
      </Field>
      <Field label="Theme">
        <Dropdown
          className={styles.narrow}
          value={one(filter.themes?.[0], 'All themes')}
          selectedOptions={[filter.themes?.[0] ?? ALL]}
          onOptionSelect={(_, d) => onFilter({ ...filter, themes: d.optionValue ? [d.optionValue] : undefined })}
        >
          <Option value={ALL}>All themes</Option>
          {[...choices.themes, NO_THEME].map((t) => (
            <Option key={t} value={t}>
              {t}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Status">
        <Dropdown
          className={styles.narrow}
          multiselect
          value={filter.statuses?.length ? filter.statuses.map(statusLabel).join(', ') : 'All statuses'}
          selectedOptions={[...(filter.statuses ?? [])]}
          onOptionSelect={(_, d) => onFilter({ ...filter, statuses: d.selectedOptions as RagStatus[] })}
        >
          {RAG_STATUSES.map((s) => (
            <Option key={s} value={s}>
              {statusLabel(s)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Owner">
        <Dropdown
          className={styles.narrow}
          value={filter.ownerId ? (choices.owners.find((o) => o.id === filter.ownerId)?.name ?? '') : 'Anyone'}
          selectedOptions={[filter.ownerId ?? ALL]}
          onOptionSelect={(_, d) => onFilter({ ...filter, ownerId: (d.optionValue || undefined) as PersonId | undefined })}
        >
          <Option value={ALL}>Anyone</Option>
          {choices.owners.map((o) => (
            <Option key={o.id} value={o.id}>
              {o.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="TALENT">
        <Dropdown
          className={styles.narrow}
          value={one(filter.talentRef, 'Any')}
          selectedOptions={[filter.talentRef ?? ALL]}
          onOptionSelect={(_, d) => onFilter({ ...filter, talentRef: d.optionValue || undefined })}
        >
          <Option value={ALL}>Any</Option>
          {choices.talentRefs.map((r) => (
            <Option key={r} value={r}>
              {r}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Year">
        <Dropdown
          className={styles.narrow}
          value={one(filter.year, 'Any year')}
          selectedOptions={[filter.year ?? ALL]}
          onOptionSelect={(_, d) => onFilter({ ...filter, year: d.optionValue || undefined })}
        >
          <Option value={ALL}>Any year</Option>
          {choices.years.map((y) => (
            <Option key={y} value={y}>
              {y}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {groupBy && onGroupBy && (
        <Field label="Group by">
          <Dropdown
            className={styles.narrow}
            value={GROUPS.find(([g]) => g === groupBy)?.[1] ?? ''}
            selectedOptions={[groupBy]}
            onOptionSelect={(_, d) => onGroupBy((d.optionValue as GroupBy) ?? 'none')}
          >
            {GROUPS.map(([g, label]) => (
              <Option key={g} value={g}>
                {label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}
