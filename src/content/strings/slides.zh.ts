/** 简体中文：幻灯片、控制条与演讲者视图（命名空间 `slides`）。 */
import type { Strings } from '../../i18n/strings';
import type { slidesEn } from './slides.en';

export const slidesZh: Strings<typeof slidesEn> = {
  bar: '幻灯片控制',
  previous: '上一张',
  next: '下一张',
  position: '{{n}} / {{total}}',
  language: 'English (L)',
  languageLabel: '把界面语言切换为英文',
  qr: '二维码（R）',
  qrLabel: '全屏显示这张幻灯片链接的二维码',
  qrClose: '关闭二维码',
  qrCaption: '扫码在手机上打开这张幻灯片',
  presenter: '演讲者视图（S）',
  presenterLabel: '在第二个窗口中打开演讲者视图',
  exit: '退出（Esc）',
  export: {
    button: '导出（E）',
    label: '导出这张幻灯片或逐层表格',
    png: '这张幻灯片（PNG）',
    csv: '逐层表格（CSV）',
    markdown: '逐层表格（Markdown）',
    latex: '逐层表格（LaTeX）',
  },
  input: {
    original: '{{size}} 像素，方框是裁剪保留的部分',
    crop: '× {{scale}}，中心 {{input}}×{{input}}',
  },
  strip: {
    caption: '{{layer}} 的 {{n}} 个值，排成 {{cols}}×{{rows}} 的方块',
  },
  top: {
    random: '随机权重：这些预测毫无意义。',
  },
  layerCount: '计入层数的第 {{index}} 层，共 {{layers}} 层',
  source: '出处：{{source}}',
  presenterTitle: '演讲者视图',
  notes: '讲稿',
  nextUp: '下一张',
  last: '这是最后一张幻灯片。',
  clock: '时间',
  elapsed: '已用时间',
  resetClock: '重新计时',
  synced: '投影窗口跟随本窗口翻页。关闭任何一个窗口，另一个仍可正常使用。',
  keys: '← → PageUp PageDown：翻页 · L：切换语言 · R：二维码 · S：演讲者视图 · E：导出 · Esc：退出',
};
