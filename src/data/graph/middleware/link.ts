import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** A middleware that hands on to the next one; the chain is wired by the Graph client's `HTTPClient`. */
export abstract class ChainLink implements Middleware {
  private next?: Middleware;

  setNext(next: Middleware): void {
    this.next = next;
  }

  protected callNext(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} is not the last middleware and has no next one`);
    return this.next.execute(context);
  }

  abstract execute(context: Context): Promise<void>;
}
