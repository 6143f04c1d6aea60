/**
 * Colours of a target's status in the heat map and its export: red, amber, green with dark text,
 * each keeping at least 4.5:1 contrast (WCAG AA). The status word is always written too, so colour
 * is never the only signal.
 */
import type { TargetStatus } from '../../../../domain/skills/targets';

export const TARGET_COLOURS: Readonly<Record<TargetStatus, { readonly background: string; readonly color: string }>> = {
  notMet: { background: '#f4c7c3', color: '#5c0a06' },
  atRisk: { background: '#fce3a6', color: '#4a3200' },
  met: { background: '#c8e6c9', color: '#0d3b12' },
};
