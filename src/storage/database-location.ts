/**
 * Where a registry lives, as a person should see it in messages and logs: a PostgreSQL
 * URL loses its password (and any other secret query parameter), a SQLite file is a path.
 */
export function describePostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'PostgreSQL (unreadable URL)';
  }
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `postgres://${user}${parsed.hostname}${port}${parsed.pathname}`;
}

export function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text);
}
