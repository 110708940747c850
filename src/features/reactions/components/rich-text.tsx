import { Fragment, type ReactNode } from 'react';
import { isMsg, type MsgValue } from '../../../i18n/message';
import type { T } from '../../../i18n/use-t';

/** Marks a placeholder that takes a React node, inside a translated string (a private-use character, never in a message). */
const MARK = '\uE000';
/** The tags a catalog text may hold: `<code>` for code-like tokens (column names), `<em>`, `<strong>`. */
const TOKEN = /<(code|em|strong)>([\s\S]*?)<\/\1>|\uE000(\w+)\uE000/g;

function parse(text: string, nodes: Record<string, ReactNode>, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}.${i++}`;
    if (m[1] === 'code') out.push(<code key={k}>{parse(m[2], nodes, k)}</code>);
    else if (m[1] === 'em') out.push(<em key={k}>{parse(m[2], nodes, k)}</em>);
    else if (m[1] === 'strong') out.push(<strong key={k}>{parse(m[2], nodes, k)}</strong>);
    else out.push(<Fragment key={k}>{nodes[m[3]]}</Fragment>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * A catalog message as React nodes: values that are elements (a time in bold) take their
 * placeholder's place, and `<code>`, `<em>`, `<strong>` in the text become those elements. So a
 * translation can put the pieces in its own order.
 */
export function rich(t: T, id: string, values: Record<string, MsgValue | ReactNode> = {}): ReactNode {
  const plain: Record<string, MsgValue> = {};
  const nodes: Record<string, ReactNode> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string' || typeof v === 'number' || isMsg(v)) plain[k] = v;
    else {
      plain[k] = `${MARK}${k}${MARK}`;
      nodes[k] = v;
    }
  }
  return <>{parse(t(id, plain), nodes, id)}</>;
}
