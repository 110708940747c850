/**
 * A value built on first use, then kept. For zod schemas: building one runs a good deal of
 * zod's code, and the page's first view needs none of them (~10 ms saved before the chart
 * paints), so each module exports a getter instead of building its schemas when it loads.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
