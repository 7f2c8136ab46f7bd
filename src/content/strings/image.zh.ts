/** 简体中文：image 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { imageEn } from './image.en';

export const imageZh: Strings<typeof imageEn> = {
  placeholder: 'image',
};
