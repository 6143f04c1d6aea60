/**
 * A small route table: `GET sites/:site/lists/:list/items/:item`. Literal segments match
 * case-insensitively (Graph's paths are case-insensitive); parameters are percent-decoded.
 * The first matching route wins, so `items/delta` is declared before `items/:item`.
 */
import { badRequest, methodNotAllowed } from './errors';
import type { Handler } from './context';

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: Handler;
}

export interface RouteMatch {
  readonly handler: Handler;
  readonly params: Record<string, string>;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The route for a path, undefined when no pattern matches, 405 when only the method differs. */
  match(method: string, path: string): RouteMatch | undefined {
    const parts = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method) return { handler: route.handler, params };
      pathMatched = true;
    }
    if (pathMatched) throw methodNotAllowed(`${method} is not supported on ${path}.`);
    return undefined;
  }
}

function matchSegments(pattern: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i];
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(parts[i]);
      } catch {
        throw badRequest(`The path segment '${parts[i]}' is not valid percent-encoding.`);
      }
    } else if (p.toLowerCase() !== parts[i].toLowerCase()) {
      return undefined;
    }
  }
  return params;
}
