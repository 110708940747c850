/**
 * A message to show, as model and API code return it: a catalog id and its values, never a
 * sentence. A value may itself be a message (translated first), e.g. a link notice wrapping the
 * reason. Views turn messages into words with `useT()` / `translate`.
 */
export type MsgValue = string | number | Msg;
export interface Msg {
  id: string;
  values?: Readonly<Record<string, MsgValue>>;
}

export function msg(id: string, values?: Record<string, MsgValue>): Msg {
  return values ? { id, values } : { id };
}

export function isMsg(x: unknown): x is Msg {
  return typeof x === 'object' && x !== null && typeof (x as Msg).id === 'string';
}

/** A stable key for a message (same id and values → same key): for de-duplicating and React keys. */
export function msgKey(m: Msg): string {
  return JSON.stringify(m);
}
