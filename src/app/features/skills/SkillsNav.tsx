import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLocation } from 'react-router-dom';
import { useSession } from '../../services/session';

const SECTIONS = [
  { path: '/skills', label: 'Matrix' },
  { path: '/skills/who', label: 'Who can do…' },
  { path: '/skills/gaps', label: 'Gaps' },
  { path: '/skills/targets', label: 'Targets' },
  { path: '/skills/training', label: 'Training needs' },
  { path: '/skills/mentor', label: 'Find a mentor' },
  { path: '/skills/catalogue', label: 'Catalogue' },
  { path: '/skills/import', label: 'Import' },
] as const;

const useStyles = makeStyles({
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  link: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    borderBottom: '3px solid transparent',
    ':hover': { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1 },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
});

/**
 * The skills section's pages, as links under the shell's navigation (links, not tabs: each is its
 * own page with its own address, and the shell's section tabs stay the only tab list).
 */
export function SkillsNav() {
  const styles = useStyles();
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '');
  const { person } = useSession();
  // Every member reaches their own profile from here, not only by URL (issue 14).
  const sections = person ? [{ path: `/people/${person.id}`, label: 'My skills' }, ...SECTIONS] : SECTIONS;
  return (
    <nav aria-label="Skills pages" className={styles.nav}>
      {sections.map((s) => {
        const current = path === s.path;
        return (
          <a key={s.path} href={`#${s.path}`} aria-current={current ? 'page' : undefined} className={mergeClasses(styles.link, current && styles.current)}>
            {s.label}
          </a>
        );
      })}
    </nav>
  );
}
