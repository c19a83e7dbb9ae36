import { render } from 'preact-render-to-string';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from './openapi.js';
import { apiUrl } from './urls.js';

/** Allowed values, type and bounds of a parameter, in a few words. */
function describeValues(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.join(', ')}`;
  const bounds = [
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : null,
    typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER ? `≤ ${schema.maximum}` : null,
  ].filter((bound) => bound !== null);
  return [String(schema.type ?? 'any'), ...bounds].join(' ');
}

function ParameterTable({ parameters }: { parameters: readonly OpenApiParameter[] }) {
  if (parameters.length === 0) return <p>No parameters.</p>;
  return (
    <table>
      <caption>Parameters</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Values</th>
          <th scope="col">Default</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr key={`${parameter.in}-${parameter.name}`}>
            <th scope="row">
              <code>{parameter.name}</code>
              {parameter.required ? ' (required)' : ''}
            </th>
            <td>{parameter.in}</td>
            <td>{describeValues(parameter.schema)}</td>
            <td>{parameter.schema.default === undefined ? '' : <code>{String(parameter.schema.default)}</code>}</td>
            <td>{parameter.description ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function responseSchemaName(operation: OpenApiOperation): string | null {
  const ref = operation.responses['200']?.content['application/json']?.schema.$ref;
  return typeof ref === 'string' ? (ref.split('/').pop() ?? null) : null;
}

function Endpoint({ path, operation }: { path: string; operation: OpenApiOperation }) {
  const schemaName = responseSchemaName(operation);
  const example = operation.responses['200']?.content['application/json']?.example;
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <h2 id={`${operation.operationId}-title`}>
        <code>GET {path}</code>
      </h2>
      <p>
        <strong>{operation.summary}.</strong> {operation.description}
      </p>
      <ParameterTable parameters={operation.parameters} />
      <p>
        Answers with {schemaName ? <code>{schemaName}</code> : 'an HTML page'}
        {Object.keys(operation.responses).length > 1
          ? `; errors ${Object.keys(operation.responses)
              .filter((status) => status !== '200')
              .join(', ')} with the Error shape.`
          : '.'}
      </p>
      {example === undefined ? null : (
        <details>
          <summary>Example answer</summary>
          <pre>
            <code>{JSON.stringify(example, null, 2)}</code>
          </pre>
        </details>
      )}
    </section>
  );
}

function DocsPage({ document }: { document: OpenApiDocument }) {
  const endpoints = Object.entries(document.paths);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${document.info.title} v${document.info.version}`}</title>
      </head>
      <body>
        <main>
          <h1>
            {document.info.title} v{document.info.version}
          </h1>
          {document.info.description.split('\n\n').map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p>
            Machine-readable description: <a href={apiUrl.openapi()}>{apiUrl.openapi()}</a> (OpenAPI {document.openapi}
            ). Data licence: <a href={document.info.license.url}>{document.info.license.name}</a>.
          </p>
          <nav aria-label="Endpoints">
            <ul>
              {endpoints.map(([path, item]) => (
                <li key={path}>
                  <a href={`#${item.get.operationId}`}>GET {path}</a> – {item.get.summary}
                </li>
              ))}
            </ul>
          </nav>
          {endpoints.map(([path, item]) => (
            <Endpoint key={path} path={path} operation={item.get} />
          ))}
        </main>
      </body>
    </html>
  );
}

/** The human-readable API page: plain HTML, no scripts or styles, so the strict CSP holds. */
export function renderDocsPage(document: OpenApiDocument): string {
  return `<!doctype html>${render(<DocsPage document={document} />)}`;
}
