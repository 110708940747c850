/** Putting the chart's PNG on the clipboard (the async Clipboard API with a ClipboardItem). */

/** Whether this browser can write an image to the clipboard here (a secure page, ClipboardItem and clipboard.write). */
export function canCopyImage(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext === true && typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Writes the PNG to the clipboard. The item is made at once with the PNG still to come (a
 * promise): Safari accepts a write only inside the click that asked for it. 'refused' when the
 * browser or the user denies the clipboard; the PNG's own error when it could not be made; the
 * clipboard's error otherwise.
 */
export async function copyPng(png: Promise<Blob>): Promise<'ok' | 'refused' | Error> {
  const made: { error: Error | null } = { error: null };
  png.catch((e: unknown) => {
    made.error = e instanceof Error ? e : new Error(String(e));
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'ok';
  } catch (e) {
    // A PNG that failed says why better than the clipboard's wrapper of its failure.
    if (made.error) return made.error;
    if (e instanceof DOMException && e.name === 'NotAllowedError') return 'refused';
    return e instanceof Error ? e : new Error(String(e));
  }
}
