/** The name of an exported file: kind, the series shown, the source and the range, e.g. `krw-event-lens_data_USDKRW_ecb_2024-01-01_2024-12-31.csv`. */
export function exportFileName(kind: string, ids: readonly string[], source: string, from: string, to: string, ext: string): string {
  // An imported series id (`csv:my-ndf`) is kept readable but file-name safe.
  return `krw-event-lens_${kind}_${ids.map((id) => id.replace(/[^A-Za-z0-9_-]+/g, '-')).join('-')}_${source}_${from}_${to}.${ext}`;
}
