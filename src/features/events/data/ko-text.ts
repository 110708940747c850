/** A built-in event's Korean title and summary. */
export interface KoText {
  title: string;
  summary: string;
}
