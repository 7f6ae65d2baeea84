import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_ENDPOINT } from '../api/graphql-client';
import { ORGANIZATION_COUNTS_QUERY } from '../api/queries';
import { createGraphiQLFetcher } from './graphiql-fetcher';

// The IDE is its own page (graphiql.html) so the dashboard never loads React.
// Everything, CSS included, comes from node_modules through the bundle: the
// IDE must work on a machine without internet access.

const container = document.getElementById('graphiql');
if (container === null) throw new Error('graphiql.html must contain #graphiql.');

const DEFAULT_QUERY = `# Totals of what the database holds.
# Run: Ctrl+Enter. Complete a name: Ctrl+Space.
# Every query is listed in the Docs panel (left).

${ORGANIZATION_COUNTS_QUERY}`;

const logo = createElement(
  GraphiQL.Logo,
  null,
  createElement('a', { href: '/', title: 'Back to the dashboard' }, 'Alliance Atlas'),
);

createRoot(container).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, { fetcher: createGraphiQLFetcher(GRAPHQL_ENDPOINT), defaultQuery: DEFAULT_QUERY }, logo),
  ),
);
