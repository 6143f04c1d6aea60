import { useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { filterMatrix, type MatrixFilter } from '../../../../domain/skills/matrix';
import { PageHeader } from '../../../components/PageHeader';
import { useNotify } from '../../../services/notify';
import { ReloadButton, SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import type { Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { downloadMatrix } from './exportMatrix';
import { MatrixFilters, NO_FILTER, type MatrixFilterState } from './MatrixFilters';
import { MatrixLegend } from './MatrixLegend';
import { SkillMatrix } from './SkillMatrix';

/** `#/skills`: the heat map with its filters, legend and export. */
export function MatrixPage() {
  return (
    <>
      <SkillsNav />
      <SkillsGate>{(data, derived) => <MatrixWithFilters data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function MatrixWithFilters({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const { matrix } = derived;
  const notify = useNotify();
  const [filter, setFilter] = useState<MatrixFilterState>(NO_FILTER);
  const [exporting, setExporting] = useState(false);

  const view = useMemo(() => filterMatrix(matrix, filter as MatrixFilter), [matrix, filter]);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadMatrix(matrix, view, data.labels, 'skills-matrix.xlsx');
    } catch (error) {
      notify.error(error, 'exporting the matrix');
    } finally {
      setExporting(false);
    }
  };

  const rated = data.ratings.length;
  return (
    <>
      <PageHeader
        title="Skills matrix"
        subtitle={`${matrix.people.length.toLocaleString('en-GB')} people · ${matrix.skills.length} skills · ${rated.toLocaleString('en-GB')} ratings`}
        actions={
          <>
            <Button icon={<ArrowDownloadRegular />} onClick={exportXlsx} disabled={exporting}>
              {exporting ? 'Exporting…' : 'Export XLSX'}
            </Button>
            <ReloadButton />
          </>
        }
      />
      <MatrixFilters value={filter} onChange={setFilter} units={matrix.unitGroups} categories={matrix.categoryGroups} labels={data.labels} />
      <MatrixLegend labels={data.labels} />
      {view.rows.length === 0 ? (
        <p role="status">No one matches these filters. Lower the minimum level or choose more units.</p>
      ) : (
        <SkillMatrix matrix={matrix} view={view} labels={data.labels} />
      )}
    </>
  );
}
