/**
 * Renders Adaptive Card JSON to DOM with the official `adaptivecards` renderer, a Teams-like host
 * config for the tab's theme and markdown-it for the TextBlock markdown subset (no raw HTML, bare
 * links autolinked, as Teams does) — so people see in the tab what Teams will show, escapes included.
 */
import * as AC from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import { safeWebLink } from '../../../domain/links';
import type { HostTheme } from '../../host';
import { teamsHostConfig } from './teamsHostConfig';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });
// Only web links become links (markdown-it's own check still lets through schemes other than
// javascript:, vbscript:, file: and data:).
markdown.validateLink = (url) => safeWebLink(url) !== undefined;
let markdownInstalled = false;

/**
 * The renderer reads markdown through one static hook; it is set here, on first render, rather
 * than as a side effect of importing this file.
 */
function installMarkdown(): void {
  if (markdownInstalled) return;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };
  markdownInstalled = true;
}

export interface RenderCardOptions {
  /** Called for Action.OpenUrl and selectAction links. */
  readonly onOpenUrl: (url: string) => void;
  /** The Teams theme to draw the card in (default: light). */
  readonly theme?: HostTheme;
}

export interface RenderedCard {
  readonly element: HTMLElement;
  /** Problems the renderer reported while reading the card (unknown elements and the like). */
  readonly warnings: readonly string[];
}

/** Renders one card; never throws for a bad card — the warnings say what was wrong. */
export function renderAdaptiveCard(json: unknown, options: RenderCardOptions): RenderedCard {
  installMarkdown();
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(teamsHostConfig(options.theme ?? 'default'));
  card.onExecuteAction = (action) => {
    const url = action instanceof AC.OpenUrlAction ? safeWebLink(action.url) : undefined;
    if (url) options.onOpenUrl(url);
  };
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const warnings = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  const element = card.render() ?? document.createElement('div');
  return { element, warnings };
}
