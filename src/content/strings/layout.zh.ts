/** 页面布局的中文文本：紧凑的图像条、手机菜单、跳转链接。 */
export const layoutZh = {
  thumb: '正在使用的图像：{{name}}',
  menu: '菜单',
  menuLabel: '视图、模式与语言',
  toReference: '整个网络：总表与占比图 ↓',
};
