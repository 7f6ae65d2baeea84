import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.ts";
import { markdownToText } from "./markdown-to-text.ts";

describe("htmlToText", () => {
  it("keeps the article's blocks and drops scripts, navigation and footers", () => {
    const html = `<!doctype html><html><head><title>Order class opens - Qinling News</title>
      <link rel="canonical" href="https://news.example.edu/2025/0903.html">
      <meta property="article:published_time" content="2025-09-03T08:00:00+08:00">
      <meta property="og:site_name" content="Qinling News"><script>var x = "<p>not text</p>";</script></head>
      <body><nav>Home &gt; News</nav><article><h1>Order class opens</h1>
      <p>Qinling Polytechnic College &amp; Hanjiang Drone Co., Ltd. opened an order class.</p><p>Second paragraph.</p></article>
      <footer>Copyright Qinling News</footer></body></html>`;
    const { text, hints } = htmlToText(html);
    expect(text.split("\n").filter(Boolean)).toEqual(["Order class opens", "Qinling Polytechnic College & Hanjiang Drone Co., Ltd. opened an order class.", "Second paragraph."]);
    expect(hints).toEqual({ title: "Order class opens", url: "https://news.example.edu/2025/0903.html", publishedOn: "2025-09-03", publisher: "Qinling News" });
  });

  it("survives broken markup", () => {
    expect(htmlToText("<p>unclosed <b>bold <div>and <script>oops").text).toContain("unclosed bold");
  });
});

describe("markdownToText", () => {
  it("reads the front matter and strips the syntax", () => {
    const { text, hints } = markdownToText("---\ntitle: Joint lab opens\nurl: https://example.org/a\ndate: 2025-04-01\n---\n# Joint lab opens\n\n**Hanjiang Drone Co., Ltd.** and [Qinling Polytechnic College](https://q.example) opened a *joint lab*.\n");
    expect(hints).toEqual({ title: "Joint lab opens", url: "https://example.org/a", publishedOn: "2025-04-01" });
    expect(text).toContain("Hanjiang Drone Co., Ltd. and Qinling Polytechnic College opened a joint lab.");
  });
});
