import { Badge, Button, Dropdown, Option, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { groupIssues } from '../../../../domain/actions/import/errorReport';
import type { ImportPreview, PreviewRow } from '../../../../domain/actions/import/importPreview';
import type { FieldIssue } from '../../../../domain/errors';

const useStyles = makeStyles({
  issues: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  scroll: { maxHeight: '28rem', overflowY: 'auto' },
});

/** Problems listed one by one; the rest are counted in their groups and in the downloadable report. */
const SHOWN = 200;

const issueLine = (i: FieldIssue) => `Row ${i.row} · ${i.field}: ${i.message}`;

function Outcome({ row }: { readonly row: PreviewRow }) {
  switch (row.outcome) {
    case 'create':
      return <Badge color="success" appearance="tint">New</Badge>;
    case 'update':
      return <Badge color="warning" appearance="tint">Update: {row.changedFields.join(', ')}</Badge>;
    case 'unchanged':
      return <Badge color="informative" appearance="tint">Already there, skipped</Badge>;
    case 'heading':
      return <Badge color="brand" appearance="tint">Theme heading</Badge>;
    case 'invalid':
      return <Badge color="danger" appearance="filled">Error</Badge>;
  }
}

export interface PreviewStepProps {
  readonly preview: ImportPreview;
  /** The plan's themes (Commitment first), offered for each theme word of the file. */
  readonly themes: readonly string[];
  /** The person maps a theme word of the file onto other themes. */
  readonly onThemeChange: (word: string, themes: readonly string[]) => void;
  /** Saves every problem as a CSV report. */
  readonly onDownloadErrors?: () => void;
}

/** Each theme word of the file, how many actions use it, and the themes it will be stored as (changeable). */
function ThemeWords({ preview, themes, onThemeChange }: PreviewStepProps) {
  if (preview.themeWords.length === 0) return null;
  return (
    <Table size="small" aria-label="Themes in your file">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Theme in your file</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
          <TableHeaderCell>Stored as</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {preview.themeWords.map((w) => {
          const options = [...themes, ...(themes.includes(w.word) ? [] : [w.word])];
          const label = (t: string) => (themes.includes(t) ? t : `New plan theme “${t}”`);
          return (
            <TableRow key={w.word}>
              <TableCell>{w.word}</TableCell>
              <TableCell>{w.actions}</TableCell>
              <TableCell>
                <Dropdown
                  multiselect
                  aria-label={`Themes for “${w.word}”`}
                  value={w.themes.map(label).join(', ')}
                  selectedOptions={[...w.themes]}
                  onOptionSelect={(_, d) => d.selectedOptions.length > 0 && onThemeChange(w.word, d.selectedOptions)}
                >
                  {options.map((t) => (
                    <Option key={t} value={t}>
                      {label(t)}
                    </Option>
                  ))}
                </Dropdown>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** What the import will do, row by row; every error names the row and the file's own column. */
export function PreviewStep(props: PreviewStepProps) {
  const { preview } = props;
  const styles = useStyles();
  const { counts } = preview;
  const warnings = preview.rows.flatMap((r) => r.warnings);
  return (
    <>
      <Text as="p" role="status">
        {counts.create} new, {counts.update} to update, {counts.unchanged} already there (skipped), {counts.heading} theme headings
        {counts.invalid > 0 ? `, ${counts.invalid} with errors` : ''}.
        {preview.newThemes.length > 0 && ` New plan themes: ${preview.newThemes.join(', ')}.`}
        {preview.notAssessed > 0 && ` ${preview.notAssessed} without a status: imported as “Not yet assessed”, not as a colour.`}
        {preview.numberedByHub > 0 && ` ${preview.numberedByHub} without a reference in the file: the hub numbers them (V1, CD2…); change any on its action page.`}
      </Text>
      {preview.errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing will be imported until these are fixed</MessageBarTitle>
            Correct them in your file and choose it again, or change the column mapping. {preview.errors.length} {preview.errors.length === 1 ? 'problem' : 'problems'} in{' '}
            {preview.counts.invalid} {preview.counts.invalid === 1 ? 'row' : 'rows'}
            {props.onDownloadErrors && (
              <>
                {' '}
                <Button size="small" appearance="secondary" onClick={props.onDownloadErrors}>
                  Download the error report (CSV)
                </Button>
              </>
            )}
            <ul className={styles.issues} aria-label="Kinds of problem">
              {groupIssues(preview.errors).slice(0, 20).map((g) => (
                <li key={g.kind}>
                  {g.count} × {g.kind} (row {g.rows.join(', ')}
                  {g.count > g.rows.length ? ', …' : ''})
                </li>
              ))}
            </ul>
            <ul className={styles.issues} aria-label="Every problem">
              {preview.errors.slice(0, SHOWN).map((i, n) => (
                <li key={`${n}-${issueLine(i)}`}>{issueLine(i)}</li>
              ))}
              {preview.errors.length > SHOWN && <li>…and {preview.errors.length - SHOWN} more in the error report.</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ThemeWords {...props} />
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Worth checking</MessageBarTitle>
            <ul className={styles.issues}>
              {warnings.slice(0, SHOWN).map((i, n) => (
                <li key={`${n}-${issueLine(i)}`}>{issueLine(i)}</li>
              ))}
              {warnings.length > SHOWN && <li>…and {warnings.length - SHOWN} more.</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll}>
        <Table size="small" aria-label="Rows of the file">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Row</TableHeaderCell>
              <TableHeaderCell>Ref</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
              <TableHeaderCell>Theme</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>What happens</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.slice(0, 500).map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row}</TableCell>
                <TableCell>{r.action?.reference ?? ''}</TableCell>
                <TableCell>{r.heading ?? r.action?.title ?? ''}</TableCell>
                <TableCell>{r.action?.themes.join(', ') ?? ''}</TableCell>
                <TableCell>{r.action?.statusLabel ?? ''}</TableCell>
                <TableCell>
                  <Outcome row={r} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
