/** English strings of the network diagram (namespace `diagram` under the one i18n resource). */
export const diagramEn = {
  label: 'Diagram of {{name}}. Each block is the output of one layer; choose a block or a dot to go to that layer.',
  block: '{{id}}: {{kind}}, output {{shape}}',
  blockGrouped: '{{id}}: {{kind}} in {{groups}} groups, one per GPU in the paper; output {{shape}}',
  step: '{{id}}: {{kind}}, applied to the output of {{host}}',
  legend: {
    boxes: 'Height: map size; thickness: channels (square-root scales)',
    kernel: 'One kernel, and the output value it computes',
    pool: 'Pooling or flatten',
    groups: 'Split box: two groups, one per GPU',
    steps: 'ReLU, normalization, dropout, softmax',
  },
} as const;
