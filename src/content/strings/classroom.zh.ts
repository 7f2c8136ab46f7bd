/** 简体中文：课堂功能（演示模式、放大查看、分享链接、测验、导出）的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { classroomEn } from './classroom.en';

export const classroomZh: Strings<typeof classroomEn> = {
  present: {
    refused: '浏览器不允许全屏，演示将在当前窗口中进行（按 F11 可让浏览器全屏）。',
  },
  spotlight: {
    open: '放大',
    openLabel: '将 {{label}} 放大到全屏',
    close: '关闭（Esc）',
    dialog: '放大查看：{{label}}',
  },
  share: {
    heading: '用手机打开当前画面',
    qr: '链接 {{url}} 的二维码',
    link: '链接',
    copy: '复制链接',
    copied: '链接已复制。',
    copyFailed: '无法自动复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
    localOnly:
      '这个链接指向本机（{{host}}），教室里的手机打不开。请在局域网上运行本应用（npm run preview -- --host），再用它的网络地址打开。',
  },
  quiz: {
    heading: '测验：{{layer}}',
    intro: '先动手算一算，再填入数字。每道题只有第一次作答计分。',
    given: {
      heading: '已知',
      input: '输入：{{shape}}，即 {{from}} 的输出',
      inputImage: '输入：{{shape}} 的图像',
      conv: '{{filters}} 个 {{kernel}}×{{kernel}} 的卷积核，步幅 {{stride}}，填充 {{padding}}',
      convGroups:
        '{{filters}} 个 {{kernel}}×{{kernel}} 的卷积核，步幅 {{stride}}，填充 {{padding}}，分成 {{groups}} 组',
      maxpool: '{{size}}×{{size}} 的窗口，步幅 {{stride}}，没有填充',
      maxpoolCeil: '{{size}}×{{size}} 的窗口，步幅 {{stride}}，没有填充；最后一个窗口可以越过远端边缘（尺寸向上取整）',
      dense: '{{units}} 个单元，每个都与全部输入值相连',
    },
    concealed: '上面每道题都作答之后，{{layer}} 的讲解和图片才会出现：它们会透露答案。',
    score: '得分：答对 {{right}} 题，共答 {{asked}} 题',
    scoreNone: '得分：还没有作答',
    prompt: {
      maps: '{{layer}} 输出多少张特征图？',
      size: '{{layer}} 的每张输出特征图是 N×N，N 是多少？',
      length: '{{layer}} 输出的向量有多长（包含多少个数）？',
      depth: '{{layer}} 的每个卷积核有多深，也就是一个卷积核跨越多少个通道？',
      params: '{{layer}} 有多少个可学习参数（权重加偏置）？',
    },
    earlierRight: '（之前第一次就答对了）',
    earlierWrong: '（之前第一次没答对）',
    check: '检查',
    right: '正确：{{answer}}。',
    rightPool: '正确：0。“取每个窗口的最大值”里没有任何可以由训练调整的量。',
    wrong: '不对：你填的是 {{given}}，正确答案是 {{answer}}。下面是计算过程。',
    unreadable: '请只填一个数，例如 34,944 或 55。',
    working: '逐步计算',
    reason: {
      perKernel: '一个卷积核产生一张特征图，{{layer}} 有 {{filters}} 个卷积核：',
      poolKeeps: '池化对每张特征图单独进行，所以输入的 {{maps}} 张特征图全部输出：',
      inputChannels: '卷积核覆盖全部输入通道，输入有 {{channels}} 个通道：',
      perGroup: '这一层分成 {{groups}} 组，每个卷积核只覆盖 {{channels}} 个输入通道中属于本组的那一份：',
      noWeights: '“取每个窗口的最大值”既没有权重也没有偏置：',
    },
    hint: '提示',
    none: '原文没有就 {{layer}}（{{kind}}）提问：这一层没有可学习参数，也没有需要计算的新尺寸。',
    next: '下一个有题目的层是 {{next}}。',
    goNext: '前往 {{next}}',
    noneLeft: '后面的层都没有题目了：测验到此结束。',
  },
  export: {
    menu: '导出',
    table: '逐层表格',
    csv: 'CSV（电子表格）',
    markdown: 'Markdown',
    latex: 'LaTeX（booktabs）',
    view: '当前画面',
    viewNote:
      'PNG 是这一步的一张 16:9 幻灯片（1920×1080）：层名、带公式的关键数字、图像和出处。SVG 包含网络结构图和这一步的图像，按屏幕上的位置排列。',
    png: 'PNG 图片（用于幻灯片）',
    svg: 'SVG 矢量图（用于幻灯片）',
    handout: '讲义',
    print: '打印讲义…',
    nothing: '当前画面还没有可导出的结构图或图像。',
    saved: '已保存 {{file}}。',
    failed: '导出失败：{{reason}}',
    caption: '{{name}} 的各层：输出尺寸、参数量与乘加次数',
  },
};
