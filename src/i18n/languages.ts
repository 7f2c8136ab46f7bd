/** The UI's languages: English and Simplified Chinese. Owned by i18n; the view state reads them. */
export const languages = ['en', 'zh'] as const;
export type Lang = (typeof languages)[number];
