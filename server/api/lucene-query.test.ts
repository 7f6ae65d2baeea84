import { describe, expect, it } from "vitest";
import { escapeLucene, luceneQuery } from "./lucene-query.ts";

describe("luceneQuery", () => {
  it("makes Han text a phrase and other words exact-or-prefix, all required", () => {
    expect(luceneQuery("石油 Chong")).toBe('"石油" AND (chong^2 OR chong*)');
  });

  it("splits mixed text into Han runs and words, dropping punctuation", () => {
    expect(luceneQuery("Xi'an 交通大学!")).toBe('(xi^2 OR xi*) AND (an^2 OR an*) AND "交通大学"');
  });

  it("cannot be steered by Lucene syntax in the input", () => {
    // Operators and field syntax are punctuation here: they never reach the query as syntax.
    expect(luceneQuery('name:x* OR "a" AND -b')).toBe("(name^2 OR name*) AND (x^2 OR x*) AND (or^2 OR or*) AND (a^2 OR a*) AND (and^2 OR and*) AND (b^2 OR b*)");
  });

  it("gives nothing to search for text without letters or digits", () => {
    expect(luceneQuery(" *?!: ")).toBeNull();
  });

  it("escapes every special character of the classic parser", () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});
