import { PARTNER_ROLES } from '../../../domain/codes.js';
import type { OrganisationRef } from '../../../domain/organisation.js';
import type { Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { originalLang } from '../components/localised.js';
import { Section } from '../components/section.js';

/** An organisation linked to its page, with where it is. */
function OrganisationLine({ ctx, organisation }: { ctx: RenderContext; organisation: OrganisationRef }) {
  const where = [organisation.city, ctx.format.country(organisation.country)].filter(Boolean).join(', ');
  return (
    <>
      <a href={ctx.paths.organisation(organisation.slug)}>{organisation.name}</a>
      {where ? <span class="org-place"> – {where}</span> : null}
    </>
  );
}

/** The beneficiary and the partners, grouped by their role. */
export function PeopleSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  if (!project.beneficiary && project.partners.length === 0) return null;
  return (
    <Section id="realizatorzy" title={t.project.peopleHeading}>
      {project.beneficiary ? (
        <>
          <h3>{t.common.beneficiary}</h3>
          <p class="beneficiary">
            <OrganisationLine ctx={ctx} organisation={project.beneficiary} />
          </p>
        </>
      ) : null}
      {PARTNER_ROLES.map((role) => {
        const partners = project.partners.filter((partner) => partner.role === role);
        if (partners.length === 0) return null;
        return (
          <div key={role} class="partner-group">
            <h3>{t.codes.partnerRoleGroup[role]}</h3>
            <ul class="partner-list">
              {partners.map((partner) => (
                <li key={partner.organisation.slug}>
                  <OrganisationLine ctx={ctx} organisation={partner.organisation} />
                  {partner.note ? (
                    <span class="partner-note" lang={originalLang(ctx)}>
                      {partner.note}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

/** Stakeholder groups, such as an URBACT Local Support Group, with their members. */
export function GroupsSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  if (project.groups.length === 0) return null;
  return (
    <Section id="grupy" title={t.project.groupsHeading}>
      {project.groups.map((group) => (
        <div class="group" key={group.name} lang={originalLang(ctx)}>
          <h3>{group.name}</h3>
          {group.description ? <p>{group.description}</p> : null}
          {group.members.length > 0 ? (
            <>
              <p lang={originalLang(ctx) ? ctx.t.htmlLang : undefined}>{t.project.groupMembers}</p>
              <ul>
                {group.members.map((member) => (
                  <li key={member}>{member}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
    </Section>
  );
}
