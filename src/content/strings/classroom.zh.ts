/** 简体中文：classroom 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { classroomEn } from './classroom.en';

export const classroomZh: Strings<typeof classroomEn> = {
  placeholder: 'classroom',
};
