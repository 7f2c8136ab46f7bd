/** English strings of the citations and the sources panel (namespace `sources`). */
export const sourcesEn = {
  heading: 'Sources',
  intro: 'Where the statements on this page come from. § numbers without a name are sections of the AlexNet paper.',
  cite: 'Source: {{label}}. Opens the sources panel.',
  close: 'Close sources',
  short: { article: 'article', app: 'computed here' },
  full: {
    article:
      'The source article this app teaches from: “Classic networks (4): AlexNet, fully explained” (a Chinese-language tutorial).',
    app: 'Computed by this app from the layer table (src/core) for the network shown, or measured in it.',
  },
} as const;
