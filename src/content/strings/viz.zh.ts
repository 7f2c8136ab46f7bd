/** 简体中文：viz 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { vizEn } from './viz.en';

export const vizZh: Strings<typeof vizEn> = {
  placeholder: 'viz',
};
