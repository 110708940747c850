import { Fragment, type ReactNode } from 'react';

/** The tags a catalog message of this area may hold: formula parts and code-like tokens. */
const TAG = /<(code|sub|i|b|cite)>([\s\S]*?)<\/\1>/g;

/**
 * A translated message with light markup (`<code>`, `<sub>`, `<i>`, `<b>`, `<cite>` for a journal's name, not nested in a tag
 * of the same name) as React elements; any other `<` stays text (e.g. "q < 0.05").
 */
export function richText(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const [, tag, inner] = m;
    const children = richText(inner);
    const key = k++;
    if (tag === 'code') out.push(<code key={key}>{children}</code>);
    else if (tag === 'sub') out.push(<sub key={key}>{children}</sub>);
    else if (tag === 'i') out.push(<i key={key}>{children}</i>);
    else if (tag === 'cite') out.push(<cite key={key}>{children}</cite>);
    else out.push(<b key={key}>{children}</b>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** `richText` as a component. */
export function RichText({ text }: { text: string }) {
  return <Fragment>{richText(text)}</Fragment>;
}
