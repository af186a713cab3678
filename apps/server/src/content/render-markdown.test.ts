import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { Marked } from "marked";
import { cleanMarkdown, isSafeLinkTarget, renderMarkdown } from "./render-markdown.ts";

/** Payloads an editor (or an attacker with an editor's account) might paste into a page. */
const xssCorpus: Record<string, string> = {
  "script tag": "<script>alert(1)</script>",
  "script tag in a paragraph": "Hello <script src=https://evil.example/x.js></script> world",
  "img onerror": '<img src=x onerror="alert(1)">',
  "svg onload": "<svg onload=alert(1)><circle r=1 /></svg>",
  "iframe": '<iframe src="https://evil.example"></iframe>',
  "iframe srcdoc": `<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
  "javascript: link (html)": '<a href="javascript:alert(1)">click</a>',
  "javascript: link (markdown)": "[x](javascript:alert(1))",
  "javascript: link with mixed case and spaces": '<a href=" JaVaScRiPt:alert(1)">click</a>',
  "entity-encoded javascript:": '<a href="&#x6A;avascript:alert(1)">click</a>',
  "decimal-encoded javascript:": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  "tab inside javascript:": '<a href="java\tscript:alert(1)">click</a>',
  "markdown link with encoded javascript:": "[x](&#x6A;avascript:alert(1))",
  "vbscript: link": '<a href="vbscript:msgbox(1)">click</a>',
  "data: URL link": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  "data: URL in markdown link": "[x](data:text/html,<script>alert(1)</script>)",
  "data: URL image": "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "style attribute": '<p style="background:url(javascript:alert(1))">styled</p>',
  "style tag": "<style>body{background:url(javascript:alert(1))}</style>",
  "HTML comment hiding script": "<!-- <script>alert(1)</script> -->text<!--><script>alert(1)</script>-->",
  "onclick on allowed tag": '<p onclick="alert(1)">para</p><a href="https://ok.example" onmouseover="alert(1)">ok</a>',
  "object/embed": '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  "form with formaction": '<form><button formaction="javascript:alert(1)">go</button></form>',
  "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "math/xlink": '<math><a xlink:href="javascript:alert(1)">x</a></math>',
  "unclosed attribute trick": '<a href="https://ok.example"onclick=alert(1)>x</a>',
  "protocol-relative link": '<a href="//evil.example">x</a>',
  "base tag": '<base href="javascript:alert(1)//">',
  "markdown autolink with javascript": "<javascript:alert(1)>",
};

function assertSafe(html: string, label: string) {
  assert.doesNotMatch(html, /<script/i, `${label}: <script survived: ${html}`);
  assert.doesNotMatch(html, /<(iframe|svg|img|object|embed|style|form|meta|base|math|button)\b/i, `${label}: a forbidden tag survived: ${html}`);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${label}: an on…= attribute survived: ${html}`);
  assert.doesNotMatch(html, /\sstyle\s*=/i, `${label}: a style attribute survived: ${html}`);
  // Every attribute of every real tag (text is escaped, so "<" only starts tags).
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const match of tag[0].matchAll(/\s(href|src|xlink:href)\s*=\s*"([^"]*)"/gi)) {
      const value = match[2]!.replace(/&#x?[0-9a-f]+;?|&colon;|\s/gi, "?");
      assert.match(value, /^(https?:\/\/|mailto:)/i, `${label}: unsafe ${match[1]} "${match[2]}"`);
    }
  }
  // Inside real tags only: escaped text such as "&lt;a href=javascript:" is harmless.
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(tag[0], /href\s*=\s*"?\s*(javascript|vbscript|data):/i, `${label}: a dangerous href survived: ${html}`);
}

describe("renderMarkdown strips script from editor-written content", () => {
  test("the corpus has at least 15 payloads", () => assert.ok(Object.keys(xssCorpus).length >= 15));
  for (const [label, payload] of Object.entries(xssCorpus)) {
    test(label, () => {
      assertSafe(renderMarkdown(payload), label);
      // Wrapped in ordinary Markdown as well, so the payload is not at the start of a block.
      assertSafe(renderMarkdown(`## Heading\n\nSome **text** ${payload} more.\n\n- item ${payload}\n`), `${label} (inline)`);
    });
  }
});

describe("renderMarkdown keeps ordinary Markdown", () => {
  test("headings, paragraphs, lists, emphasis", () => {
    const html = renderMarkdown("## Title\n\n### Sub\n\nA **bold** and *em* word.\n\n- one\n- two\n\n1. first\n2. second\n");
    assert.equal(
      html.replace(/\n/g, ""),
      "<h2>Title</h2><h3>Sub</h3><p>A <strong>bold</strong> and <em>em</em> word.</p><ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>",
    );
  });

  test("links keep http(s) and mailto and get rel=noopener", () => {
    const html = renderMarkdown("[UDI](https://www.udi.no) [mail](mailto:post@example.no) [plain](http://example.no)");
    assert.match(html, /<a href="https:\/\/www\.udi\.no" rel="noopener">UDI<\/a>/);
    assert.match(html, /<a href="mailto:post@example\.no" rel="noopener">mail<\/a>/);
    assert.match(html, /<a href="http:\/\/example\.no" rel="noopener">plain<\/a>/);
  });

  test("an author's own rel or target is replaced", () => {
    const html = renderMarkdown('<a href="https://ok.example" rel="opener" target="_blank">x</a>');
    assert.equal(html.trim(), '<p><a href="https://ok.example" rel="noopener">x</a></p>');
  });

  test("a top-level heading is demoted below the page's h1 and text outside allowed tags stays as text", () => {
    assert.equal(renderMarkdown("# Big").trim(), "<h2>Big</h2>");
    assert.equal(renderMarkdown("<div>inside <span>span</span></div>").trim(), "inside span");
  });

  test("a dangerous link keeps its text without the address", () => {
    assert.equal(renderMarkdown("[click](javascript:alert(1))").trim(), '<p><a rel="noopener">click</a></p>');
  });
});

const markdownReader = new Marked({ gfm: true });

/** What an editor's text may still hold after saving: no tag of any kind (autolinks to http(s)/mailto aside) and no unsafe link. */
function assertCleaned(markdown: string, label: string) {
  for (const tag of markdown.matchAll(/<[a-z!?/][^<>]*>/gi)) {
    assert.match(tag[0], /^<(https?:\/\/|mailto:)[^\s<>]*>$/i, `${label}: a tag survived the save: ${markdown}`);
  }
  // As Markdown reads it: no raw HTML, no image, no link or reference to an unsafe address.
  markdownReader.walkTokens(markdownReader.lexer(markdown), (token) => {
    assert.ok(token.type !== "html" && token.type !== "image", `${label}: ${token.type} survived the save: ${markdown}`);
    if (token.type === "link" || token.type === "def") assert.ok(isSafeLinkTarget(token.href), `${label}: an unsafe link survived the save: ${markdown}`);
  });
}

describe("cleanMarkdown cleans editor text when it is saved", () => {
  for (const [label, payload] of Object.entries(xssCorpus)) {
    test(label, () => {
      for (const text of [payload, `## Heading\n\nSome **text** ${payload} more.\n\n- item ${payload}\n`]) {
        const cleaned = cleanMarkdown(text);
        assertCleaned(cleaned, label);
        assertSafe(renderMarkdown(cleaned), `${label} (saved, then shown)`);
        assert.equal(cleanMarkdown(cleaned), cleaned, `${label}: cleaning twice changes nothing`);
      }
    });
  }

  test("ordinary Markdown is kept as written", () => {
    const text = "## Tittel\n\nEn **fet** og *kursiv* tekst med [lenke](https://www.nav.no) og <https://www.udi.no>.\n\n- en\n- to\n\n1. første\n2. andre\n\nFor 3 < 4 og 5 > 2.";
    assert.equal(cleanMarkdown(text), text);
  });

  test("links: http(s) and mailto are safe, however other schemes are written they are not", () => {
    for (const href of ["https://www.nav.no", "http://example.no/a?b=c", "mailto:post@kommune.no"]) assert.ok(isSafeLinkTarget(href), href);
    for (const href of ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x", "&#x6A;avascript:x", "&#106;avascript:x", "data:text/html,x", "vbscript:x", "//evil.example", "/relative", "#top", "%6Aavascript:x"]) {
      assert.ok(!isSafeLinkTarget(href), href);
    }
  });

  test("property: any mix of dangerous fragments is clean after saving and safe when shown", () => {
    const fragments = ["<script>", "</script>", "<", ">", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:", "&#x6A;", "[x](", "![a](", ")", "](", "data:text/html,", "<!--", "-->", "**", "\n", " ", "a", "<a href=", '"', "'", "<iframe", "<style>", "</style>", "<https://ok.no>", "&lt;script&gt;", "`", "\\"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const cleaned = cleanMarkdown(parts.join(""));
        assertCleaned(cleaned, "property");
        assertSafe(renderMarkdown(cleaned), "property");
      }),
      { numRuns: 400 },
    );
  });
});
