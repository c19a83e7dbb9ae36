import type { Place, Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { ExternalLink, Fact, Facts } from '../components/facts.js';
import { originalLang } from '../components/localised.js';
import { Section } from '../components/section.js';

function mapUrl(place: Place): string | null {
  if (place.latitude === null || place.longitude === null) return null;
  const { latitude, longitude } = place;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=15/${latitude}/${longitude}`;
}

/** Where the project happens, structured down to the named area and the coordinates. */
export function PlacesSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  if (project.places.length === 0) return null;
  const labels = t.project.place;
  const lang = originalLang(ctx);
  return (
    <Section id="miejsce" title={t.project.placesHeading}>
      {project.places.map((place, index) => {
        const map = mapUrl(place);
        return (
          <div class="place" key={`${index}-${place.label}`}>
            <h3 lang={lang}>{place.label}</h3>
            <Facts>
              <Fact label={labels.area}>{place.areaName ? <span lang={lang}>{place.areaName}</span> : null}</Fact>
              <Fact label={labels.city}>{place.city}</Fact>
              <Fact label={labels.municipality}>{place.municipality}</Fact>
              <Fact label={labels.county}>{place.county}</Fact>
              <Fact label={labels.voivodeship}>{place.voivodeship}</Fact>
              <Fact label={labels.country}>{format.country(place.country)}</Fact>
              <Fact label={labels.teryt}>{place.teryt}</Fact>
              <Fact label={labels.coordinates}>
                {place.latitude !== null && place.longitude !== null ? (
                  <>
                    {format.coordinates(place.latitude, place.longitude)}
                    {map ? (
                      <>
                        {' '}
                        (
                        <ExternalLink ctx={ctx} href={map}>
                          {labels.mapLink}
                        </ExternalLink>
                        )
                      </>
                    ) : null}
                  </>
                ) : null}
              </Fact>
            </Facts>
          </div>
        );
      })}
    </Section>
  );
}

/** Projects this one continues, belongs to or relates to; linked when they are in the registry. */
export function RelationsSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, paths } = ctx;
  if (project.relations.length === 0) return null;
  return (
    <Section id="powiazane" title={t.project.relationsHeading}>
      <ul class="relations">
        {project.relations.map((relation, index) => (
          <li key={`${index}-${relation.targetTitle}`}>
            <span class="relation-kind">{t.codes.relationKind[relation.kind]}</span>{' '}
            {relation.targetSlug ? (
              <a href={paths.project(relation.targetSlug)}>{relation.targetTitle}</a>
            ) : (
              <strong>{relation.targetTitle}</strong>
            )}
            {relation.note ? (
              <span class="relation-note">
                {' – '}
                <span lang={originalLang(ctx)}>{relation.note}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
