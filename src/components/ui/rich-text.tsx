import { Fragment, type ReactNode } from 'react';
import { isMsg, type MsgValue } from '../../i18n/message';
import type { T } from '../../i18n/use-t';

/** Marks a placeholder that takes a React node, inside a translated string (a private-use character, never in a message). */
const MARK = '\uE000';
/**
 * The light markup a catalog text may hold: `<code>` (column names, parameters), `<sub>`, `<i>`, `<b>`,
 * `<em>`, `<strong>`, `<cite>` (a journal's name); not nested in a tag of the same name. Any other `<`
 * stays text (e.g. "q < 0.05").
 */
const TOKEN = /<(code|sub|i|b|em|strong|cite)>([\s\S]*?)<\/\1>|\uE000(\w+)\uE000/g;

function parse(text: string, nodes: Record<string, ReactNode>, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}.${i++}`;
    const [, tag, inner, node] = m;
    if (tag) {
      const Tag = tag as 'code' | 'sub' | 'i' | 'b' | 'em' | 'strong' | 'cite';
      out.push(<Tag key={k}>{parse(inner, nodes, k)}</Tag>);
    } else out.push(<Fragment key={k}>{nodes[node]}</Fragment>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A translated text with light markup as React elements. */
export function richText(text: string): ReactNode[] {
  return parse(text, {}, 'r');
}

/** `richText` as a component. */
export function RichText({ text }: { text: string }) {
  return <Fragment>{richText(text)}</Fragment>;
}

/**
 * A catalog message as React nodes: values that are elements (a time in bold) take their
 * placeholder's place, and the markup in the text becomes elements. So a translation can put the
 * pieces in its own order.
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
