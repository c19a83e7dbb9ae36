/** The registry's own export formats, which `spojnia import` reads back. */
export const REGISTRY_EXPORT_FORMATS = ['json', 'ndjson'] as const;
export type RegistryExportFormat = (typeof REGISTRY_EXPORT_FORMATS)[number];
