/** English strings of the walk area (namespace `walk` under the one i18n resource). */
export const walkEn = {
  placeholder: 'walk',
} as const;
