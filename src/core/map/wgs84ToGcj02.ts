import type gcoordModule from 'gcoord';

/**
 * A `[lng, lat]` WGS 84 → GCJ-02 shift made from the `gcoord` module, which the map loads only when a GCJ-02
 * tile provider is configured. Places outside China come back unchanged (as GCJ-02 defines).
 * @example wgs84ToGcj02(gcoord)([120, 31.79]) → [≈120.004556, ≈31.787955]
 */
export function wgs84ToGcj02(gcoord: typeof gcoordModule): (p: [number, number]) => [number, number] {
  return (p) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as [number, number];
}
