import { CATEGORY_INFO, type Category } from '../../config/categories';
import { markerPath } from '../../lib/chart/marker-shape';

/** A category's marker shape in its colour, as on the chart (decorative: the category's name is beside it). */
export function CategorySwatch({ category, theme, size = 12 }: { category: Category; theme: 'light' | 'dark'; size?: number }) {
  const info = CATEGORY_INFO[category];
  const c = size / 2;
  return (
    <svg className="swatch-shape" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false" data-shape={info.shape}>
      {/* r = size × 0.32: the triangles' apex (1.55 r) and the star's points (1.35 r) stay inside the box */}
      <path d={markerPath(info.shape, c, c, size * 0.32)} fill={info.color[theme]} />
    </svg>
  );
}
