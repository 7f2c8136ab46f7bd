/** English strings of the diagram area (namespace `diagram` under the one i18n resource). */
export const diagramEn = {
  placeholder: 'diagram',
} as const;
