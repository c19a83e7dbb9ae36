import { E2E_EDITOR, E2E_PROJECTS } from './support/e2e-data.js';
import { expect, test } from './support/fixtures.js';
import { tabTo } from './support/keyboard.js';

/** The editorial area with the keyboard alone: Tab, Shift+Tab, Enter, Space and typing; focus visible at every step. */

const WORDS = {
  pl: {
    signIn: '/admin/logowanie',
    projects: 'Projekty',
    editing: 'Edycja: ',
    saved: 'Zapisano zmiany.',
    summary: 'Spotkania w każdą środę, także w wakacje.',
    project: E2E_PROJECTS.keyboardPl,
  },
  en: {
    signIn: '/en/admin/sign-in',
    projects: 'Projects',
    editing: 'Editing: ',
    saved: 'Changes saved.',
    summary: 'Meetings every Wednesday, in the holidays too.',
    project: E2E_PROJECTS.keyboardEn,
  },
} as const;

for (const language of ['pl', 'en'] as const) {
  const words = WORDS[language];

  test(`keyboard only (${language}): sign in, find a project, edit it and save`, async ({ openPage }) => {
    const page = await openPage({ javaScript: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(words.signIn);

    await tabTo(page, page.locator('#f-email'));
    await page.keyboard.type(E2E_EDITOR.email);
    await tabTo(page, page.locator('#f-password'));
    await page.keyboard.type(E2E_EDITOR.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.projects);

    // The list's own search: type into its text field and send it with Enter.
    await tabTo(page, page.locator('#filter-text'));
    await page.keyboard.type(words.project.slug);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]q=${words.project.slug}`));
    await tabTo(page, page.getByRole('link', { name: words.project.title }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${words.editing}${words.project.title}`);

    const summary = page.locator('#f-summary');
    await tabTo(page, summary);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(words.summary);
    // Back up to the form's first "Save" with Shift+Tab, and press it with Space.
    const save = page.locator('button[name="_action"][value="save"]').first();
    await tabTo(page, save, { backwards: true });
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText(words.saved);
    await expect(summary).toHaveValue(words.summary);
  });
}
