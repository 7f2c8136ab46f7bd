/** 简体中文：engine 部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { engineEn } from './engine.en';

export const engineZh: Strings<typeof engineEn> = {
  backendName: {
    webgl: 'WebGL（图形处理器）',
    wasm: '带 SIMD 的 WebAssembly（中央处理器）',
    cpu: '纯 JavaScript（中央处理器，较慢）',
  },
  reason: {
    gpu: 'WebGL 使用这台电脑的图形处理器。',
    softwareWebgl: '这台电脑上的 WebGL 是用软件模拟的（{{renderer}}），因此改用 WebAssembly：在这里大约快 30 倍。',
    noWebgl: '这个浏览器不支持 WebGL 2，因此使用 WebAssembly。',
    forcedWebgl: '按链接要求使用 WebGL（#backend=webgl）。',
    forcedWebglSoftware: '按链接要求使用 WebGL（#backend=webgl），但这里的 WebGL 是软件模拟的：每张图像需要好几秒。',
    forcedWebglMissing: '链接要求使用 WebGL，但这个浏览器不支持，因此使用 WebAssembly。',
    forcedWasm: '按链接要求使用 WebAssembly（#backend=wasm）。',
    probing:
      '仍在检测 WebGL，因此计算引擎先在 WebAssembly 上启动；如果这台电脑有真正的图形处理器，会自动切换到 WebGL。',
    contextLost: 'WebGL 上下文丢失，计算引擎已切换到 WebAssembly。',
    webglFailed: 'WebGL 无法启动，因此使用 WebAssembly。',
    wasmFailed: 'WebAssembly 无法启动，因此使用纯 JavaScript（慢得多）。',
  },
  notice: {
    restarted: '计算引擎停止了（可能是内存不足），已重新启动。网络正在重新构建，你的照片和设置都还在。',
    contextLost:
      '图形上下文丢失了（可能是 GPU 重置或驱动问题）。网络已在 WebAssembly 上用同样的权重重新构建，无需刷新页面。',
  },
  error: {
    invalidSpec: '无法构建这个网络：某一层与前一层的形状对不上。',
    buildFailed: '无法在这个浏览器中构建网络（可能是内存不足）。',
    forwardFailed: '无法让图像通过网络。',
    noImage: '计算引擎拿不到这张图像。',
    kernelFailed: '无法读取这一层的权重。',
    workerCrashed: '计算引擎停止工作了。刷新页面通常可以解决。',
  },
  diag: {
    backend: '当前后端',
    why: '原因',
    renderer: 'WebGL 渲染器',
    rendererNone: '未检测到',
    software: '软件模拟',
    hardware: '图形硬件',
    modelReady: '模型就绪（权重已生成并放到设备上）',
    lastForward: '上一次前向传播（取回全部激活值）',
    isolated: '跨源隔离',
    isolatedYes: '是：引擎可以用多个线程计算',
    isolatedNo: '否：引擎只用一个线程计算',
    threads: '引擎线程数',
    tensors: '内存中的张量数',
    bytes: '张量占用的内存',
    ms: '{{value}} 毫秒',
    none: '—',
    measure: '测量速度（各运行 10 次）',
    measuring: '正在测量…',
    warm: '前向传播，只取输出（中位数）',
    all: '前向传播并取回全部激活值（中位数）',
  },
};
