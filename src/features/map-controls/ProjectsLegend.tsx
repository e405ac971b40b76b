/** The legend's plan-projects section: each category's marker and name. */
import { useTranslation } from '../../i18n/react.ts';
import { PROJECT_CATEGORIES } from '../../lib/vocab.ts';
import { ProjectIcon } from '../projects/ProjectIcon.tsx';

export function ProjectsLegend() {
  const { t } = useTranslation();
  return (
    <>
      <p className="legend-heading">{t('projects.legend')}</p>
      <ul className="legend-projects">
        {PROJECT_CATEGORIES.map((c) => (
          <li key={c}>
            <ProjectIcon category={c} size={16} />
            {t(`projects.category.${c}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
