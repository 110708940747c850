// Shared by the bench's profiling tools (zoom-trace.mjs, events-import-profile.mjs): self and total
// (inclusive) time per function key from the samples of a CDP CPU profile.

/** The profile's nodes by id and each node's parent id. */
export function profileTree(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/**
 * Adds `ms` of one sample (node `id`) to `self` (its own key) and to `total` (each key on its stack
 * once, however often it recurs).
 */
export function addSample({ byId, parent }, key, self, total, id, ms) {
  const k = key(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + ms);
  const seen = new Set();
  for (let c = id; c != null; c = parent.get(c)) {
    const kk = key(byId.get(c));
    if (seen.has(kk)) continue;
    seen.add(kk);
    total.set(kk, (total.get(kk) ?? 0) + ms);
  }
}
