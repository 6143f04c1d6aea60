/**
 * The zone event times are shown in: the viewer's own, from the browser; Europe/London when the
 * browser reports plain UTC (servers, kiosks, headless browsers), since our users are in the UK.
 */
import { DEFAULT_TIME_ZONE } from '../../../domain/events/timeZone';

export function viewerTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return !zone || /^(Etc\/)?(UTC|GMT)$/i.test(zone) ? DEFAULT_TIME_ZONE : zone;
}
