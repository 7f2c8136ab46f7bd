/** English strings of the page layout: the compact image strip, the phone menu, the jump links. */
export const layoutEn = {
  thumb: 'The image in use: {{name}}',
  menu: 'Menu',
  menuLabel: 'Views, mode and language',
  toReference: 'The whole network: table and share chart ↓',
};
