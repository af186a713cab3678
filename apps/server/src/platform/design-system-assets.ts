import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FastifyPluginAsync } from "fastify";
import { publicAccess } from "./access.ts";

const require = createRequire(import.meta.url);
/** Designsystemet's stylesheets, read once from the installed package (its version pins them). */
const files = {
  "theme.css": require.resolve("@digdir/designsystemet-css/theme.css"),
  "index.css": require.resolve("@digdir/designsystemet-css"),
};

export const designSystemAssets: FastifyPluginAsync = async (app) => {
  for (const [name, path] of Object.entries(files)) {
    const css = readFileSync(path);
    app.get(`/assets/ds/${name}`, { config: { access: publicAccess }, schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=604800").send(css),
    );
  }
};
