/** The editor account the e2e server creates: an editor of the beneficiary of Hajnówka OdNowa. */
export const E2E_EDITOR = {
  email: 'redaktor@e2e.example',
  password: 'e2e editor passphrase',
  organisationSlugs: ['owop-bialystok'],
} as const;
