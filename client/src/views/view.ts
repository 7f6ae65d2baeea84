/** Values taken from the route's path, e.g. `{ id }` for `/org/:id`. */
export type ViewParams = Readonly<Record<string, string>>;

/** Undoes whatever a view set up outside its root: listeners, requests, timers. */
export type ViewCleanup = () => void;

/**
 * The contract between the router and a view: the router hands the view an
 * empty root element and the route's path parameters; the view fills the root
 * and may return a cleanup, which the router calls before the next view
 * mounts. The view's own state (filters, selections) lives in the query string.
 */
export type View = (root: HTMLElement, params: ViewParams) => void | ViewCleanup;
