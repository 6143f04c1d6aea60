import { Tab, TabList } from '@fluentui/react-components';
import { useLocation, useNavigate } from 'react-router-dom';

const SECTIONS = [
  { path: '/skills', label: 'Matrix' },
  { path: '/skills/who', label: 'Who can do…' },
  { path: '/skills/gaps', label: 'Gaps' },
  { path: '/skills/catalogue', label: 'Catalogue' },
  { path: '/skills/import', label: 'Import' },
] as const;

/** The skills section's own tabs, under the tab shell's navigation. */
export function SkillsNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = SECTIONS.find((s) => s.path !== '/skills' && pathname.startsWith(s.path))?.path ?? (pathname === '/skills' || pathname === '/skills/' ? '/skills' : undefined);
  return (
    <TabList selectedValue={current ?? ''} onTabSelect={(_, data) => navigate(String(data.value))} aria-label="Skills" style={{ marginBottom: 12 }}>
      {SECTIONS.map((s) => (
        <Tab key={s.path} value={s.path}>
          {s.label}
        </Tab>
      ))}
    </TabList>
  );
}
