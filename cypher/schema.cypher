// Constraints and indexes of the graph model (docs/DESIGN.md, "Graph model").
// Applied at every start and before every ingest; IF NOT EXISTS makes that a no-op once done.
// One statement per block, each ending with a semicolon at the end of a line.

// Uniqueness: every node is found by its id (Region by its GB/T 2260 code); a real code
// (学校标识码, 统一社会信用代码) names one organisation.
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT industry_chain_id IF NOT EXISTS FOR (n:IndustryChain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chain_segment_id IF NOT EXISTS FOR (n:ChainSegment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT atlas_meta_id IF NOT EXISTS FOR (n:AtlasMeta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_code IF NOT EXISTS FOR (n:Organization) REQUIRE n.code IS UNIQUE;
// Imports (changesets) and what each needs to be undone: bookkeeping, outside the graph model.
// Their queries name these indexes in hints (USING INDEX), so the schema must keep them.
CREATE CONSTRAINT changeset_id IF NOT EXISTS FOR (n:Changeset) REQUIRE n.id IS UNIQUE;
CREATE INDEX changeset_entry_changeset IF NOT EXISTS FOR (n:ChangesetEntry) ON (n._changeset);
CREATE INDEX changeset_entry_node IF NOT EXISTS FOR (n:ChangesetEntry) ON (n._node);

// Lookups the analytics filter on.
CREATE INDEX organization_region IF NOT EXISTS FOR (n:Organization) ON (n.regionCode);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX agreement_type IF NOT EXISTS FOR (n:Agreement) ON (n.type);
CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);

// Search over names, Chinese names, aliases and codes: searchText holds each as a key (lower case,
// letters and digits only) between "|" marks, written with the names (fill-search-text.cypher), and
// a TEXT index finds any part of it by trigrams (CONTAINS), Chinese or English, two characters or more.
// One index per searchable label: a TEXT index has one label.
CREATE TEXT INDEX organization_search_text IF NOT EXISTS FOR (n:Organization) ON (n.searchText);
CREATE TEXT INDEX alliance_search_text IF NOT EXISTS FOR (n:Alliance) ON (n.searchText);
CREATE TEXT INDEX industry_chain_search_text IF NOT EXISTS FOR (n:IndustryChain) ON (n.searchText);
// The full-text index search used before (its CJK analyzer dropped English words such as "of" and
// "an", and made "Xi'an" two prefixes): gone from databases made with it.
DROP INDEX name_search IF EXISTS;

// Stored metrics, written by the recompute after each change (server/metrics/): read by run and
// scope, then by place in the strongest part, by organisation, or by betweenness rank.
CREATE INDEX organization_metrics_place IF NOT EXISTS FOR (n:OrganizationMetrics) ON (n.run, n.scope, n.groupEnd);
CREATE INDEX organization_metrics_org IF NOT EXISTS FOR (n:OrganizationMetrics) ON (n.run, n.scope, n.orgId);
CREATE INDEX organization_metrics_central IF NOT EXISTS FOR (n:OrganizationMetrics) ON (n.run, n.scope, n.betweennessRank);
CREATE INDEX network_summary_scope IF NOT EXISTS FOR (n:NetworkSummary) ON (n.run, n.scope);
CREATE INDEX coverage_cell_figures_region IF NOT EXISTS FOR (n:CoverageCellFigures) ON (n.run, n.regionCode);
