import { DEMO_TOPICS } from '../catalogue.js';
import type { BeneficiaryRole } from './organisation-names.js';
import type { Random } from './random.js';
import type { Theme, ThemeId, Variant } from './theme-types.js';
import {
  BROADBAND,
  CULTURE,
  E_SERVICES,
  ENERGY,
  ENVIRONMENT,
  HEALTH_INFRASTRUCTURE,
  REVITALISATION,
  TRANSPORT,
} from './themes-investment.js';
import {
  CROSS_BORDER,
  DIGITAL_SKILLS,
  EDUCATION,
  ENTREPRENEURSHIP,
  HEALTH_PREVENTION,
  HIGHER_EDUCATION,
  LABOUR,
  RESEARCH,
  SOCIAL,
  TRANSNATIONAL,
  URBAN_NETWORK,
} from './themes-people.js';

export const THEMES: Readonly<Record<ThemeId, Theme>> = {
  revitalisation: REVITALISATION,
  energy: ENERGY,
  transport: TRANSPORT,
  environment: ENVIRONMENT,
  culture: CULTURE,
  health_infrastructure: HEALTH_INFRASTRUCTURE,
  broadband: BROADBAND,
  e_services: E_SERVICES,
  labour: LABOUR,
  education: EDUCATION,
  higher_education: HIGHER_EDUCATION,
  social: SOCIAL,
  health_prevention: HEALTH_PREVENTION,
  digital_skills: DIGITAL_SKILLS,
  research: RESEARCH,
  entrepreneurship: ENTREPRENEURSHIP,
  transnational: TRANSNATIONAL,
  urban_network: URBAN_NETWORK,
  cross_border: CROSS_BORDER,
};

const TOPIC_SLUGS = new Set(DEMO_TOPICS.map((topic) => topic.slug));
for (const theme of Object.values(THEMES)) {
  const unknown = theme.topics.find((slug) => !TOPIC_SLUGS.has(slug));
  if (unknown) throw new Error(`Theme ${theme.id} names topic ${unknown}, which is not in the demo catalogue`);
}

/** Each theme's variants grouped by the roles they suit, worked out once. */
const VARIANTS_BY_ROLE = new Map<Theme, Map<BeneficiaryRole, Variant[]>>(
  Object.values(THEMES).map((theme) => {
    const byRole = new Map<BeneficiaryRole, Variant[]>();
    for (const candidate of theme.variants) {
      for (const role of candidate.roles ?? []) byRole.set(role, [...(byRole.get(role) ?? []), candidate]);
    }
    const open = theme.variants.filter((candidate) => !candidate.roles);
    for (const [role, list] of byRole) byRole.set(role, [...list, ...open]);
    return [theme, byRole];
  }),
);

/**
 * A variant the beneficiary could plausibly carry out. Variants open to anyone fit every
 * role; a body the theme did not plan for (a small pool's stand-in) may get any variant.
 */
export function chooseVariant(random: Random, theme: Theme, role: BeneficiaryRole): Variant {
  const fitting = VARIANTS_BY_ROLE.get(theme)?.get(role);
  if (fitting) return random.pick(fitting);
  const open = theme.variants.filter((candidate) => !candidate.roles);
  return random.pick(open.length > 0 ? open : theme.variants);
}
