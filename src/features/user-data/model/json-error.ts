/**
 * Where a JSON text stops being JSON, found by a small scanner of our own
 * (JSON.parse messages differ between engines, and some quote a long part of
 * the file), with the line and column an editor would show.
 */

export interface JsonSyntaxError {
  /** 1-based line and column (columns count characters, not bytes). */
  line: number;
  column: number;
  /** What was expected and what was found, e.g. `expected a value, found "}"`. */
  message: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);

function found(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = String.fromCodePoint(text.codePointAt(i)!);
  return c === '"' ? "'\"'" : JSON.stringify(c);
}

/** Scans one JSON text; returns the offset and reason of its first syntax error, or null when it is valid. */
export function findJsonError(text: string): { at: number; message: string } | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  // A text that stops early is put just after its last character (not on the blank lines after it).
  const fail = (what: string): never => {
    throw new Stop(i >= n ? text.trimEnd().length : i, `expected ${what}, found ${found(text, i)}`);
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) fail(`"${word}"`);
  };
  const digits = (what: string) => {
    if (!/[0-9]/.test(text[i] ?? '')) fail(what);
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('a digit');
    if (text[i] === '.') {
      i++;
      digits('a digit after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('a digit in the exponent');
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) fail(`a closing '"'`);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i, 'a line break or control character inside a text (write it as \\n or \\u00XX)');
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) throw new Stop(i - 1, 'a \\u escape needs four hex digits');
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else throw new Stop(i - 1, `unknown escape \\${e ?? ''}`);
        continue;
      }
      i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 1_000) throw new Stop(i, 'nesting too deep'); // well within any browser's stack
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a field name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail('a value');
  };
  try {
    value(0);
    ws();
    if (i < n) fail('the end of the file');
    return null;
  } catch (e) {
    if (e instanceof Stop) return { at: e.at, message: e.message };
    throw e;
  }
}

/** 1-based line and column of a character offset (lines end at LF, CRLF or a lone CR). */
export function lineColumnAt(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: [...text.slice(start, at)].length + 1 };
}

/**
 * The position of an engine's JSON.parse message: V8's "(line L column C)" or
 * "at position N", Firefox's "at line L column C". Null when it names none.
 */
export function positionFromMessage(message: string, text: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return pos ? lineColumnAt(text, Number(pos[1])) : null;
}

/** The first syntax error of a text that JSON.parse refused, with its line and column. */
export function jsonSyntaxError(text: string, engineMessage: string): JsonSyntaxError {
  const own = findJsonError(text);
  if (own) return { ...lineColumnAt(text, own.at), message: own.message };
  // Our scanner found nothing (it should not happen): fall back to the engine's own position.
  const short = engineMessage.length > 120 ? `${engineMessage.slice(0, 119)}…` : engineMessage;
  const pos = positionFromMessage(engineMessage, text) ?? lineColumnAt(text, text.trimEnd().length);
  return { ...pos, message: short };
}
