/**
 * An RFC 4180 record reader for the series parser's general path, with the separator chosen
 * (`,` or `;`): quoted fields may hold the separator, `""` and line breaks; records end at CRLF,
 * LF or a lone CR; empty lines are skipped. Each record is handed to `onRecord` with the physical
 * line it starts on. A quote never closed is reported on its line (`unclosed`) and reading resumes
 * on the next line; text after a closing quote marks the record `after-quote`.
 */
export type RecordFlaw = 'unclosed' | 'after-quote' | null;

export function forEachRecord(
  text: string,
  from: number,
  firstLine: number,
  sep: string,
  onRecord: (line: number, fields: string[], flaw: RecordFlaw, at: number) => void,
): void {
  const n = text.length;
  let i = from;
  let line = firstLine;
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  const skipBreak = () => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  };
  record: while (i < n) {
    if (isBreak(text[i])) {
      skipBreak();
      continue;
    }
    const start = line;
    const fields: string[] = [];
    let flaw: RecordFlaw = null;
    for (;;) {
      if (text[i] === '"') {
        const openLine = line;
        const openAt = i;
        i++;
        let value = '';
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          value += c;
          i++;
        }
        if (!closed) {
          i = openAt;
          line = openLine;
          while (i < n && !isBreak(text[i])) i++;
          onRecord(openLine, fields, 'unclosed', i);
          if (i < n) skipBreak();
          continue record;
        }
        const rest = i;
        while (i < n && text[i] !== sep && !isBreak(text[i])) i++;
        if (i > rest) flaw ??= 'after-quote';
        fields.push(value + text.slice(rest, i));
      } else {
        const begin = i;
        while (i < n && text[i] !== sep && !isBreak(text[i])) i++;
        fields.push(text.slice(begin, i));
      }
      if (i >= n) break;
      if (text[i] === sep) {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      skipBreak();
      break;
    }
    onRecord(start, fields, flaw, i);
  }
}
