/** English strings of the viz area (namespace `viz` under the one i18n resource). */
export const vizEn = {
  placeholder: 'viz',
} as const;
