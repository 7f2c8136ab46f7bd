/** 简体中文：引用与“来源”面板（命名空间 `sources`）。 */
import type { Strings } from '../../i18n/strings';
import type { sourcesEn } from './sources.en';

export const sourcesZh: Strings<typeof sourcesEn> = {
  heading: '来源',
  intro: '本页各项陈述的出处。没有写名称的 § 编号指 AlexNet 论文的章节。',
  cite: '来源：{{label}}。打开来源面板。',
  close: '关闭来源',
  short: { article: '原文', app: '本应用计算' },
  full: {
    article: '本应用所依据的原文：《<zh>经典网络(四)AlexNet全解析</zh>》（CSDN 上的中文教程，2023-12-18 发布）。',
    app: '由本应用根据层表（src/core）为当前网络计算，或在本应用中实测。',
  },
};
