/** 简体中文：diagram 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { diagramEn } from './diagram.en';

export const diagramZh: Strings<typeof diagramEn> = {
  placeholder: 'diagram',
};
