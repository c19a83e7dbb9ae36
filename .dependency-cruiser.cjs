/**
 * Import boundaries: cli → web/api → services → storage → domain, one way only.
 * Type-only imports of storage types (e.g. the database handle's type) are allowed above
 * services, since they vanish at run time and carry no behaviour.
 */
const HIGHER_THAN_SERVICES = '^src/(web|api|cli|app[.]ts)';

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing',
      comment: 'domain/ is pure: no other layer, no packages, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'storage-below-services',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: ['^src/(services|web|api|cli)/', '^src/(app|config|http-errors)[.]ts$'] },
    },
    {
      name: 'services-below-interfaces',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: [HIGHER_THAN_SERVICES, '^src/http-errors[.]ts$'] },
    },
    {
      name: 'web-and-api-reach-storage-only-through-services',
      severity: 'error',
      from: { path: '^src/(web|api)/' },
      to: { path: '^src/storage/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-and-api-are-siblings',
      comment: 'web/ and api/ do not import each other; shared pieces belong lower down.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(api|cli)/' },
    },
    {
      name: 'api-and-web-are-siblings',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^src/(web|cli)/' },
    },
    {
      name: 'nothing-imports-the-cli',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-the-app',
      severity: 'error',
      from: { path: '^src/', pathNot: '[.]test[.]tsx?$' },
      to: { path: ['^test/', '[.]test[.]tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '[.]test[.]tsx?$' },
  },
};
