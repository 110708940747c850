/** A className from its parts, leaving out the false ones: classes('num', sig && 'st-sig-q'). */
export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
