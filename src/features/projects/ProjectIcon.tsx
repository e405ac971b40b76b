/** A plan-project category's marker: its glyph, white on the category colour (the same shapes as on the map). */
import { PROJECT_CATEGORY_STYLE } from '../../lib/project-categories.ts';
import type { ProjectCategory } from '../../lib/schema.ts';

export function ProjectIcon({ category, size = 18 }: { category: ProjectCategory; size?: number }) {
  const style = PROJECT_CATEGORY_STYLE[category];
  return (
    <svg className="project-icon" viewBox="-3 -3 30 30" width={size} height={size} aria-hidden="true">
      <circle cx="12" cy="12" r="14.5" fill={style.colour} stroke="#fff" strokeWidth="1.5" />
      <path d={style.glyph} fill="#fff" fillRule="evenodd" />
    </svg>
  );
}
