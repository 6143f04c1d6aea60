/**
 * The first thing a network lead sees: how the action plan is going, what is due, what is on,
 * and where the network's skills hang on one person. Each card loads on its own, so a slow list
 * never holds up the others.
 */
import { Body1, Caption1, Card, CardHeader, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useHub, useSiteTimeZone, useSiteToday } from '../services/session';
import { useCombined, useList } from '../services/useList';
import { PageHeader } from '../components/PageHeader';
import { LoadingState } from '../components/LoadingState';
import { ErrorMessage } from '../components/ErrorMessage';
import { RagBadge } from '../components/RagBadge';
import { formatDateTime, formatDay } from '../components/displayDates';
import { tabPath } from '../../domain/links';
import { RAG_STATUSES, type RagStatus } from '../../domain/vocabulary';
import { useTheme } from '../theme/ThemeProvider';
import { importersIn } from '../../domain/skills/importers';
import { actionsDueSoon, currentPlan, ragCounts, soleExpertSkills, upcomingEvents } from './overviewSummary';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: tokens.spacingHorizontalL },
  card: { padding: tokens.spacingHorizontalL },
  bars: { display: 'grid', gridTemplateColumns: 'max-content 1fr max-content', alignItems: 'center', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, margin: 0 },
  track: { height: '12px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground4, overflow: 'hidden' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  figure: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
});

const BAR_COLOUR: Record<RagStatus, string> = {
  Red: tokens.colorPaletteRedBackground3,
  Amber: tokens.colorPaletteMarigoldBackground3,
  Green: tokens.colorPaletteGreenBackground3,
  Complete: tokens.colorPaletteBlueBackground2,
  'Not yet assessed': tokens.colorNeutralBackground5,
};

export function OverviewPage() {
  const styles = useStyles();
  const plan = usePlanAndActions();
  return (
    <>
      <PageHeader title="Overview" subtitle="Your technician network’s Commitment action plan, events and skills at a glance." />
      <div className={styles.grid}>
        <PlanProgressCard plan={plan} />
        <DueActionsCard plan={plan} />
        <UpcomingEventsCard />
        <SkillsRiskCard />
      </div>
    </>
  );
}

/** The active plan and its actions, from the Action Plans and Actions stores every page shares. */
function usePlanAndActions() {
  const hub = useHub();
  const plans = useList(hub.plans);
  const actions = useList(hub.actions);
  const both = useCombined([plans, actions], () => {
    const plan = currentPlan(plans.items.filter((p) => p.state === 'Active'));
    return plan ? { plan, actions: actions.items.filter((a) => a.planId === plan.id) } : null;
  }, []);
  return { ...both, data: both.data ?? undefined };
}

type PlanState = ReturnType<typeof usePlanAndActions>;

function PlanProgressCard({ plan }: { plan: PlanState }) {
  const styles = useStyles();
  const { data, error, loading, reload } = plan;
  return (
    <Card className={styles.card} role="region" aria-labelledby="overview-plan" data-testid="overview-plan">
      <CardHeader header={<Subtitle2 as="h2" id="overview-plan">Action plan progress</Subtitle2>} description={data ? <Caption1>{data.plan.title}</Caption1> : undefined} />
      {error !== undefined ? (
        <ErrorMessage error={error} doing="loading the action plan" onRetry={reload} />
      ) : loading && !data ? (
        <LoadingState label="Loading the action plan…" />
      ) : !data ? (
        <Body1 as="p" className={styles.muted}>
          No action plan is active yet. Start or import your Technician Commitment action plan in{' '}
          <Link href="#/actions">Actions</Link>.
        </Body1>
      ) : (
        <RagBars counts={ragCounts(data.actions)} total={data.actions.length} />
      )}
    </Card>
  );
}

function RagBars({ counts, total }: { counts: Record<RagStatus, number>; total: number }) {
  const styles = useStyles();
  // High contrast has no palette colours to spare: every bar is drawn in the text colour, and
  // the badge beside it says which status it is.
  const highContrast = useTheme().theme === 'contrast';
  return (
    <>
      <Body1 as="p" className={styles.muted}>
        {total} {total === 1 ? 'action' : 'actions'} by RAG status
      </Body1>
      <dl className={styles.bars} aria-label="Actions by RAG status">
        {RAG_STATUSES.map((status) => (
          <div key={status} style={{ display: 'contents' }}>
            <dt>
              <RagBadge status={status} label={status === 'Complete' ? 'Complete (Blue)' : status} />
            </dt>
            <div className={styles.track} aria-hidden>
              <div style={{ width: `${total ? (counts[status] / total) * 100 : 0}%`, height: '100%', backgroundColor: highContrast ? tokens.colorNeutralForeground1 : BAR_COLOUR[status] }} />
            </div>
            <dd style={{ margin: 0 }}>
              <Text weight="semibold">{counts[status]}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function DueActionsCard({ plan }: { plan: PlanState }) {
  const styles = useStyles();
  const { data, error, loading, reload } = plan;
  const today = useSiteToday();
  const due = data ? actionsDueSoon(data.actions, today(), 30) : [];
  return (
    <Card className={styles.card} role="region" aria-labelledby="overview-due">
      <CardHeader header={<Subtitle2 as="h2" id="overview-due">Overdue or due in the next 30 days</Subtitle2>} />
      {error !== undefined ? (
        <ErrorMessage error={error} doing="loading the actions" onRetry={reload} />
      ) : loading && !data ? (
        <LoadingState label="Loading actions…" />
      ) : due.length === 0 ? (
        <Body1 as="p" className={styles.muted}>Nothing is overdue or due in the next 30 days.</Body1>
      ) : (
        <ul className={styles.list}>
          {due.slice(0, 8).map(({ action, overdue }) => (
            <li key={action.id} className={styles.item}>
              <div className={styles.row}>
                <Link href={tabPath({ kind: 'action', id: action.id })}>
                  {action.reference} {action.title}
                </Link>
              </div>
              <div className={styles.row}>
                <RagBadge status={action.ragStatus} label={action.statusLabel} size="small" />
                <Caption1 className={overdue ? styles.overdue : styles.muted}>
                  {overdue ? 'Overdue since' : 'Due'} {action.targetDate ? formatDay(action.targetDate) : ''}
                </Caption1>
              </div>
            </li>
          ))}
          {due.length > 8 && <li className={styles.muted}>and {due.length - 8} more in Actions</li>}
        </ul>
      )}
    </Card>
  );
}

function UpcomingEventsCard() {
  const styles = useStyles();
  const hub = useHub();
  const { items, error, loading, reload } = useList(hub.events);
  const data = loading ? undefined : items;
  const events = data ? upcomingEvents(data, new Date(), 5) : [];
  return (
    <Card className={styles.card} role="region" aria-labelledby="overview-events">
      <CardHeader header={<Subtitle2 as="h2" id="overview-events">Upcoming events</Subtitle2>} />
      {error !== undefined ? (
        <ErrorMessage error={error} doing="loading events" onRetry={reload} />
      ) : loading && !data ? (
        <LoadingState label="Loading events…" />
      ) : events.length === 0 ? (
        <Body1 as="p" className={styles.muted}>No events planned yet. Plan one in Events.</Body1>
      ) : (
        <ul className={styles.list}>
          {events.map((event) => (
            <li key={event.id} className={styles.item}>
              <Link href={tabPath({ kind: 'event', id: event.id })}>{event.title}</Link>
              <Caption1 className={styles.muted}>
                {formatDateTime(event.start)} · {event.type}
                {event.location ? ` · ${event.location}` : ''}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SkillsRiskCard() {
  const styles = useStyles();
  const hub = useHub();
  // The same stores the Skills pages read: the ratings are loaded once for both.
  const skills = useList(hub.skills);
  const ratings = useList(hub.ratings);
  const people = useList(hub.people);
  const units = useList(hub.units);
  const settings = useList(hub.settings); // who may import ratings, as the Skills pages count them
  const timeZone = useSiteTimeZone();
  const { data, error, loading, reload } = useCombined([skills, ratings, people, units, settings], () => ({
    atRisk: soleExpertSkills({ skills: skills.items, ratings: ratings.items, people: people.items, units: units.items, importers: importersIn(settings.items) }, new Date(), timeZone),
    total: skills.items.filter((skill) => !skill.retired).length,
  }), [timeZone]);
  return (
    <Card className={styles.card} role="region" aria-labelledby="overview-skills">
      <CardHeader header={<Subtitle2 as="h2" id="overview-skills">Skills held by one person</Subtitle2>} />
      {error !== undefined ? (
        <ErrorMessage error={error} doing="loading the skills matrix" onRetry={reload} />
      ) : loading && !data ? (
        <LoadingState label="Loading skills…" />
      ) : !data || data.total === 0 ? (
        <Body1 as="p" className={styles.muted}>No skills recorded yet. Build your skills matrix in Skills.</Body1>
      ) : (
        <>
          <Text className={styles.figure} data-testid="sole-expert-count">{data.atRisk.length}</Text>
          <Body1 as="p">
            of {data.total} skills have only one expert — single points of failure if that person leaves.{' '}
            <Link href="#/skills">See the skills matrix</Link>
          </Body1>
          {data.atRisk.length > 0 && (
            <Caption1 className={styles.muted}>
              {data.atRisk
                .slice(0, 5)
                .map((skill) => skill.name)
                .join(', ')}
              {data.atRisk.length > 5 ? ', …' : ''}
            </Caption1>
          )}
        </>
      )}
    </Card>
  );
}
