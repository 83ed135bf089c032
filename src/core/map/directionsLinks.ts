import type { Position } from '../../schemas/geojson';

/**
 * Links that hand a place to the phone's map apps, each told the position is WGS 84:
 * a standard `geo:` URI (RFC 5870, WGS 84 by definition), Amap (`coordinate=wgs84`) and Baidu (`coord_type=wgs84`).
 * @example directionsLinks([120, 31.79], '爱宠部落')[0].href === 'geo:31.79,120?q=31.79,120(%E7%88%B1%E5%AE%A0%E9%83%A8%E8%90%BD)'
 */
export function directionsLinks([lng, lat]: Position, name: string): { app: 'geo' | 'amap' | 'baidu'; href: string }[] {
  const n = encodeURIComponent(name);
  return [
    { app: 'geo', href: `geo:${lat},${lng}?q=${lat},${lng}(${n})` },
    { app: 'amap', href: `https://uri.amap.com/marker?position=${lng},${lat}&name=${n}&coordinate=wgs84&callnative=1` },
    { app: 'baidu', href: `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${n}&content=${n}&coord_type=wgs84&output=html&src=webapp.cailing-map` },
  ];
}
