import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { publicAccess } from "./access.ts";
import { chooseEncoding, compressible } from "./compression.ts";

const require = createRequire(import.meta.url);

/** Designsystemet's stylesheets, read from the installed package (its version pins them), served as `ds-theme.css` and `ds-index.css`. */
const designSystemFiles = {
  "ds-theme.css": require.resolve("@digdir/designsystemet-css/theme.css"),
  "ds-index.css": require.resolve("@digdir/designsystemet-css"),
};

const contentTypes: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".html": "text/html; charset=utf-8",
};

/** A year: the name changes whenever the bytes do, so a browser never has to ask again. */
export const immutableCaching = "public, max-age=31536000, immutable";

export interface Asset {
  /** The file's own name, e.g. `app.css`. */
  name: string;
  /** Its address under a content-hashed name, e.g. `/assets/app.3f9a1c2b7d.css`. */
  url: string;
  contentType: string;
  /** The bytes as they are, and compressed once here, at start, never per request. */
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export interface AssetCatalog {
  /** The content-hashed address of a file in `public/` (or `ds-theme.css`, `ds-index.css`); throws for a file that does not exist. */
  url(name: string): string;
  byName(name: string): Asset | undefined;
  all(): readonly Asset[];
  /** Changes whenever any asset does: names the service worker's version. */
  version: string;
}

function hashOf(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 10);
}

function hashedName(name: string, hash: string): string {
  const extension = extname(name);
  return `${name.slice(0, name.length - extension.length)}.${hash}${extension}`;
}

export function compressOnce(bytes: Buffer, contentType: string): Pick<Asset, "br" | "gzip"> {
  if (!compressible(contentType)) return {};
  return {
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzip: gzipSync(bytes, { level: 9 }),
  };
}

/** Reads every file of `publicDir` and Designsystemet's stylesheets once, hashes and compresses them. */
export function loadAssets(publicDir: string): AssetCatalog {
  const sources: Array<[string, string]> = [
    ...Object.entries(designSystemFiles),
    ...readdirSync(publicDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && contentTypes[extname(entry.name)])
      .map((entry): [string, string] => [entry.name, join(publicDir, entry.name)]),
  ];
  const assets = new Map<string, Asset>();
  for (const [name, path] of sources) {
    const identity = readFileSync(path);
    const contentType = contentTypes[extname(name)]!;
    assets.set(name, { name, url: `/assets/${hashedName(name, hashOf(identity))}`, contentType, identity, ...compressOnce(identity, contentType) });
  }
  const all = [...assets.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    url(name) {
      const asset = assets.get(name);
      if (!asset) throw new Error(`no asset ${name} in ${publicDir}`);
      return asset.url;
    },
    byName: (name) => assets.get(name),
    all: () => all,
    version: hashOf(all.map((asset) => asset.url).join("\n")),
  };
}

/** Sends an asset in the best encoding the client takes, from the bytes compressed at start. */
export function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Pick<Asset, "contentType" | "identity" | "br" | "gzip">, cacheControl: string): FastifyReply {
  const encoding = chooseEncoding(request.headers["accept-encoding"], Boolean(asset.br));
  reply.type(asset.contentType).header("cache-control", cacheControl).header("vary", "Accept-Encoding");
  if (encoding === "br" && asset.br) return reply.header("content-encoding", "br").send(asset.br);
  if (encoding === "gzip" && asset.gzip) return reply.header("content-encoding", "gzip").send(asset.gzip);
  return reply.send(asset.identity);
}

/** `app.3f9a1c2b7d.css` → `app.css`; a name without a hash stays as it is. */
function plainName(file: string): string {
  return file.replace(/\.[0-9a-f]{10}(\.[a-z]+)$/, "$1");
}

/**
 * Serves the assets under their hashed names for a year (immutable). An address with another hash
 * (a page from before a new version) or none gets today's file, cached only briefly, so an old
 * page still finds its stylesheet and nothing stale is kept under a name that promises otherwise.
 */
export const staticAssets: FastifyPluginAsync<{ catalog: AssetCatalog }> = async (app, { catalog }) => {
  app.get<{ Params: { file: string } }>("/assets/:file", { config: { access: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    const { file } = request.params;
    const asset = catalog.byName(plainName(file));
    if (!asset) return reply.callNotFound();
    return sendAsset(request, reply, asset, asset.url === `/assets/${file}` ? immutableCaching : "public, max-age=300");
  });
};

declare module "fastify" {
  interface FastifyInstance {
    /** The static files under their content-hashed names (see loadAssets). */
    assets: AssetCatalog;
  }
}
