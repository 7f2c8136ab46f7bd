/** 简体中文：engine 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { engineEn } from './engine.en';

export const engineZh: Strings<typeof engineEn> = {
  placeholder: 'engine',
};
