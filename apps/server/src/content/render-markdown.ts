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
