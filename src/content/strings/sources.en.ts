/** English strings of the citations and the sources panel (namespace `sources`). */
export const sourcesEn = {
  heading: 'Sources',
  intro: 'Where the statements on this page come from. § numbers without a name are sections of the AlexNet paper.',
  cite: 'Source: {{label}}. Opens the sources panel.',
  close: 'Close sources',
  short: { article: 'article', app: 'computed here' },
  /** `<zh>…</zh>` marks the article's original title: shown with lang="zh", in the Chinese font. */
  full: {
    article:
      'The source article this app teaches from: “<zh>经典网络(四)AlexNet全解析</zh>” (“Classic networks (4): AlexNet, fully explained”), a Chinese-language tutorial published on CSDN on 2023-12-18.',
    app: 'Computed by this app from the layer table (src/core) for the network shown, or measured in it.',
  },
} as const;
