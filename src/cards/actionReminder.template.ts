/**
 * Template of the reminder to an action's owners once its target date has passed; the owners are
 * @mentioned (Teams `msteams.entities`). Data: `ActionReminderData` in actionReminder.ts.
 */
export const ACTION_REMINDER_TEMPLATE = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: {
    width: 'Full',
    entities: [{ $data: '${mentions}', type: 'mention', text: '<at>${name}</at>', mentioned: { id: '${id}', name: '${name}' } }],
  },
  fallbackText: '${fallbackText}',
  body: [
    { type: 'TextBlock', text: 'Action past its target date', size: 'Small', weight: 'Bolder', color: 'Attention', wrap: true },
    { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true, style: 'heading', spacing: 'None' },
    { type: 'TextBlock', text: '${message}', wrap: true },
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }] },
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open the action', url: '${link}' }],
} as const;
