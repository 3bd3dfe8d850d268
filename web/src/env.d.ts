interface ImportMetaEnv {
  /** Tile template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png; without it the map has no background. */
  readonly VITE_MAP_TILE_URL?: string;
  /** Attribution (HTML) shown for the tiles. */
  readonly VITE_MAP_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
