/**
 * English strings of the classroom area (namespace `classroom`): presentation mode, the
 * spotlight, the share link, quiz mode and the exports. Numbers arrive already formatted.
 */
export const classroomEn = {
  present: {
    refused:
      'Full screen was not allowed here, so the presentation stays in this window (F11 makes the browser full screen).',
  },
  spotlight: {
    open: 'Enlarge',
    openLabel: 'Enlarge {{label}} to fill the screen',
    close: 'Close (Esc)',
    dialog: 'Enlarged: {{label}}',
  },
  share: {
    heading: 'Open this view on your phone',
    qr: 'QR code of the link {{url}}',
    link: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac).',
    localOnly:
      'This link points to this computer ({{host}}): phones in the room cannot open it. Serve the app on the network (npm run preview -- --host) and open it by its network address.',
  },
  quiz: {
    heading: 'Quiz: {{layer}}',
    intro: 'Work it out by hand, then type the number. Only your first answer to each question counts.',
    /** What the questions start from: the layer's input and its definition (never an answer). */
    given: {
      heading: 'Given',
      input: 'Input: {{shape}}, the output of {{from}}',
      inputImage: 'Input: the {{shape}} image',
      conv: '{{filters}} kernels of {{kernel}}×{{kernel}}, stride {{stride}}, padding {{padding}}',
      convGroups:
        '{{filters}} kernels of {{kernel}}×{{kernel}}, stride {{stride}}, padding {{padding}}, in {{groups}} groups',
      maxpool: '{{size}}×{{size}} windows, stride {{stride}}, no padding',
      maxpoolCeil:
        '{{size}}×{{size}} windows, stride {{stride}}, no padding; a last window may hang over the far edge (sizes round up)',
      dense: '{{units}} units, each connected to every input value',
    },
    concealed:
      'The explanation and the pictures of {{layer}} appear once each question above has an answer: they would give the answers away.',
    score: 'Score: {{right}} right of {{asked}} asked',
    scoreNone: 'Score: no answers yet',
    prompt: {
      maps: 'How many feature maps does {{layer}} output?',
      size: 'Each output map of {{layer}} is N×N. What is N?',
      length: 'How many numbers long is the vector that {{layer}} outputs?',
      depth: 'How deep is each kernel of {{layer}}, that is, how many channels does one kernel span?',
      params: 'How many learnable parameters (weights and biases) does {{layer}} have?',
    },
    earlierRight: '(earlier: right first time)',
    earlierWrong: '(earlier: not right first time)',
    check: 'Check',
    right: 'Right: {{answer}}.',
    rightPool: 'Right: 0. Taking the largest value of each window leaves nothing for training to adjust.',
    wrong: 'Not quite: you wrote {{given}}; the answer is {{answer}}. Here is the working.',
    unreadable: 'Type a single number, for example 34,944 or 55.',
    working: 'Working, step by step',
    /** The rule a working starts from (core/quiz.ts gives the key and the numbers). */
    reason: {
      perKernel: 'One kernel makes one feature map, and {{layer}} has {{filters}} kernels:',
      poolKeeps: 'Pooling works on each map on its own, so all {{maps}} maps that come in go out:',
      inputChannels: 'A kernel spans every input channel, and {{channels}} channels come in:',
      perGroup:
        'The layer is split into {{groups}} groups, and a kernel spans only its own group’s share of the {{channels}} input channels:',
      noWeights: 'Taking the largest value of each window uses no weights and no biases:',
    },
    hint: 'Hint',
    none: 'The article asks nothing about {{layer}} ({{kind}}): it adds no learnable parameters and no new size to work out.',
    next: 'The next layer with questions is {{next}}.',
    goNext: 'Go to {{next}}',
    noneLeft: 'No later layer has questions: this is the end of the quiz.',
  },
  export: {
    menu: 'Export',
    table: 'Layer table',
    csv: 'CSV (spreadsheet)',
    markdown: 'Markdown',
    latex: 'LaTeX (booktabs)',
    view: 'Current view',
    viewNote:
      'The PNG is one 16:9 slide of this step (1920×1080): its name, numbers with formulas, picture and sources. The SVG holds the diagram and this step’s pictures as laid out on screen.',
    quizNote:
      'Quiz mode: the layer table and the step’s slide hold the answers, so they are exported outside quiz mode (press Q to leave it).',
    viewNoteQuiz: 'The SVG holds the diagram and this step’s pictures as they are on screen, answers still hidden.',
    png: 'PNG image (for slides)',
    svg: 'SVG drawing (for slides)',
    handout: 'Handout',
    print: 'Print a handout…',
    nothing: 'This view has no diagram or picture to export yet.',
    saved: 'Saved {{file}}.',
    failed: 'Export failed: {{reason}}',
    caption: 'Layers of {{name}}: output sizes, parameters and multiply-accumulates',
  },
} as const;
