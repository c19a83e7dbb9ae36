import { checkPageTypes } from './support/page-checks.js';
import { ADMIN_PAGE_TYPES } from './support/pages.js';

/**
 * The editorial area's page types in both languages, signed in where they need it: axe-core,
 * reflow at 320 px, screenshots (see page-checks.ts).
 */
checkPageTypes(ADMIN_PAGE_TYPES);
