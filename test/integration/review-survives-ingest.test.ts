// Issue 15, defect 5: a reviewer corrects an extracted agreement through the API, then the same
// article is ingested again. The correction must stand and the agreement must stay out of the queue
// (people's decisions outrank files), end to end: GraphQL write, ingest, GraphQL read.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";
import { editorToken } from "../support/editor-tokens.ts";

// The second agreement names only one party; the extraction infers the college as the other and,
// being unsure, queues it for review.
const articleText = [
  "Drone news",
  "",
  "Published 2025-10-08",
  "",
  "Hanjiang Drone Technology Co., Ltd. signed an agreement with Qinling Polytechnic College to set up an internship base on 2025-10-07.",
  "Hanjiang Drone Technology Co., Ltd. also signed a strategic cooperation agreement.",
].join("\n");
const jwtSecret = "review-survives-ingest-test-secret-9f3c27d1e0b8a4";


const queue = "{ reviewQueue(limit: 200) { agreement { id } } }";

describe("a reviewer's correction through the API, then the same article again", () => {
  let database: Database;
  let server: TestServer;
  let article: string;
  beforeAll(async () => {
    article = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-review-")), "hanjiang-talks.txt");
    writeFileSync(article, articleText);
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    expect((await ingest(database, [sampleDir])).problems).toEqual([]);
    server = await startTestServer(database, { jwtSecret });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("keeps the corrected type and date and keeps the agreement out of the review queue", async () => {
    expect((await ingest(database, [article])).problems).toEqual([]);
    const found = await database.read(
      "MATCH (a:Agreement {reviewStatus: 'unreviewed'})-[:EVIDENCED_BY]->(s:Source) WHERE s.id STARTS WITH 'article-' RETURN a.id AS id",
    );
    expect(found.records).toHaveLength(1);
    const id = found.records[0]!.get("id") as string;
    const pending = await postGraphQL(server.url, queue);
    expect(pending.body.errors).toBeUndefined();
    expect((pending.body.data!.reviewQueue as { agreement: { id: string } }[]).map((item) => item.agreement.id)).toContain(id);

    const corrected = await postGraphQL(
      server.url,
      `mutation ($id: ID!) { reviewAgreement(id: $id, decision: CORRECT, correction: { type: "joint_lab", signedOn: "2025-08-30" }) { id type signedOn reviewStatus } }`,
      { id },
      await editorToken(jwtSecret, ["editor"], "reviewer@example.org"),
    );
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.body.data!.reviewAgreement).toEqual({ id, type: "joint_lab", signedOn: "2025-08-30", reviewStatus: "corrected" });

    const again = await ingest(database, [article]);
    expect(again.problems).toEqual([]);
    expect(again.notes).toContain(
      `agreement "${id}": a reviewer has decided its type, title, dates or status; the file's other values were not applied (people's decisions outrank files)`,
    );
    const stored = (await database.read("MATCH (a:Agreement {id: $id}) RETURN a.type AS type, toString(a.signedOn) AS signedOn, a.reviewStatus AS status", { id })).records[0]!;
    expect([stored.get("type"), stored.get("signedOn"), stored.get("status")]).toEqual(["joint_lab", "2025-08-30", "corrected"]);
    const after = await postGraphQL(server.url, queue);
    expect((after.body.data!.reviewQueue as { agreement: { id: string } }[]).map((item) => item.agreement.id)).not.toContain(id);
  });
});
