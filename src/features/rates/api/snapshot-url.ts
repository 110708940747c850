/** The bundled H.10 snapshot, relative to the document so dist/ works from any static path. */
export const SNAPSHOT_URL = 'data/h10-snapshot.json';
