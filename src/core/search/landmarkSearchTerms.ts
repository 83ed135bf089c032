import { kindSynonymsKey, kindTextKey, LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';

/** The words search finds a landmark by: its own names, and the words of its kind. */
export type LandmarkSearchTerms = {
  /** Its name in every language. */
  names: string[];
  /** Its kind's name (`kind.<id>`) and the kind's synonyms (`kind.<id>.synonyms`) in each dictionary given. */
  words: string[];
};

/** Separators of a synonym list in a dictionary: commas (either width), the Chinese list comma 、 and semicolons. */
const LIST_SEPARATOR = /[,，、;；]/;

/**
 * The words search finds a landmark by: its name in every language, then its kind's name and synonyms in each
 * dictionary given, so "pet" and "dog" find 爱宠部落 on the Chinese page too. A synonym list is one dictionary
 * text, its words separated by commas or 、 (`'宠物、狗、猫'`, `'pet, dog, cat'`).
 * @example landmarkSearchTerms({ kind: 'pet-area', name: { 'zh-CN': '爱宠部落' } }, [zhCN, en])
 *   → { names: ['爱宠部落'], words: ['爱宠部落', '宠物', '狗', …, 'Pet area', 'pet', 'dog', …] }
 */
export function landmarkSearchTerms(
  landmark: { kind: string; name: Readonly<Record<string, string>> },
  dictionaries: readonly Readonly<Record<string, unknown>>[],
  registry: LandmarkKindRegistry = LANDMARK_KIND_REGISTRY,
): LandmarkSearchTerms {
  if (!Object.hasOwn(registry, landmark.kind)) throw new Error(`unknown landmark kind: ${landmark.kind}`);
  const text = (d: Readonly<Record<string, unknown>>, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  const words = dictionaries.flatMap((d) => [
    text(d, kindTextKey(landmark.kind)),
    ...text(d, kindSynonymsKey(landmark.kind)).split(LIST_SEPARATOR),
  ]).map((w) => w.trim()).filter(Boolean);
  return { names: Object.values(landmark.name), words: [...new Set(words)] };
}
