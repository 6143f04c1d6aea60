/**
 * Template of the digest card: a heading, then one section per kind of news, each a list of items
 * that open the action or event in the tab. Data: `DigestCardData` in digest.ts.
 */
import { CARD_ENVELOPE, banner } from './frame.template';

export const DIGEST_TEMPLATE = {
  ...CARD_ENVELOPE,
  body: [
    banner([
      { type: 'TextBlock', text: '${heading}', size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
      { type: 'TextBlock', text: '${subheading}', isSubtle: true, wrap: true, spacing: 'None' },
    ]),
    { type: 'TextBlock', $when: '${empty}', text: 'Nothing to report this week: no events coming up and no actions due.', wrap: true },
    {
      type: 'Container',
      $data: '${sections}',
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${heading}', weight: 'Bolder', size: 'Medium', wrap: true, color: '${color}' },
        {
          type: 'Container',
          $data: '${items}',
          spacing: 'Small',
          selectAction: { type: 'Action.OpenUrl', url: '${link}', title: 'Open' },
          items: [
            { type: 'TextBlock', text: '${title}', wrap: true },
            { type: 'TextBlock', text: '${detail}', isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
          ],
        },
        { type: 'TextBlock', $when: '${more > 0}', text: 'and ${more} more in Technician Hub', isSubtle: true, size: 'Small', wrap: true },
      ],
    },
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open Technician Hub', url: '${hubLink}' }],
} as const;
