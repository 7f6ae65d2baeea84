import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { prepareDatabase } from "../../server/commands/prepare-database.ts";
import { loadConfig } from "../../server/config.ts";
import { registerIsLoaded } from "../../server/ingest/load-register.ts";
import { readRegisterCsv, registerSource } from "../../server/ingest/register-reference.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { createLogger } from "../../server/logger.ts";
import { csvRows } from "../support/csv-rows.ts";
import { canonicalDump, connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

const logger = createLogger("silent");

/** The ids of the organisations a text names: by name, Chinese name, alias or code. */
async function idsNamed(database: Database, text: string): Promise<string[]> {
  const result = await database.read(
    "MATCH (o:Organization) WHERE o.name = $text OR o.nameZh = $text OR $text IN coalesce(o.aliases, []) OR o.code = $text RETURN o.id AS id ORDER BY id",
    { text },
  );
  return result.records.map((r) => r.get("id") as string);
}

describe("the register of higher-education institutions at first start", () => {
  let database: Database;
  const register = readRegisterCsv();
  beforeAll(() => {
    database = connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(database);
    await database.write("MATCH (r:Region) DETACH DELETE r");
  });
  afterAll(() => database.close());

  it("loads the regions, the sample and the register into an empty database, and nothing the second time", async () => {
    expect(await prepareDatabase(database, { loadSample: true, loadRegister: true, logger })).toEqual({ sampleLoaded: true, registerLoaded: true });
    expect(await countOf(database, "MATCH (r:Region {level: 'province'}) RETURN count(r)")).toBe(34);
    // The sample's organisations keep their ids: the register folds into them.
    const sampleIds = csvRows(sampleDir, "institutions.csv").map((row) => row.id);
    expect(await countOf(database, "MATCH (i:Institution) WHERE i.id IN $ids RETURN count(i)", { ids: sampleIds })).toBe(sampleIds.length);
    // Every school of the register, once, with its code, citing the register.
    expect(await countOf(database, "MATCH (i:Institution)-[:EVIDENCED_BY]->(:Source {id: $source, kind: 'dataset'}) RETURN count(DISTINCT i.code)", { source: registerSource.id })).toBe(3167);
    expect(await countOf(database, "MATCH (i:Institution) WHERE i.code IS NOT NULL RETURN count(i)")).toBe(3167);
    expect(register).toHaveLength(3167);
    // 西安理工大学 by its Chinese name and by its code is one institution: the sample's.
    expect(await idsNamed(database, "西安理工大学")).toEqual(["xian-university-of-technology"]);
    expect(await idsNamed(database, "4161010700")).toEqual(["xian-university-of-technology"]);
    const xaut = (await database.read("MATCH (o:Institution {id: 'xian-university-of-technology'})-[:LOCATED_IN]->(r:Region) RETURN o, r.code AS region")).records[0]!;
    expect(xaut.get("o").properties).toMatchObject({ name: "Xi'an University of Technology", nameZh: "西安理工大学", code: "4161010700", kind: "university", authority: "陕西省" });
    expect(xaut.get("region")).toBe("610100");
    // The rows outside their heading's province stand where the register's 所在地 says.
    const regionOf = async (code: string) => (await database.read("MATCH (:Institution {code: $code})-[:LOCATED_IN]->(r:Region) RETURN r.code AS region", { code })).records[0]?.get("region");
    expect(await regionOf("4113010080")).toBe("120000");
    expect(await regionOf("4154010695")).toBe("610400");
    expect(await regionOf("4162014552")).toBe("622900");

    const before = await canonicalDump(database);
    expect(await prepareDatabase(database, { loadSample: true, loadRegister: true, logger })).toEqual({ sampleLoaded: false, registerLoaded: false });
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("serves without the register, and says why, when a school's name is an enterprise's in the graph", async () => {
    await database.write("CREATE (:Organization:Enterprise {id: 'pku-enterprise', name: '北京大学'})");
    const warnings: unknown[] = [];
    const recording = createLogger("silent");
    recording.warn = ((details: unknown) => void warnings.push(details)) as typeof recording.warn;
    expect(await prepareDatabase(database, { loadSample: false, loadRegister: true, logger: recording })).toEqual({ sampleLoaded: false, registerLoaded: false });
    expect(warnings).toEqual([expect.objectContaining({ count: 1, problems: [expect.stringContaining("北京大学")] })]);
    expect(await countOf(database, "MATCH (o:Organization) RETURN count(o)")).toBe(1);
  });

  it("skips the register with ATLAS_REGISTER=off, and loads it on a later start", async () => {
    const { loadRegister } = loadConfig({ ATLAS_REGISTER: "off" });
    expect(await prepareDatabase(database, { loadSample: false, loadRegister, logger })).toEqual({ sampleLoaded: false, registerLoaded: false });
    expect(await countOf(database, "MATCH (o:Organization) RETURN count(o)")).toBe(0);
    expect(await registerIsLoaded(database, register)).toBe(false);
    expect(await prepareDatabase(database, { loadSample: false, loadRegister: true, logger })).toEqual({ sampleLoaded: false, registerLoaded: true });
    expect(await countOf(database, "MATCH (i:Institution) RETURN count(i)")).toBe(3167);
    expect(await idsNamed(database, "4161010700")).toEqual(["moe-4161010700"]);
  });
});
