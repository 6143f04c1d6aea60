import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import {
  CalendarLtr20Regular,
  ClipboardTaskListLtr20Regular,
  Home20Regular,
  PeopleTeam20Regular,
  Send20Regular,
} from '@fluentui/react-icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../services/session';

/** The tab's sections, in the order a network lead reads them. */
export const SECTIONS = [
  { path: '/', label: 'Overview', icon: <Home20Regular /> },
  { path: '/actions', label: 'Actions', icon: <ClipboardTaskListLtr20Regular /> },
  { path: '/events', label: 'Events', icon: <CalendarLtr20Regular /> },
  { path: '/skills', label: 'Skills', icon: <PeopleTeam20Regular /> },
  { path: '/cards', label: 'Sent cards', icon: <Send20Regular /> },
] as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  // On a phone the sections scroll sideways rather than widening the page.
  nav: { minWidth: 0, maxWidth: '100%', overflowX: 'auto' },
  who: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
});

/** Which section a path belongs to (`/actions/12` → `/actions`; people pages sit under Skills, announcements under Sent cards). */
export function sectionOf(pathname: string): string {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  if (first === '/people') return '/skills';
  if (first === '/announcements') return '/cards';
  return SECTIONS.some((section) => section.path === first) ? first : '/';
}

export function AppNav() {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  const { user, person, role } = useSession();
  return (
    <header className={styles.root}>
      <Text className={styles.brand} size={400}>
        Technician Hub
      </Text>
      <nav aria-label="Sections" className={styles.nav}>
        <TabList selectedValue={sectionOf(location.pathname)} onTabSelect={(_, data) => navigate(String(data.value))}>
          {SECTIONS.map((section) => (
            <Tab key={section.path} value={section.path} icon={section.icon}>
              {section.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <Text className={styles.who} size={200}>
        {person?.name ?? user.displayName} · {ROLE_WORDS[role]}
      </Text>
    </header>
  );
}

const ROLE_WORDS = { owner: 'Team owner', member: 'Member', visitor: 'Visitor (view only)' } as const;
