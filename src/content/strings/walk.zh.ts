/** 简体中文：walk 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { walkEn } from './walk.en';

export const walkZh: Strings<typeof walkEn> = {
  placeholder: 'walk',
};
