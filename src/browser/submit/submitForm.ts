import { TYPED_PHOTO_FIELDS, TYPED_SUBMISSION_FIELDS } from '../../schemas/submissionFields';
import type { PickPlaces } from '../../core/map/snapToPlace';
import { pluralForm } from '../../i18n/pluralForm';
import type { Message } from '../../i18n/types';
import { fill } from '../shared/fill';
import { bindPlaceChoice } from './placeChoice';
import { loadDraftPhoto, saveDraftPhoto } from './draftPhoto';
import { shrinkPhoto } from './shrinkPhoto';

/** Fields kept in the draft as they are typed (the photo is kept separately, in IndexedDB): the story form's, or the photo form's. */
const draftFields = (photoForm: boolean): readonly string[] => (photoForm ? TYPED_PHOTO_FIELDS : TYPED_SUBMISSION_FIELDS);

/**
 * The submit form, improved when JavaScript runs: the draft is saved on the phone as it is typed (and the
 * photo with it), photos are shrunk before upload, the tapped map point snaps to a building or stairwell and is described in words, and sending
 * goes through fetch so a failed send keeps everything and shows field errors beside their fields. A form
 * token that expired while the page stood open is renewed by the server and the story sent once more.
 * Without JavaScript the same form posts to the page and the server answers with the same errors.
 */
export function enhanceSubmitForm(form: HTMLFormElement) {
  // The page says its language and its URL prefix (none for the default language, `/en` for English).
  const lang = form.dataset.lang ?? document.documentElement.lang;
  const prefix = form.dataset.prefix ?? '';
  // "Add a photo to this place" keeps its own draft per landmark, apart from a story being written.
  const photoFor = form.dataset.photoFor;
  const key = photoFor ? `submit-draft:${lang}:photo:${photoFor}` : `submit-draft:${lang}`;
  const DRAFT_FIELDS = draftFields(Boolean(photoFor));
  const firstField = photoFor ? 'photo' : 'title';
  const $ = <E extends Element>(s: string) => form.querySelector<E>(s)!;
  const sendStatus = $<HTMLElement>('.send-status');
  const draftStatus = $<HTMLElement>('.draft-status');
  const photoInput = $<HTMLInputElement>('#photo');
  let photo: Blob | undefined;
  const hadServerValues = ['#title', '#body', '#alt'].some((s) => Boolean(form.querySelector<HTMLInputElement>(s)?.value));

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  const saveDraft = () => {
    const draft: Record<string, string> = {};
    for (const name of DRAFT_FIELDS) {
      const el = field(name);
      if (el) draft[name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
    }
    try { localStorage.setItem(key, JSON.stringify(draft)); draftStatus.textContent = sendStatus.dataset.saved ?? ''; } catch { /* private mode */ }
  };
  const restoreDraft = async () => {
    if (hadServerValues) return;
    let draft: Record<string, string> | undefined;
    try { draft = JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined; } catch { /* ignore */ }
    const stored = await loadDraftPhoto(key);
    if (!draft && !stored) return;
    for (const [name, value] of Object.entries(draft ?? {})) {
      const el = field(name);
      if (!el) continue;
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === el.value;
      else el.value = value;
    }
    // A photo chosen since the page opened is newer than the draft's.
    if (stored && !photoInput.files?.length) { photo = stored; showPhoto(stored); }
    document.dispatchEvent(new CustomEvent('location-change'));
    draftStatus.textContent = sendStatus.dataset.restored ?? '';
  };

  // The story form's place choice (the photo form's place is its landmark).
  const clear = form.querySelector<HTMLButtonElement>('.point-clear');
  const pointStatus = form.querySelector<HTMLElement>('.point-status');
  const places = JSON.parse(document.getElementById('pick-places')?.textContent ?? 'null') as PickPlaces | null;
  const place = clear && pointStatus ? bindPlaceChoice(form, places ?? { boundary: [], buildings: [], entrances: [] }, pointStatus) : undefined;
  const describePoint = () => {
    if (!place || !clear) return;
    place.sayWhatIsChosen();
    clear.hidden = !(field('lng')!.value && field('lat')!.value);
  };
  document.addEventListener('location-change', () => { describePoint(); saveDraft(); });
  if (place) clear?.addEventListener('click', place.clear);

  const showPhoto = (blob: Blob) => {
    const status = $<HTMLElement>('.photo-status');
    status.textContent = fill(status.dataset.resized ?? '', { size: `${Math.round(blob.size / 1024)} KB` });
  };
  const takePhoto = async () => {
    const file = photoInput.files?.[0];
    if (!file) { photo = undefined; return; }
    photo = await shrinkPhoto(file);
    if (photo !== file) showPhoto(photo);
    void saveDraftPhoto(key, photo);
  };
  photoInput.addEventListener('change', takePhoto);

  form.addEventListener('input', saveDraft);
  form.addEventListener('change', saveDraft);

  const showErrors = (errors: Record<string, string>) => {
    form.querySelectorAll<HTMLElement>('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => { el.removeAttribute('aria-invalid'); });
    const summary = document.getElementById('form-errors')!;
    summary.innerHTML = '';
    const entries = Object.entries(errors);
    if (!entries.length) { summary.hidden = true; return; }
    // The lead sentence the server's answer has too ("2 things to fix:"), in the page's plural forms.
    if (summary.dataset.summary) {
      const lead = document.createElement('p');
      lead.textContent = fill(pluralForm(JSON.parse(summary.dataset.summary) as Message, lang, entries.length), { count: entries.length });
      summary.append(lead);
    }
    const list = document.createElement('ul');
    for (const [name, message] of entries) {
      // A place removed from the map is said beside the photo: the photo form has no field for its place.
      const target = ['lng', 'lat', 'stairwell', 'building'].includes(name) ? 'location' : name === 'landmark' ? 'photo' : name;
      const slot = form.querySelector<HTMLElement>(`.field-error[data-field="${target}"]`);
      if (slot) { slot.textContent = message; slot.hidden = false; }
      field(name)?.setAttribute('aria-invalid', 'true');
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#field-${target === 'form' ? firstField : target}`;
      link.textContent = message;
      item.append(link);
      list.append(item);
    }
    summary.append(list);
    summary.hidden = false;
    summary.focus();
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = $<HTMLButtonElement>('button[type="submit"]');
    const label = button.textContent;
    button.disabled = true;
    button.textContent = button.dataset.sending ?? label;
    sendStatus.textContent = '';
    const send = async () => {
      const body = new FormData(form);
      body.delete('photo');
      if (photo) body.set('photo', photo, 'photo.jpg');
      const response = await fetch('/api/submissions', { method: 'POST', body, headers: { accept: 'application/json' } });
      const answer = (await response.json().catch(() => ({}))) as { receipt?: string; status?: string; errors?: Record<string, string>; formToken?: string; retry?: boolean };
      // The server says which form token to carry next (a fresh one when the page had been open too long).
      const token = field('formToken');
      if (answer.formToken && token) token.value = answer.formToken;
      return { response, answer };
    };
    try {
      let { response, answer } = await send();
      // A page left open for over a week: its token expired and the server gave a new one; send once more.
      if (answer.retry) ({ response, answer } = await send());
      if (response.status === 201 && answer.status) {
        try { localStorage.removeItem(key); } catch { /* ignore */ }
        await saveDraftPhoto(key, undefined);
        location.assign(`${prefix}${answer.status}?sent=1`);
        return;
      }
      showErrors(answer.errors ?? { form: sendStatus.dataset.failed ?? '' });
    } catch {
      sendStatus.textContent = sendStatus.dataset.offline ?? '';
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  });

  void restoreDraft().then(describePoint);
  // A photo chosen before this script ran (a slow phone: the form works before its script has loaded) is taken too.
  if (photoInput.files?.length) void takePhoto();
}
