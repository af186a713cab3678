import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown to safe HTML for content pages. The output is always sanitised, even for our own
 * baseline files, because the same renderer serves pages written by municipal editors: only
 * h2, h3, p, ul, ol, li, strong, em and a[href] (http, https, mailto) survive, and every link
 * gets rel="noopener". Headings are kept below the page's own h1.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template", "title", "head"],
  transformTags: {
    h1: "h2",
    h4: "h3",
    h5: "h3",
    h6: "h3",
    b: "strong",
    i: "em",
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href === undefined ? {} : { href: attribs.href }), rel: "noopener" } }),
  },
};

export function sanitizeContentHtml(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeContentHtml(html);
}

/** Tags whose content is code or hidden, removed with their content when an editor saves. */
const droppedWithContent = ["script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "textarea", "title", "select", "xmp", "noembed", "noframes"];
const droppedBlocks = new RegExp(`<(${droppedWithContent.join("|")})\\b[^]*?(?:<\\/\\1\\s*>|$)`, "gi");
const htmlComment = /<!--[^]*?(?:-->|$)/g;
/** Anything shaped like an HTML tag, a declaration or a processing instruction, but not a Markdown autolink. */
const tagLike = /<(?!(?:https?:\/\/|mailto:)[^\s<>]*>)(?:\/?[a-z][^<>]*|![^<>]*|\?[^<>]*)>/gi;
const namedEntities: Record<string, string> = { colon: ":", tab: "\t", newline: "\n", sol: "/", lpar: "(", rpar: ")", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return namedEntities[name.toLowerCase()] ?? entity;
  });
}

/** Whether a link address in Markdown is one the renderer keeps: http(s) or mailto, however it is encoded. */
export function isSafeLinkTarget(href: string): boolean {
  let decoded = href;
  try {
    decoded = decodeURI(decodeEntities(href));
  } catch {
    decoded = decodeEntities(href);
  }
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return /^(https?:\/\/[^/\\]|mailto:)/.test(compact);
}

/**
 * Cleans Markdown when an editor saves it: raw HTML is removed (script and similar tags with their
 * content), links to anything but http(s) and mailto become their text, and images become their
 * alternative text. What is stored is then safe even before the renderer sanitises it again.
 */
export function cleanMarkdown(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  for (let round = 0; round < 20; round++) {
    const before = text;
    text = text.replace(droppedBlocks, "").replace(htmlComment, "").replace(tagLike, "");
    const edits: Array<{ raw: string; replacement: string }> = [];
    marked.walkTokens(marked.lexer(text), (token) => {
      if (token.type === "image") edits.push({ raw: token.raw, replacement: token.text });
      else if (token.type === "link" && !isSafeLinkTarget(token.href)) edits.push({ raw: token.raw, replacement: token.text });
      else if (token.type === "def" && !isSafeLinkTarget(token.href)) edits.push({ raw: token.raw, replacement: "" });
      else if (token.type === "html") edits.push({ raw: token.raw, replacement: "" });
    });
    let cursor = 0;
    for (const { raw, replacement } of edits) {
      const at = text.indexOf(raw, cursor);
      if (at < 0) continue;
      text = text.slice(0, at) + replacement + text.slice(at + raw.length);
      cursor = at + replacement.length;
    }
    if (text === before) return text.trim();
  }
  // Cannot settle (never seen): keep the sanitised text with its entities still escaped.
  return renderMarkdown(text).replace(/<[^>]*>/g, " ").trim();
}

const textEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The plain text of sanitised content HTML: block ends become line breaks, tags go, entities become characters. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<\/(h2|h3|p|li)>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return textEntities[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

/** The plain text of Markdown (for search and machine translation): rendered, sanitised, tags dropped. */
export function markdownToText(markdown: string): string {
  return htmlToPlainText(renderMarkdown(markdown));
}
