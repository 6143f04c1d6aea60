/**
 * Web addresses people can click in SharePoint's own list views. Evidence links and online
 * meetings are single-line text columns, not Hyperlink columns, because Graph cannot write a
 * Hyperlink value: every shape of `{ Url, Description }` is refused with "Invalid request"
 * (microsoftgraph/microsoft-graph-docs#12638, msgraph-sdk-dotnet#2957; Graph's columnDefinition has
 * no writable hyperlink type — https://learn.microsoft.com/en-us/graph/api/resources/columndefinition).
 * A text column shows its URL as plain text, so provisioning gives it column formatting instead
 * (the field's `CustomFormatter`, set through SharePoint REST since Graph has no API for it):
 * an `<a>` whose href is the value itself, only when it starts with https:// or http://
 * (https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/column-formatting,
 * https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/formatting-syntax-reference).
 */
import type { ColumnSpec } from '../schema/types';

/** Whether a column is shown as a link in SharePoint views (text holding a web address). */
export const isLinkColumn = (column: ColumnSpec): boolean => column.kind === 'text' && column.format === 'url';

const IS_WEB_ADDRESS = "indexOf(toLowerCase(@currentField), 'https://') == 0 || indexOf(toLowerCase(@currentField), 'http://') == 0";

/** The column formatting JSON (as SharePoint stores it: text) that renders a web address as a link. */
export function linkFormatter(): string {
  return JSON.stringify({
    $schema: 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json',
    elmType: 'a',
    txtContent: '@currentField',
    attributes: {
      // Anything else (a typo, javascript:…) stays text: no href, nothing to follow.
      href: `=if(${IS_WEB_ADDRESS}, @currentField, '')`,
      target: '_blank',
      rel: 'noopener noreferrer',
    },
  });
}
