import type { MessageKey } from '../../i18n/messages';
import { kindOneKey, LANDMARK_KINDS } from '../../schemas/landmarkKinds';

/** What the details form says of a wrong field (see `fieldProblem`). */
const PROBLEM_KEYS = [
  'mapEditor.problem.required', 'mapEditor.problem.tooShort', 'mapEditor.problem.tooLong', 'mapEditor.problem.tooSmall',
  'mapEditor.problem.above', 'mapEditor.problem.tooBig', 'mapEditor.problem.integer', 'mapEditor.problem.choice',
  'mapEditor.problem.format', 'mapEditor.problem.fewItems', 'mapEditor.problem.manyItems', 'mapEditor.problem.invalid',
  'mapEditor.problem.point', 'mapEditor.problem.line', 'mapEditor.problem.area', 'mapEditor.problem.checkinNeeds',
  'mapEditor.problem.checkinOnly',
] as const satisfies readonly MessageKey[];

/** The interface strings the map editor island uses; the page passes just these, in one language. */
export const EDITOR_TEXT_KEYS = [
  'mapEditor.label', 'map.zoomIn', 'map.zoomOut', 'mapEditor.pick', 'mapEditor.pick.none', 'mapEditor.layer.buildings', 'mapEditor.layer.stairwells',
  'mapEditor.layer.landmarks', 'mapEditor.layer.base', 'mapEditor.tiles', 'mapEditor.source.schematic', 'mapEditor.source.gps',
  'mapEditor.source.traced', 'mapEditor.source.import', 'mapEditor.edit', 'mapEditor.edit.hint', 'mapEditor.edit.done',
  'mapEditor.moved', 'mapEditor.reshaped', 'mapEditor.delete', 'mapEditor.delete.confirm', 'mapEditor.delete.checkin', 'mapEditor.delete.yes',
  'mapEditor.delete.confirm.landmark', 'mapEditor.story', 'mapEditor.story.hint', 'mapEditor.story.body', 'mapEditor.story.required',
  'mapEditor.add', 'mapEditor.add.layer', 'mapEditor.add.kind', 'mapEditor.add.draw', 'mapEditor.add.id', 'mapEditor.cancel',
  'mapEditor.details', 'mapEditor.detailsOf', 'mapEditor.details.keep', 'mapEditor.field.invalid',
  ...PROBLEM_KEYS, 'mapEditor.pending', 'mapEditor.pending.none',
  'mapEditor.message', 'mapEditor.save', 'mapEditor.discard', 'mapEditor.saving', 'mapEditor.refused',
  'mapEditor.stale', 'mapEditor.reload', 'mapEditor.error', 'mapEditor.close', 'admin.history',
  'mapEditor.survey', 'mapEditor.survey.corners', 'mapEditor.survey.duration', 'mapEditor.survey.seconds', 'mapEditor.survey.start',
  'mapEditor.survey.stop', 'mapEditor.survey.recording', 'mapEditor.survey.result', 'mapEditor.survey.gate.green',
  'mapEditor.survey.gate.amber', 'mapEditor.survey.gate.red', 'mapEditor.survey.reason.fixes', 'mapEditor.survey.reason.accuracy',
  'mapEditor.survey.reason.spread', 'mapEditor.survey.use', 'mapEditor.survey.failed', 'mapEditor.survey.unsupported',
  'mapEditor.survey.corner', 'mapEditor.survey.cornerCount', 'mapEditor.survey.outline', 'mapEditor.survey.dropped',
  'mapEditor.field.number', 'mapEditor.field.name', 'mapEditor.field.stairwells', 'mapEditor.field.storeys', 'mapEditor.field.lift',
  'mapEditor.field.status', 'mapEditor.field.building', 'mapEditor.field.unit', 'mapEditor.field.kind', 'mapEditor.field.order',
  'mapEditor.field.stops', 'mapEditor.field.stairwell', 'mapEditor.field.stepFree', 'mapEditor.field.widthM', 'mapEditor.field.geometry',
  'dir.n', 'dir.ne', 'dir.e', 'dir.se', 'dir.s', 'dir.sw', 'dir.w', 'dir.nw',
  'status.celebrity', 'status.renewed', 'status.in-progress', 'status.not-yet',
  'mapEditor.import', 'mapEditor.import.intro', 'mapEditor.import.file', 'mapEditor.import.datum', 'import.datum.wgs84',
  'import.datum.gcj02', 'import.datum.bd09', 'mapEditor.import.preview', 'mapEditor.import.reading',
  'mapEditor.import.apply', 'mapEditor.import.none', 'mapEditor.import.unchanged',
  'mapEditor.base.boundary', 'mapEditor.base.green', 'mapEditor.base.road', 'mapEditor.base.gate',
  // What one place is (an option in a list of kinds): Bench, not Benches.
  ...LANDMARK_KINDS.map(kindOneKey),
] as const satisfies readonly MessageKey[];
export type EditorTextKey = (typeof EDITOR_TEXT_KEYS)[number];
export type EditorText = Record<EditorTextKey, string>;
