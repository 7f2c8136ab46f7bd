/**
 * 应用外壳的中文字符串（命名空间 `shell`）：视图标签、网络选择、照片与权重标签、一行状态、
 * 抽屉面板、视口顶部的提示和拖放提示。
 */
export const shellZh = {
  skip: '跳到当前视图',
  views: {
    label: '视图',
    walk: '逐层讲解',
    overview: '全局一览',
    playground: '尺寸实验',
    edit: '编辑网络',
    compare: '对比网络',
    code: '导出代码',
    attribution: '归因',
    lab: '训练实验',
  },
  network: {
    label: '网络',
    imported: '导入：{{file}}',
    importedRestoring: '导入：{{file}}（恢复中…）',
    edited: '已编辑（基于{{base}}）',
  },
  weights: {
    label: '权重',
    random: '随机 · 种子 {{seed}}',
    trained: '已训练',
    restoring: '恢复中…',
    open: '权重…',
  },
  photo: {
    label: '照片',
    change: '换照片',
    loading: '加载中…',
    none: '尚未选择',
  },
  status: {
    label: '引擎',
    starting: '正在启动…',
    building: '正在构建网络…',
    running: '正在计算特征图…',
    ready: '就绪',
    restoring: '正在恢复你保存的权重…',
    importing: '正在读取 {{file}}…',
    error: '已停止：{{message}}',
    details: '详情',
  },
  drawer: {
    close: '关闭',
    photo: '选择照片',
    weights: '训练好的权重',
    diagnostics: '引擎详情',
  },
  toast: {
    dismiss: '关闭',
    restored: '你保存的权重已恢复：{{file}}。',
    forgotten: '已忘记 {{file}}：这个浏览器不再保存它。',
    undo: '撤销',
    restartRestore: '计算引擎已重新启动，正在恢复你保存的权重。',
  },
  drop: {
    photo: '松开即可使用这张照片',
    weights: '松开即可导入这个权重文件',
    either: '松开照片即可使用；松开权重文件（.pth、.onnx）即可导入',
  },
  fallback: {
    noImported:
      '这个链接要显示导入的权重，但这个浏览器里没有保存：现在显示的是使用随机权重的{{base}}。请在“权重…”中导入文件后再看。',
    noEdited: '这个链接要显示编辑过的网络，但其中没有网络数据：现在显示的是{{base}}。',
  },
};
