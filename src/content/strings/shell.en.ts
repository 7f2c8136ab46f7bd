/**
 * English strings of the app shell (namespace `shell`): the views as tabs, the network chooser,
 * the photo and weights chips, the one-line status, the drawers, the notices near the top of the
 * viewport and the drag overlay.
 */
export const shellEn = {
  skip: 'Skip to the view',
  views: {
    label: 'Views',
    walk: 'Walkthrough',
    overview: 'Overview',
    playground: 'Playground',
    edit: 'Edit',
    compare: 'Compare',
    code: 'Code',
    attribution: 'Attribution',
    lab: 'Lab',
  },
  network: {
    label: 'Network',
    imported: 'Imported: {{file}}',
    importedRestoring: 'Imported: {{file}} (restoring…)',
    edited: 'Edited (from {{base}})',
  },
  weights: {
    label: 'Weights',
    random: 'Random · seed {{seed}}',
    trained: 'Trained',
    restoring: 'Restoring…',
    open: 'Weights…',
  },
  photo: {
    label: 'Photo',
    change: 'Change photo',
    loading: 'Loading…',
    none: 'none yet',
  },
  status: {
    label: 'Engine',
    starting: 'Starting…',
    building: 'Building the network…',
    running: 'Computing the feature maps…',
    ready: 'Ready',
    restoring: 'Restoring your saved weights…',
    importing: 'Reading {{file}}…',
    error: 'Stopped: {{message}}',
    details: 'Details',
  },
  drawer: {
    close: 'Close',
    photo: 'Choose a photo',
    weights: 'Trained weights',
    diagnostics: 'Engine details',
  },
  toast: {
    dismiss: 'Dismiss',
    restored: 'Your saved weights are back: {{file}}.',
    forgotten: '{{file}} is forgotten: this browser no longer keeps it.',
    undo: 'Undo',
    restartRestore: 'The engine was restarted, so your saved weights are being restored.',
  },
  drop: {
    photo: 'Drop the photo to use it',
    weights: 'Drop the weight file to import it',
    either: 'Drop a photo to use it, or a weight file (.pth, .onnx) to import it',
  },
  fallback: {
    noImported:
      'This link shows imported weights, but this browser keeps none: showing {{base}} with random weights instead. Import the file under “Weights…” to see it.',
    noEdited: 'This link asks for an edited network but holds none: showing {{base}} instead.',
  },
};
