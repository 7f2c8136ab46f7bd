/** English strings of the image area (namespace `image` under the one i18n resource). */
export const imageEn = {
  placeholder: 'image',
} as const;
