/** English strings of the classroom area (namespace `classroom` under the one i18n resource). */
export const classroomEn = {
  placeholder: 'classroom',
} as const;
