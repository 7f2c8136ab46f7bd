/** 简体中文：WebGPU 后端选择部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { webgpuEn } from './webgpu.en';

export const webgpuZh: Strings<typeof webgpuEn> = {
  backendName: 'WebGPU（图形处理器）',
  reason: {
    forcedWebgpu: '按链接要求使用 WebGPU（#backend=webgpu），适配器：{{adapter}}。',
    forcedWebgpuSoftware:
      '按链接要求使用 WebGPU（#backend=webgpu），但这个浏览器唯一的适配器（{{adapter}}）是用软件模拟的图形处理器：每张图像需要好几秒。',
    forcedWebgpuMissing:
      '链接要求使用 WebGPU（#backend=webgpu），但这个浏览器没有提供 WebGPU 适配器，因此使用计算引擎自己会选择的后端。',
    webgpuFaster: 'WebGPU 运行一次测试卷积比 WebGL 快（{{webgpu}} 毫秒对 {{webgl}} 毫秒），因此使用 WebGPU。',
    webglFaster: 'WebGL 运行一次测试卷积不比 WebGPU 慢（{{webgl}} 毫秒对 {{webgpu}} 毫秒），因此使用 WebGL。',
    webgpuNoHardwareWebgl:
      '这里的 WebGL 是软件模拟的或不可用，但 WebGPU 运行在图形处理器上（{{adapter}}），因此使用 WebGPU。',
    webgpuFailed: 'WebGPU 无法启动，因此改用下一个后端。',
  },
  diag: {
    adapter: 'WebGPU 适配器',
    adapterNone: '这个浏览器没有提供',
    adapterValue: '{{name}}（{{kind}}）',
    unnamed: '未命名的适配器',
    fallback: '软件回退',
    hardware: '图形硬件',
    race: '测试卷积（conv1 大小，3 次的中位数）',
    raceValue: 'WebGPU {{webgpu}} 毫秒，WebGL {{webgl}} 毫秒',
  },
};
