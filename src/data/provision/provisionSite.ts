import { graphPath } from '../graph/odata';
import { readAllPages } from '../graph/paging';
import { createGraphPipeline, type GraphPipeline } from '../graph/pipeline';
import { columnDefinition, createListColumns, type ColumnDefinition } from '../mapping/columnDefinitions';
import { LIST_BY_KEY, LISTS } from '../schema/lists';
import type { ListKey, ListSpec } from '../schema/types';
import { getSite } from '../site';
import { siteTimeZone, SITE_TIME_ZONE_SETTING } from '../../domain/siteDates';
import {
  addRoleAssignmentPath,
  associatedGroupPath,
  breakInheritancePath,
  listSettingsPath,
  removeRoleAssignmentPath,
  removeViewFieldsPath,
  fieldPath,
  ROLE_DEFINITION_IDS,
  roleAssignmentsPath,
  SP_JSON,
  timeZonePath,
  viewFieldPath,
  viewsPath,
} from './sharePointRest';
import { linkSiteUsers } from './siteUsers';
import { isLinkColumn, linkFormatter } from './columnFormatting';

/** One change provisioning made (or, in a dry run, would make). */
export interface ProvisionStep {
  readonly kind: 'createList' | 'addColumn' | 'addChoices' | 'renameTitle' | 'indexColumn' | 'itemLevelWrite' | 'listValidation' | 'versioning' | 'permissions' | 'createView' | 'columnFormatting' | 'siteTimeZone' | 'linkAccounts' | 'ownerAccounts';
  readonly list: string;
  /** What, in a site owner's words: `column "Due soon"`, `view "Red actions"`… */
  readonly detail: string;
}

export interface ProvisionReport {
  readonly siteId: string;
  readonly webUrl: string;
  readonly dryRun: boolean;
  /** Everything created or changed, in order; empty when the site was already complete. */
  readonly steps: readonly ProvisionStep[];
  /** Parts not attempted, with the reason (e.g. no SharePoint token for views). */
  readonly skipped: readonly { readonly what: string; readonly reason: string }[];
}

export interface ProvisionOptions {
  /** The Graph pipeline, acting as a site owner. */
  readonly graph: GraphPipeline;
  readonly siteId: string;
  /**
   * A token for the site's SharePoint REST endpoint (views and item-level write have no Graph
   * API). Without it those parts are reported as skipped instead of failing.
   */
  readonly getSharePointToken?: () => Promise<string>;
  readonly fetchImpl?: typeof fetch;
  /** Report what would be done without changing anything. */
  readonly dryRun?: boolean;
  /** Told about each step as it happens (the CLI prints them). */
  readonly onStep?: (step: ProvisionStep) => void;
}

interface GraphColumn {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly indexed?: boolean;
  readonly choice?: { readonly choices?: readonly string[] };
  readonly defaultValue?: { readonly value?: string };
}

interface SpView {
  readonly Title: string;
}

/**
 * Makes a site hold every list of the schema, idempotently: creates missing lists (their
 * non-lookup columns in the create body; lookups once the looked-up list exists), adds missing
 * columns, renames each Title column, indexes what the app filters on, then — through SharePoint
 * REST on the site's `webUrl` — turns on item-level write and creates views. A second run changes
 * nothing. https://learn.microsoft.com/graph/api/list-create
 */
export async function provisionSite(options: ProvisionOptions): Promise<ProvisionReport> {
  const { graph, siteId } = options;
  const dryRun = options.dryRun === true;
  const steps: ProvisionStep[] = [];
  const skipped: { what: string; reason: string }[] = [];
  const step = (s: ProvisionStep) => {
    steps.push(s);
    options.onStep?.(s);
  };

  const site = await getSite(graph, { id: siteId });
  const listsPath = graphPath('sites', siteId, 'lists');
  const existing = await readAllPages<{ id: string; displayName: string }>(graph, `${listsPath}?$select=id,displayName`, { what: 'Reading the lists of the site' });
  const listIds: Partial<Record<ListKey, string>> = {};
  for (const spec of LISTS) {
    const found = existing.find((l) => l.displayName === spec.displayName);
    if (found) listIds[spec.key] = found.id;
  }
  const newLists = new Set<ListKey>();
  /** Columns a dry run would add (`list.column`): nothing can be read from them yet. */
  const pendingColumns = new Set<string>();

  for (const spec of LISTS) {
    let columns: GraphColumn[];
    let id = listIds[spec.key];
    if (!id) {
      step({ kind: 'createList', list: spec.displayName, detail: `list with ${createListColumns(spec).length} columns` });
      newLists.add(spec.key);
      if (dryRun) {
        id = `(new ${spec.displayName})`;
        columns = [{ id: 'title', name: 'Title', displayName: 'Title' }, ...createListColumns(spec).map((c) => ({ id: c.name, name: c.name, displayName: c.displayName, indexed: c.indexed }))];
      } else {
        const created = await graph.send<{ id: string; columns?: GraphColumn[] }>({
          method: 'POST',
          path: listsPath,
          body: { displayName: spec.displayName, description: spec.description, columns: createListColumns(spec), list: { template: 'genericList' } },
          what: `Creating the list "${spec.displayName}"`,
        });
        id = created.id;
        columns = await readColumns(graph, siteId, id, spec);
      }
      listIds[spec.key] = id;
    } else {
      columns = await readColumns(graph, siteId, id, spec);
    }
    const columnsPath = graphPath('sites', siteId, 'lists', id, 'columns');

    for (const column of spec.columns) {
      if (columns.some((c) => c.name === column.name)) continue;
      step({ kind: 'addColumn', list: spec.displayName, detail: `column "${column.displayName}" (${column.name}${column.lookupList ? `, looks up ${LIST_BY_KEY[column.lookupList].displayName}` : ''})` });
      if (dryRun) {
        pendingColumns.add(`${spec.key}.${column.name}`);
        continue;
      }
      const definition: ColumnDefinition = columnDefinition(column, listIds);
      await graph.send({ method: 'POST', path: columnsPath, body: definition, what: `Adding the column "${column.displayName}" to "${spec.displayName}"` });
    }

    // Choices the schema gained since the site was provisioned ("Not yet assessed", issue 11) are added to
    // the existing column, with its new default; choices people added by hand are kept.
    for (const column of spec.columns.filter((c) => (c.kind === 'choice' || c.kind === 'multiChoice') && c.choices)) {
      const current = columns.find((c) => c.name === column.name);
      if (!current?.choice?.choices) continue;
      const have = current.choice.choices;
      const missing = column.choices!.filter((c) => !have.includes(c));
      if (missing.length === 0) continue;
      step({ kind: 'addChoices', list: spec.displayName, detail: `choices ${missing.map((c) => `"${c}"`).join(', ')} of "${column.displayName}"` });
      if (dryRun) continue;
      const definition = columnDefinition(column, listIds);
      await graph.send({
        method: 'PATCH',
        path: `${columnsPath}/${encodeURIComponent(current.id)}`,
        body: { choice: { ...definition.choice, choices: [...have, ...missing] }, ...(definition.defaultValue ? { defaultValue: definition.defaultValue } : {}) },
        what: `Adding choices to "${column.displayName}" in "${spec.displayName}"`,
      });
    }

    const title = columns.find((c) => c.name === 'Title');
    if (title && title.displayName !== spec.titleDisplayName) {
      step({ kind: 'renameTitle', list: spec.displayName, detail: `Title column shown as "${spec.titleDisplayName}"` });
      if (!dryRun) await graph.send({ method: 'PATCH', path: `${columnsPath}/${encodeURIComponent(title.id)}`, body: { displayName: spec.titleDisplayName }, what: `Renaming the Title column of "${spec.displayName}"` });
    }

    for (const column of spec.columns.filter((c) => c.indexed)) {
      const current = columns.find((c) => c.name === column.name);
      if (!current || current.indexed) continue; // new columns were created indexed
      step({ kind: 'indexColumn', list: spec.displayName, detail: `index on "${column.displayName}"` });
      if (!dryRun) await graph.send({ method: 'PATCH', path: `${columnsPath}/${encodeURIComponent(current.id)}`, body: { indexed: true }, what: `Indexing "${column.displayName}" in "${spec.displayName}"` });
    }
  }

  if (!options.getSharePointToken) {
    skipped.push({ what: 'views, versioning, list permissions and item-level write', reason: 'no SharePoint token was given (Graph has no API for list views, versioning or permissions; set SHAREPOINT_TOKEN for the site to add them). Until then the site\u2019s Members keep Edit on every list: they can delete a list or change who may write it.' });
  } else {
    const sharePoint = createGraphPipeline({ baseUrl: `${site.webUrl.replace(/\/+$/, '')}/_api`, getAccessToken: options.getSharePointToken, fetchImpl: options.fetchImpl });
    const groups = await siteGroups(sharePoint);
    for (const spec of LISTS) await provisionSharePointParts(sharePoint, spec, listIds[spec.key] as string, newLists.has(spec.key), dryRun, step, groups, pendingColumns);
    const zone = await recordTimeZone(graph, sharePoint, siteId, listIds.hubSettings as string, newLists.has('hubSettings') && dryRun, dryRun, step);
    if (zone) skipped.push(zone);
    const nothingToReadYet = dryRun && (newLists.has('people') || newLists.has('actions') || pendingColumns.has('people.Account') || pendingColumns.has('actions.OwnerAccounts'));
    if (!nothingToReadYet) {
      const links = await linkSiteUsers(graph, sharePoint, siteId, { people: listIds.people as string, actions: listIds.actions as string }, dryRun);
      if (links.peopleLinked) step({ kind: 'linkAccounts', list: LIST_BY_KEY.people.displayName, detail: `Microsoft 365 account (Account) of ${links.peopleLinked} ${links.peopleLinked === 1 ? 'person' : 'people'}` });
      if (links.actionsFilled) step({ kind: 'ownerAccounts', list: LIST_BY_KEY.actions.displayName, detail: `owners’ accounts of ${links.actionsFilled} ${links.actionsFilled === 1 ? 'action' : 'actions'}, for the "My actions" view` });
      if (links.unknown.length) {
        skipped.push({ what: `the Microsoft 365 account of ${links.unknown.length} People ${links.unknown.length === 1 ? 'entry' : 'entries'}`, reason: `the site knows no user signing in as ${links.unknown.slice(0, 5).join(', ')}${links.unknown.length > 5 ? '…' : ''}; their actions will not show under "My actions" until their Email is their sign-in name` });
      }
    }
  }

  return { siteId, webUrl: site.webUrl, dryRun, steps, skipped };
}

async function readColumns(graph: GraphPipeline, siteId: string, listId: string, spec: ListSpec): Promise<GraphColumn[]> {
  const answer = await graph.send<{ value: GraphColumn[] }>({ method: 'GET', path: graphPath('sites', siteId, 'lists', listId, 'columns'), what: `Reading the columns of "${spec.displayName}"` });
  return answer.value;
}

interface SiteGroups {
  readonly members: number;
}

async function siteGroups(sp: GraphPipeline): Promise<SiteGroups> {
  const members = await sp.send<{ Id: number }>({ method: 'GET', path: associatedGroupPath('Member'), headers: { Accept: SP_JSON }, what: 'Reading the site\u2019s Members group' });
  return { members: members.Id };
}

interface SpListSettings {
  readonly WriteSecurity?: number;
  readonly EnableVersioning?: boolean;
  readonly HasUniqueRoleAssignments?: boolean;
  readonly ValidationFormula?: string;
}

interface SpRoleAssignment {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: readonly { readonly Id: number }[];
}

/**
 * Item-level write, list validation, versioning, the list's own permissions, column formatting of link columns
 * (`columnFormatting.ts`) and views: SharePoint REST, since Graph has none of them. Permissions: inheritance is broken with the site's assignments copied (Owners
 * keep Full Control, Visitors Read), then Members get exactly Read or Contribute instead of Edit.
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
 */
async function provisionSharePointParts(sp: GraphPipeline, spec: ListSpec, listId: string, isNew: boolean, dryRun: boolean, step: (s: ProvisionStep) => void, groups: SiteGroups, pendingColumns: ReadonlySet<string>): Promise<void> {
  const headers = { Accept: SP_JSON, 'Content-Type': SP_JSON };
  const fresh = dryRun && isNew;
  const settings: SpListSettings = fresh
    ? { WriteSecurity: 1, EnableVersioning: false, HasUniqueRoleAssignments: false }
    : await sp.send<SpListSettings>({ method: 'GET', path: `${listSettingsPath(listId)}?$select=WriteSecurity,EnableVersioning,HasUniqueRoleAssignments,ValidationFormula`, headers, what: `Reading the settings of "${spec.displayName}"` });
  const merge = (body: Record<string, unknown>, what: string) => sp.send({ method: 'PATCH', path: listSettingsPath(listId), headers: { ...headers, 'IF-MATCH': '*' }, body, what });
  if (spec.itemLevelWrite === 'own' && settings.WriteSecurity !== 2) {
    step({ kind: 'itemLevelWrite', list: spec.displayName, detail: 'people may edit only the items they created' });
    if (!dryRun) await merge({ WriteSecurity: 2 }, `Turning on item-level write for "${spec.displayName}"`);
  }
  if (spec.validation) {
    const rule = spec.validation;
    if (settings.ValidationFormula !== rule.formula) {
      step({ kind: 'listValidation', list: spec.displayName, detail: `rule ${rule.formula} ("${rule.message}")` });
      if (!dryRun) await merge({ ValidationFormula: rule.formula, ValidationMessage: rule.message }, `Setting the validation rule of "${spec.displayName}"`);
    }
  }
  if (settings.EnableVersioning !== true) {
    step({ kind: 'versioning', list: spec.displayName, detail: 'keep a version of every change' });
    if (!dryRun) await merge({ EnableVersioning: true }, `Turning on versioning for "${spec.displayName}"`);
  }
  await provisionPermissions(sp, spec, listId, settings.HasUniqueRoleAssignments === true, fresh, dryRun, step, groups);
  for (const column of spec.columns.filter(isLinkColumn)) {
    const formatter = linkFormatter();
    const current = fresh || pendingColumns.has(`${spec.key}.${column.name}`) ? undefined : await sp.send<{ CustomFormatter?: string | null }>({ method: 'GET', path: `${fieldPath(listId, column.name)}?$select=CustomFormatter`, headers, what: `Reading how "${column.displayName}" is shown in "${spec.displayName}"` });
    if (current?.CustomFormatter === formatter) continue;
    step({ kind: 'columnFormatting', list: spec.displayName, detail: `"${column.displayName}" shown as a link people can click` });
    if (!dryRun) await sp.send({ method: 'PATCH', path: fieldPath(listId, column.name), headers: { ...headers, 'IF-MATCH': '*' }, body: { CustomFormatter: formatter }, what: `Showing "${column.displayName}" as a link in "${spec.displayName}"` });
  }
  const views = dryRun && isNew ? [] : (await sp.send<{ value: SpView[] }>({ method: 'GET', path: `${viewsPath(listId)}?$select=Title`, headers, what: `Reading the views of "${spec.displayName}"` })).value;
  for (const view of spec.views) {
    if (views.some((v) => v.Title.toLowerCase() === view.name.toLowerCase())) continue;
    step({ kind: 'createView', list: spec.displayName, detail: `view "${view.name}"${view.makeDefault ? ' (default)' : ''}` });
    if (dryRun) continue;
    const what = `Creating the view "${view.name}" of "${spec.displayName}"`;
    await sp.send({ method: 'POST', path: viewsPath(listId), headers, body: { Title: view.name, ViewQuery: view.query ?? '', RowLimit: view.rowLimit ?? 30, DefaultView: view.makeDefault === true, PersonalView: false }, what });
    await sp.send({ method: 'POST', path: removeViewFieldsPath(listId, view.name), headers, what });
    for (const field of view.fields) await sp.send({ method: 'POST', path: viewFieldPath(listId, view.name, field), headers, what });
  }
}

/** Breaks inheritance (once) and leaves the Members group with exactly the level the schema gives it. */
async function provisionPermissions(sp: GraphPipeline, spec: ListSpec, listId: string, unique: boolean, fresh: boolean, dryRun: boolean, step: (s: ProvisionStep) => void, groups: SiteGroups): Promise<void> {
  const wanted = spec.memberAccess === 'read' ? ROLE_DEFINITION_IDS.read : ROLE_DEFINITION_IDS.contribute;
  const words = spec.memberAccess === 'read' ? 'members may read, only owners write' : 'members may add and edit items, not change or delete the list';
  const post = (path: string, what: string) => sp.send({ method: 'POST', path, headers: { Accept: SP_JSON }, what });
  let memberRoles: number[];
  if (unique && !fresh) {
    const assignments = await sp.send<{ value: SpRoleAssignment[] }>({ method: 'GET', path: roleAssignmentsPath(listId), headers: { Accept: SP_JSON }, what: `Reading who may use "${spec.displayName}"` });
    memberRoles = (assignments.value.find((a) => a.PrincipalId === groups.members)?.RoleDefinitionBindings ?? []).map((r) => r.Id);
  } else {
    memberRoles = [ROLE_DEFINITION_IDS.edit]; // what breaking inheritance copies from a Teams site
  }
  const extra = memberRoles.filter((r) => r !== wanted);
  if (unique && extra.length === 0 && memberRoles.includes(wanted)) return;
  step({ kind: 'permissions', list: spec.displayName, detail: words });
  if (dryRun) return;
  const what = `Setting who may change "${spec.displayName}"`;
  if (!unique) await post(breakInheritancePath(listId), what);
  if (!memberRoles.includes(wanted)) await post(addRoleAssignmentPath(listId, groups.members, wanted), what);
  for (const role of extra) await post(removeRoleAssignmentPath(listId, groups.members, role), what);
}

/**
 * Copies the site's regional time zone into Hub Settings (`siteTimeZone`), where the tab reads it:
 * Graph has no API for regional settings, and date-only values are midnights in that zone.
 * Returns why it was skipped, when the zone is one the hub does not know.
 */
async function recordTimeZone(graph: GraphPipeline, sp: GraphPipeline, siteId: string, settingsListId: string, fresh: boolean, dryRun: boolean, step: (s: ProvisionStep) => void): Promise<{ what: string; reason: string } | undefined> {
  const regional = await sp.send<{ Id: number; Description?: string }>({ method: 'GET', path: timeZonePath, headers: { Accept: SP_JSON }, what: 'Reading the site\u2019s time zone' });
  const zone = siteTimeZone(regional.Id);
  if (!zone) return { what: 'the site\u2019s time zone', reason: `the site's zone "${regional.Description ?? regional.Id}" is not one Technician Hub knows; the tab uses each person's own zone for dates instead` };
  const itemsPath = graphPath('sites', siteId, 'lists', settingsListId, 'items');
  const existing = fresh ? [] : await readAllPages<{ id: string; fields?: { Title?: string; SettingValue?: string } }>(graph, `${itemsPath}?$expand=fields($select=Title,SettingValue)`, { what: 'Reading Hub Settings' });
  const current = existing.find((i) => i.fields?.Title === SITE_TIME_ZONE_SETTING);
  const value = JSON.stringify(zone.iana);
  if (current?.fields?.SettingValue === value) return undefined;
  step({ kind: 'siteTimeZone', list: LIST_BY_KEY.hubSettings.displayName, detail: `site time zone ${zone.iana} (${zone.description})` });
  if (dryRun) return undefined;
  const what = 'Recording the site\u2019s time zone';
  if (current) await graph.send({ method: 'PATCH', path: `${itemsPath}/${encodeURIComponent(current.id)}/fields`, body: { SettingValue: value }, what });
  else await graph.send({ method: 'POST', path: itemsPath, body: { fields: { Title: SITE_TIME_ZONE_SETTING, SettingValue: value } }, what });
  return undefined;
}

const VERBS: Readonly<Record<ProvisionStep['kind'], string>> = {
  createList: 'create',
  addColumn: 'add',
  addChoices: 'add',
  renameTitle: 'rename',
  indexColumn: 'add',
  itemLevelWrite: 'restrict',
  listValidation: 'add a rule to',
  versioning: 'turn on',
  permissions: 'restrict',
  createView: 'create',
  siteTimeZone: 'record',
  columnFormatting: 'format',
  linkAccounts: 'record',
  ownerAccounts: 'fill in',
};

/** One line per step, for people reading the CLI's output ("would …" in a dry run). */
export function describeReport(report: ProvisionReport): string[] {
  const lines = report.steps.map((s) => `${report.dryRun ? 'would ' : ''}${VERBS[s.kind]} ${s.list}: ${s.detail}`);
  if (report.steps.length === 0) lines.push(`${report.dryRun ? 'Nothing to do' : 'Nothing created'}: every list, column and view is already there.`);
  for (const s of report.skipped) lines.push(`skipped ${s.what}: ${s.reason}`);
  return lines;
}
