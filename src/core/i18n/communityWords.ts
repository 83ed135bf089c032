import type { Community } from '../../schemas/community';
import type { Locale } from '../../schemas/locale';

/**
 * The community's own words the interface strings use, in one language: `{buildingUnit}` (幢, 栋, 号楼,
 * Building). A word the community does not set is left out, so the dictionary's default stands.
 * @example communityWords({ buildingUnit: { 'zh-CN': '栋' }, … }, 'zh-CN') → { buildingUnit: '栋' }
 */
export function communityWords(community: Pick<Community, 'buildingUnit'>, lang: Locale): Record<string, string> {
  const unit = community.buildingUnit?.[lang];
  return unit ? { buildingUnit: unit } : {};
}
