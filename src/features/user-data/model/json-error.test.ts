import { findJsonError, jsonSyntaxError, lineColumnAt, positionFromMessage } from './json-error';

/** Line and column of the first error, as an editor shows them. */
const where = (text: string) => {
  const e = findJsonError(text);
  return e && { ...lineColumnAt(text, e.at), message: e.message };
};

describe('findJsonError', () => {
  it('finds nothing in valid JSON', () => {
    for (const ok of ['[]', ' {"a": [1, -2.5e+3, true, false, null, "x\\n\\u00e9\\"" ]} ', '"s"', '0', '{"a":{}}']) {
      expect(findJsonError(ok)).toBeNull();
      expect(() => JSON.parse(ok)).not.toThrow();
    }
  });

  it('points at a trailing comma before }', () => {
    //          line 3: `  {"id": "b",}` — the } is the 14th character.
    expect(where('[\n  {"id": "a"},\n  {"id": "b",}\n]')).toEqual({ line: 3, column: 14, message: 'expected a field name in double quotes, found "}"' });
  });

  it('points at a missing comma, a bare word and a single-quoted text', () => {
    expect(where('[{"a": 1}\n {"b": 2}]')).toEqual({ line: 2, column: 2, message: 'expected "," or "]", found "{"' });
    expect(where('{"a": nope}')).toEqual({ line: 1, column: 8, message: 'expected "null", found "o"' });
    expect(where("{'a': 1}")).toEqual({ line: 1, column: 2, message: 'expected a field name in double quotes, found "\'"' });
  });

  it('puts a text that stops early just after its last character, not on the blank lines after it', () => {
    // `  {"id":` is 8 characters: the value is missing at column 9.
    expect(where('[\n  {"id": \n\n')).toEqual({ line: 2, column: 9, message: 'expected a value, found the end of the file' });
    expect(where('{"title": "open')).toEqual({ line: 1, column: 16, message: `expected a closing '"', found the end of the file` });
  });

  it('names a raw line break inside a text, and text after the end', () => {
    expect(where('["a\nb"]')).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/^a line break or control character inside a text/) });
    expect(where('[1] x')).toEqual({ line: 1, column: 5, message: 'expected the end of the file, found "x"' });
  });

  it('counts CRLF and lone CR as one line break, and columns in characters (Hangul, emoji)', () => {
    expect(where('[\r\n1,\r\n2,,\r\n]')).toMatchObject({ line: 3, column: 3 });
    expect(where('[\r"한국 💱", x]')).toMatchObject({ line: 2, column: 9 });
  });

  it('survives very deep nesting (no stack overflow)', () => {
    expect(findJsonError('['.repeat(100_000))).toMatchObject({ message: expect.any(String) });
  });
});

describe('positionFromMessage', () => {
  it('reads V8 and Firefox forms of a JSON.parse message', () => {
    const text = '[1,\n2,\n]';
    expect(positionFromMessage('Unexpected token ] in JSON at position 7', text)).toEqual({ line: 3, column: 1 });
    expect(positionFromMessage('JSON.parse: unexpected character at line 3 column 1 of the JSON data', text)).toEqual({ line: 3, column: 1 });
    expect(positionFromMessage('Unexpected end of JSON input', text)).toBeNull();
  });
});

describe('jsonSyntaxError', () => {
  it('uses its own scan, whatever the engine said', () => {
    expect(jsonSyntaxError('[1,]', 'anything at all')).toEqual({ line: 1, column: 4, message: 'expected a value, found "]"' });
  });
});
