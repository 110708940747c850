/**
 * Characters that XML 1.0 does not allow anywhere in a document: C0 controls
 * other than TAB, LF and CR, U+FFFE, U+FFFF, and UTF-16 surrogates that are
 * not part of a pair. Text with one of them makes an SVG ill-formed (and the
 * browser then refuses to draw it as an image).
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex

/** True when `text` has a character XML 1.0 does not allow (see XML_INVALID). */
export function hasXmlInvalid(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  return XML_INVALID.test(text);
}

/** A C0 control character (the XML-invalid ones, which are most of them). */
const C0 = /^[\u0000-\u001F]$/; // eslint-disable-line no-control-regex

export interface XmlCleanup {
  text: string;
  /** How many characters were removed. */
  removed: number;
  /** True when every removed character was a C0 control character. */
  onlyControls: boolean;
}

/** Removes the characters XML 1.0 does not allow, and says how many there were. */
export function cleanXmlText(s: string): XmlCleanup {
  let removed = 0;
  let onlyControls = true;
  const text = s.replace(XML_INVALID, (c) => {
    removed++;
    if (!C0.test(c)) onlyControls = false;
    return '';
  });
  return { text, removed, onlyControls };
}

/** The text with every XML-invalid character removed (unchanged when there is none). */
export function xmlSafe(s: string): string {
  XML_INVALID.lastIndex = 0;
  return XML_INVALID.test(s) ? s.replace(XML_INVALID, '') : s;
}
