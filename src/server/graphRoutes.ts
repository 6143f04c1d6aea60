/**
 * The Graph v1.0 route table and the synchronous dispatcher used by top-level requests and by
 * `$batch` sub-requests alike: fault injection, then authentication, then the handler; any
 * thrown `GraphError` becomes Graph's error response.
 */
import { authenticate } from './identity';
import type { GraphResponse, ServerState } from './context';
import { GraphError, notFound } from './errors';
import type { Faults } from './faults';
import { graphRequestCost, type ResourceBudget } from './resourceUnits';
import { myActivity, sendTeamActivity, sendUserActivity } from './handlers/activity';
import { requireObjectBody } from './guards';
import { createBatchHandler, type Dispatch } from './handlers/batch';
import { createColumn, deleteColumn, getColumn, listColumns, updateColumn } from './handlers/columns';
import { itemsDelta } from './handlers/delta';
import { createItem, deleteItem, getFields, getItem, listItems, patchFields, patchItem } from './handlers/items';
import { createList, deleteList, getList, listLists } from './handlers/lists';
import { getVersion, listVersions } from './handlers/versions';
import { getMessage, getTeam, joinedTeams, listChannels, listChats, listMessages, postMessage } from './handlers/messages';
import { getSite, rewriteSitePath } from './handlers/sites';
import { getMe, getUser, listUsers } from './handlers/users';
import { Router } from './router';

/** A thrown error as a Graph response (status, `Retry-After` where set, error body filled in later). */
export function errorResponse(error: unknown): GraphResponse {
  const graphError = error instanceof GraphError ? error : new GraphError(500, 'generalException', error instanceof Error ? error.message : String(error));
  return { status: graphError.status, headers: graphError.headers, body: { error: { code: graphError.code, message: graphError.message } } };
}

export function createGraphDispatch(state: ServerState, faults: Faults, budget?: ResourceBudget): Dispatch {
  const router = new Router();
  const dispatch: Dispatch = (request, subRequest) => {
    try {
      // Graph throttles each sub-request of a batch on its own; the batch envelope itself is not throttled.
      const isBatch = !subRequest && request.path.toLowerCase() === '/$batch';
      if (!isBatch) {
        const fault = faults.roll();
        if (fault) throw fault;
      }
      const user = authenticate(state.directory, request.headers.authorization);
      // A $batch sub-request's body too must be a JSON object.
      requireObjectBody(request.body);
      if (subRequest && request.path.toLowerCase() === '/$batch') throw notFound('A $batch cannot contain another $batch.');
      // SharePoint's resource units: each request, and each $batch sub-request, on its own.
      if (!isBatch) budget?.charge(graphRequestCost(request.method, request.path, request.query));
      const path = rewriteSitePath(request.path, state);
      const match = router.match(request.method, path);
      if (!match) throw notFound(`Resource not found for the segment '${path}'.`);
      const run = () => match.handler({ request: { ...request, path }, user, state, params: match.params });
      // A write runs in a transaction (a savepoint inside a $batch): if it is refused part-way,
      // nothing of it stays on disk or in memory.
      return request.method === 'GET' ? run() : state.store.transaction(run);
    } catch (error) {
      return errorResponse(error);
    }
  };

  const L = 'sites/:site/lists/:list';
  router
    .add('GET', 'sites/:site', getSite)
    .add('GET', 'sites/:site/lists', listLists)
    .add('POST', 'sites/:site/lists', createList)
    .add('GET', L, getList)
    .add('DELETE', L, deleteList)
    .add('GET', `${L}/columns`, listColumns)
    .add('POST', `${L}/columns`, createColumn)
    .add('GET', `${L}/columns/:column`, getColumn)
    .add('PATCH', `${L}/columns/:column`, updateColumn)
    .add('DELETE', `${L}/columns/:column`, deleteColumn)
    .add('GET', `${L}/items`, listItems)
    .add('POST', `${L}/items`, createItem)
    .add('GET', `${L}/items/delta`, itemsDelta)
    .add('GET', `${L}/items/:item`, getItem)
    .add('PATCH', `${L}/items/:item`, patchItem)
    .add('DELETE', `${L}/items/:item`, deleteItem)
    .add('PATCH', `${L}/items/:item/fields`, patchFields)
    .add('GET', `${L}/items/:item/fields`, getFields)
    .add('GET', `${L}/items/:item/versions`, listVersions)
    .add('GET', `${L}/items/:item/versions/:version`, getVersion)
    .add('POST', '$batch', createBatchHandler(dispatch))
    .add('GET', 'me', getMe)
    .add('GET', 'users', listUsers)
    .add('GET', 'users/:user', getUser)
    .add('GET', 'me/joinedTeams', joinedTeams)
    .add('GET', 'me/chats', listChats)
    .add('GET', 'teams/:team', getTeam)
    .add('GET', 'teams/:team/channels', listChannels)
    .add('GET', 'teams/:team/channels/:channel/messages', listMessages)
    .add('POST', 'teams/:team/channels/:channel/messages', postMessage)
    .add('GET', 'teams/:team/channels/:channel/messages/:message', getMessage)
    .add('GET', 'chats/:chat/messages', listMessages)
    .add('POST', 'chats/:chat/messages', postMessage)
    .add('GET', 'chats/:chat/messages/:message', getMessage)
    .add('POST', 'teams/:team/sendActivityNotification', sendTeamActivity)
    .add('POST', 'users/:user/teamwork/sendActivityNotification', sendUserActivity)
    .add('GET', 'me/teamwork/activityNotifications', myActivity);
  return dispatch;
}
