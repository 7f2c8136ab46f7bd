/**
 * The imported file's summary and first look, as the worker reports them; re-exported for the
 * components, which never import src/tf.
 */
export type { ImportPreview, ImportedSummary } from '../../tf/weights/messages';
