import { useEffect, useState, type RefObject } from 'react';

/**
 * `value` while the element is on screen or within `margin` of it (an IntersectionObserver
 * root margin, e.g. '50%': half a viewport above and below); while it is farther away, the
 * value it last showed. A section far below the chart then skips the renders of a run of zooms
 * and follows once, when it comes near. Without IntersectionObserver: always `value`.
 */
export function useWhileNear<T>(ref: RefObject<Element | null>, value: T, margin = '50%'): T {
  const [near, setNear] = useState(true);
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const io = new IntersectionObserver((entries) => setNear(entries[entries.length - 1].isIntersecting), { rootMargin: `${margin} 0px ${margin} 0px` });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  // Adopted during render (React's pattern for state derived from props): no extra commit.
  if (near && !Object.is(shown, value)) setShown(value);
  return near ? value : shown;
}
