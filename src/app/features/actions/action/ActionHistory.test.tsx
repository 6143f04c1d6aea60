// eslint-disable-next-line no-restricted-imports -- React's own renderer; the layer rule means src/server
import { renderToStaticMarkup } from 'react-dom/server';
import type { ActionId, ActionUpdateId } from '../../../../domain/ids';
import type { ActionUpdate } from '../../../../domain/model';
import { ActionHistory } from './ActionHistory';

const update = (id: string, evidenceLink: string): ActionUpdate => ({
  id: id as ActionUpdateId,
  eTag: '"x,1"',
  created: '2026-03-02T10:00:00Z',
  modified: '2026-03-02T10:00:00Z',
  actionId: '1' as ActionId,
  summary: `Evidence ${id}`,
  kind: 'Evidence',
  evidenceLink,
});

/** The addresses the markup links to. */
const hrefs = (html: string): string[] => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe('an action’s history', () => {
  it('links only web addresses: a javascript:, data: or vbscript: address someone stored stays text', () => {
    const html = renderToStaticMarkup(
      <ActionHistory
        scheme="Red/Amber/Green"
        updates={[update('1', 'https://uh.sharepoint.com/sites/tc/wellbeing'), update('2', 'javascript:alert(document.cookie)'), update('3', 'data:text/html,<script>alert(1)</script>'), update('4', ' JavaScript:alert(1)'), update('5', 'vbscript:msgbox')]}
      />,
    );
    expect(hrefs(html)).toEqual(['https://uh.sharepoint.com/sites/tc/wellbeing']);
    expect(html).toContain('Evidence: javascript:alert(document.cookie)');
  });
});
