import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { tabPath } from '../../../../domain/links';
import { levelText, type ProficiencyLabels } from '../../../../domain/skills/proficiency';
import type { RankedPerson } from '../../../../domain/skills/whoCanDo';
import { formatDay } from '../../../components/displayDates';

/** People ranked for one skill: level, validation, unit, last review. */
export function RankedPeopleTable({ ranked, labels, caption, limit = 200 }: { readonly ranked: readonly RankedPerson[]; readonly labels: ProficiencyLabels; readonly caption: string; readonly limit?: number }) {
  return (
    <Table size="small" aria-label={caption} data-testid="ranked-people">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: 48 }}>#</TableHeaderCell>
          <TableHeaderCell>Person</TableHeaderCell>
          <TableHeaderCell>Unit</TableHeaderCell>
          <TableHeaderCell>Level</TableHeaderCell>
          <TableHeaderCell>Validated</TableHeaderCell>
          <TableHeaderCell>Last reviewed</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ranked.slice(0, limit).map((r, i) => (
          <TableRow key={r.person.id}>
            <TableCell>{i + 1}</TableCell>
            <TableCell>
              <a href={tabPath({ kind: 'person', id: r.person.id })}>{r.person.name}</a>
            </TableCell>
            <TableCell>{r.unit?.name ?? '—'}</TableCell>
            <TableCell>{levelText(r.rating.level, labels)}</TableCell>
            <TableCell>{r.rating.validated ? <Badge appearance="tint" color="success">Validated {r.rating.validation ? formatDay(r.rating.validation.on) : ''}</Badge> : 'Self-assessed'}</TableCell>
            <TableCell>{r.rating.lastReviewed ? formatDay(r.rating.lastReviewed) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
