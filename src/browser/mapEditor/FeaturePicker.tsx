import { pickText } from '../../core/i18n/pickText';
import type { Locale, Localized } from '../../schemas/locale';
import { MAP_LAYERS } from '../../schemas/mapEdit';
import { type EditorFeature, featureKey } from './editorProps';
import type { EditorText } from './editorText';

type Props = { features: EditorFeature[]; lang: Locale; text: EditorText; selected?: string; onSelect: (key: string | undefined) => void };

/** A feature's name in the moderator's language, with its id: "彩色迎宾墙 (checkin-01)". */
export function featureName(f: EditorFeature, lang: Locale): string {
  const name = f.properties.name ? pickText(f.properties.name as Localized, lang) : '';
  return name ? `${name} (${f.id})` : f.id;
}

/** Every feature in a list grouped by layer: the way to select one without tapping the map (keyboard, screen readers, tiny features). */
export default function FeaturePicker({ features, lang, text, selected, onSelect }: Props) {
  return (
    <p className="me-picker">
      <label htmlFor="me-pick">{text['mapEditor.pick']}</label>
      <select id="me-pick" value={selected ?? ''} onChange={(e) => onSelect((e.target as HTMLSelectElement).value || undefined)}>
        <option value="">{text['mapEditor.pick.none']}</option>
        {MAP_LAYERS.map((layer) => (
          <optgroup key={layer} label={text[`mapEditor.layer.${layer}`]}>
            {features.filter((f) => f.layer === layer).map((f) => <option key={f.id} value={featureKey(f)}>{featureName(f, lang)}</option>)}
          </optgroup>
        ))}
      </select>
    </p>
  );
}
