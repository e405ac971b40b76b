/**
 * The selected plan project's card: the plan's own sentence quoted (the plan's Chinese and its English translation),
 * status and year where the plan gives them, placement and source. Nothing beyond data/plan-projects.geojson.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { PLAN_PROJECTS } from '../../data/index.ts';
import { ProjectIcon } from './ProjectIcon.tsx';
import { makePlace } from '../../lib/places.ts';
import { BackButton, Both, PlacementSection } from '../common/CardParts.tsx';

const PROJECT_BY_ID = new Map(PLAN_PROJECTS.map((p) => [p.id, p]));

export function ProjectCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const project = PROJECT_BY_ID.get(projectId);

  useEffect(() => {
    headingRef.current?.focus();
  }, [projectId]);

  if (!project) return null;
  const s = useAppStore.getState();
  const g = project.geocode;
  // The project as the search's place (its key names it in the radius panel), without loading the search.
  const place = makePlace('project', project.id, project.name, '', project.coordinates);
  return (
    <article className="park-card project-card" aria-labelledby="project-card-title">
      <BackButton label={t('projects.card.back')} onBack={() => s.selectProject(null)} />
      <p className="project-kicker">
        <ProjectIcon category={project.category} />
        {t('projects.card.kicker', { category: t(`projects.category.${project.category}`) })}
      </p>
      <h2 id="project-card-title" ref={headingRef} tabIndex={-1}>
        {project.name[lang]}
        <span className="subtitle">{project.name[lang === 'zh' ? 'en' : 'zh']}</span>
      </h2>
      <dl className="facts">
        <dt>{t('projects.card.plan')}</dt>
        <dd>
          <blockquote>
            <Both text={project.planText} lang={lang} />
          </blockquote>
        </dd>
        {project.status ? (
          <>
            <dt>{t('projects.card.status')}</dt>
            <dd>
              <Both text={project.status} lang={lang} />
            </dd>
          </>
        ) : null}
        {project.year !== undefined ? (
          <>
            <dt>{t('projects.card.year')}</dt>
            <dd className="figure">{t('projects.card.yearValue', { year: String(project.year) })}</dd>
          </>
        ) : null}
      </dl>
      <PlacementSection geocode={g} lang={lang} />
      <p className="source">{t('card.source')}</p>
      <div className="card-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            // Choosing the place closes this card and shows the summary around it.
            s.choosePlace(place.key, place.lngLat);
            s.setSheet('half');
          }}
        >
          {t('nearby.title')}
        </button>
      </div>
    </article>
  );
}
