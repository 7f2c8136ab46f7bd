/** English strings of the engine area (namespace `engine` under the one i18n resource). */
export const engineEn = {
  placeholder: 'engine',
} as const;
