import { checkPageTypes } from './support/page-checks.js';
import { PUBLIC_PAGE_TYPES } from './support/pages.js';

/** Every public page type in both languages: axe-core, reflow at 320 px, screenshots (see page-checks.ts). */
checkPageTypes(PUBLIC_PAGE_TYPES);
