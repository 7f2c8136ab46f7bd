/** 简体中文：网络结构图的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { diagramEn } from './diagram.en';

export const diagramZh: Strings<typeof diagramEn> = {
  label: '{{name}} 的结构图。每个方块是一层的输出；点击方块或小圆点即可跳到那一层。',
  block: '{{id}}：{{kind}}，输出 {{shape}}',
  blockGrouped: '{{id}}：{{kind}}，分成 {{groups}} 组（论文中每块 GPU 一组），输出 {{shape}}',
  step: '{{id}}：{{kind}}，作用在 {{host}} 的输出上',
  legend: {
    boxes: '高度：特征图尺寸；厚度：通道数（按平方根比例）',
    kernel: '一个卷积核，以及它算出的一个输出值',
    pool: '池化或展平',
    groups: '一分为二的方块：两组，每块 GPU 一组',
    steps: 'ReLU、归一化、Dropout、Softmax',
  },
};
