import { kindTextKey, LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';

/**
 * The words search finds a landmark by: its name in every language, then its kind's name (`kind.<id>`) in each
 * dictionary given, so "pet" finds 爱宠部落 on the Chinese page too.
 * @example landmarkSearchTerms({ kind: 'pet-area', name: { 'zh-CN': '爱宠部落' } }, [zhCN, en]) → ['爱宠部落', '爱宠部落', 'Pet area']
 */
export function landmarkSearchTerms(
  landmark: { kind: string; name: Readonly<Record<string, string>> },
  dictionaries: readonly Readonly<Record<string, unknown>>[],
  registry: LandmarkKindRegistry = LANDMARK_KIND_REGISTRY,
): string[] {
  if (!Object.hasOwn(registry, landmark.kind)) throw new Error(`unknown landmark kind: ${landmark.kind}`);
  const key = kindTextKey(landmark.kind);
  const kindNames = dictionaries.map((d) => d[key]).filter((name): name is string => typeof name === 'string');
  return [...Object.values(landmark.name), ...kindNames];
}
