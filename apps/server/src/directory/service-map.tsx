import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { MapTiles } from "../config.ts";
import { usePage } from "../web/page-context.tsx";
import { directoryTexts } from "./directory-texts.ts";
import type { DirectoryService } from "./service-model.ts";
import { mapLink } from "./service-presentation.ts";

const tileSize = 256;
const zoom = 16;
const view = { width: 512, height: 288 };

export interface MapTile {
  href: string;
  x: number;
  y: number;
}

/**
 * The tiles around a point, in world pixels at `zoom` (Web Mercator, as every slippy map), and
 * the view box centred on the point. Pure: nothing is fetched here; the browser loads the tiles.
 */
export function tilesAround(latitude: number, longitude: number, template: string, z = zoom): { tiles: MapTile[]; point: { x: number; y: number }; viewBox: string } {
  const scale = tileSize * 2 ** z;
  const latRad = (latitude * Math.PI) / 180;
  const x = ((longitude + 180) / 360) * scale;
  const y = ((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * scale;
  const left = x - view.width / 2;
  const top = y - view.height / 2;
  const tiles: MapTile[] = [];
  for (let tx = Math.floor(left / tileSize); tx * tileSize < left + view.width; tx++) {
    for (let ty = Math.floor(top / tileSize); ty * tileSize < top + view.height; ty++) {
      tiles.push({ href: template.replace("{z}", String(z)).replace("{x}", String(tx)).replace("{y}", String(ty)), x: tx * tileSize, y: ty * tileSize });
    }
  }
  return { tiles, point: { x, y }, viewBox: `${left.toFixed(1)} ${top.toFixed(1)} ${view.width} ${view.height}` };
}

/**
 * Where the service is: always a plain link to OpenStreetMap; with tiles configured also a small
 * map drawn on the server as SVG (no script, and the page is complete without it).
 */
export function ServiceMap({ service, tiles }: { service: DirectoryService; tiles: MapTiles | undefined }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const link = mapLink(service);
  const showMap = tiles && service.latitude !== null && service.longitude !== null;
  const map = showMap ? tilesAround(service.latitude!, service.longitude!, tiles.url) : undefined;
  return (
    <div className="stack service-map">
      {map && tiles && (
        <figure className="service-map-figure">
          <svg viewBox={map.viewBox} role="img" aria-labelledby="service-map-title" preserveAspectRatio="xMidYMid slice">
            <title id="service-map-title">{t("contact.mapLabel", { name: service.name })}</title>
            {map.tiles.map((tile) => (
              <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={tileSize} height={tileSize} />
            ))}
            <circle cx={map.point.x} cy={map.point.y} r={16} className="service-map-marker" />
            <circle cx={map.point.x} cy={map.point.y} r={6} className="service-map-marker-centre" />
          </svg>
          <figcaption>
            <Paragraph data-size="xs">{t("contact.mapAttribution", { attribution: tiles.attribution })}</Paragraph>
          </figcaption>
        </figure>
      )}
      {link && (
        <Paragraph>
          <Link href={link} rel="noopener">
            {t("contact.showOnMap")}
          </Link>
        </Paragraph>
      )}
    </div>
  );
}
