/** What a visitor typed into the map's search, understood. */
export type ParsedQuery =
  | { type: 'building'; number: number }
  | { type: 'stairwell'; building: number; unit: number }
  | { type: 'text'; text: string }
  | { type: 'empty' };

const BUILDING = /^(?:(?:building|bldg|block|no\.?)\s*)?(\d{1,4})\s*(?:幢|栋|棟|号楼|號樓|号|楼)?$/;
const STAIRWELL = [
  /^(\d{1,4})\s*[-－—–‐_/.·]\s*(\d{1,2})$/, // 22-3
  /^(\d{1,4})\s*(?:幢|栋|棟|号楼|号)\s*(\d{1,2})\s*(?:单元|單元|楼道|樓道|门|號|号)?$/, // 22幢3单元
  /^(?:building|bldg|block)?\s*(\d{1,4})\s*,?\s*(?:stairwell|unit|entrance|stair)\s*(\d{1,2})$/, // building 22 stairwell 3
];

/**
 * Understands a search: a building number (`22`, `22幢`, `Building 22`), a stairwell (`22-3`, `22幢3单元`,
 * `building 22 stairwell 3`) or free text. Full-width digits and spaces are normalised first (NFKC).
 * @example parseQuery('２２幢３单元') → { type: 'stairwell', building: 22, unit: 3 }
 */
export function parseQuery(input: string): ParsedQuery {
  const q = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return { type: 'empty' };
  for (const re of STAIRWELL) {
    const m = re.exec(q);
    if (m) return { type: 'stairwell', building: Number(m[1]), unit: Number(m[2]) };
  }
  const b = BUILDING.exec(q);
  if (b) return { type: 'building', number: Number(b[1]) };
  return { type: 'text', text: q };
}
