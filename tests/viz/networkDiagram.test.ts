/** The network diagram's layout: sizes follow the data, nothing leaves the picture. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { conv, dense, flatten, input, maxpool, relu } from '../../src/core/layers';
import type { NetworkSpec } from '../../src/core/spec';
import { type VariantId, variantIds, variants } from '../../src/core/variants';
import { type Point, cuboidPoints, textWidth } from '../../src/viz/diagramGeometry';
import { type DiagramLayout, blockOf, layoutNetwork } from '../../src/viz/networkDiagram';

const layoutOf = (id: VariantId, width = 1200) => layoutNetwork(analyze(variants[id]).layers, width);

function block(layout: DiagramLayout, id: string) {
  const b = layout.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}

/** Every point the component draws, with label boxes widened by a rough text width. */
function allPoints(layout: DiagramLayout): Point[] {
  const pts: Point[] = [];
  const text = (x: number, y: number, s: string) => pts.push([x - s.length * 4, y - 14], [x + s.length * 4, y + 4]);
  for (const b of layout.blocks) {
    for (const c of b.boxes) pts.push(...cuboidPoints(c));
    pts.push([b.hit.x, b.hit.y], [b.hit.x + b.hit.width, b.hit.y + b.hit.height]);
    text(b.idLabel.x, b.idLabel.y, b.idLabel.text);
    text(b.shapeLabel.x, b.shapeLabel.y, b.shapeLabel.text);
  }
  for (const k of layout.kernels) {
    for (const c of k.pieces) pts.push(...cuboidPoints(c));
    for (const [a, b] of k.lines) pts.push(a, b);
    if (k.label) text(k.label.x, k.label.y, k.label.text);
  }
  for (const l of layout.links) for (const [a, b] of l.lines) pts.push(a, b);
  for (const s of layout.steps) {
    pts.push([s.x, s.y]);
    text(s.label.x, s.label.y, s.label.text);
  }
  return pts;
}

describe('layoutNetwork', () => {
  it('gives every weighted layer of every variant a block, labelled with its shape', () => {
    for (const id of variantIds) {
      const a = analyze(variants[id]);
      const layout = layoutNetwork(a.layers, 1200);
      for (const info of a.layers.filter((l) => l.layer.kind === 'conv' || l.layer.kind === 'dense')) {
        expect(block(layout, info.layer.id).role).toBe(info.layer.kind);
      }
    }
    const seed = layoutOf('seed');
    expect(block(seed, 'conv1').shapeLabel.text).toBe('55×55×96');
    expect(block(seed, 'fc6').shapeLabel.text).toBe('4096');
    expect(seed.blocks.map((b) => b.id)).toEqual([
      'input',
      'conv1',
      'pool1',
      'conv2',
      'pool2',
      'conv3',
      'conv4',
      'conv5',
      'pool5',
      'flatten',
      'fc6',
      'fc7',
      'fc8',
    ]);
  });

  it('draws face heights that grow with the map side and thicknesses that grow with channels', () => {
    for (const id of variantIds) {
      const stacks = layoutOf(id).blocks.filter((b) => b.channels > 0);
      for (const a of stacks) {
        for (const b of stacks) {
          if (a.size > b.size) expect(a.faceHeight).toBeGreaterThan(b.faceHeight);
          if (a.size === b.size) expect(a.faceHeight).toBeCloseTo(b.faceHeight, 6);
          if (a.channels > b.channels && a.towers === 1 && b.towers === 1)
            expect(a.thickness).toBeGreaterThan(b.thickness);
        }
      }
    }
    const seed = layoutOf('seed');
    // Square-root scale: 6 stays visible next to 227, and 3 channels next to 384.
    expect(block(seed, 'pool5').faceHeight).toBeGreaterThan(20);
    expect(block(seed, 'input').thickness).toBeGreaterThanOrEqual(3);
    expect(block(seed, 'conv3').thickness).toBeGreaterThan(5 * block(seed, 'input').thickness);
  });

  it('draws dense layers as thin bars, taller for longer vectors', () => {
    const seed = layoutOf('seed');
    const [fc7, fc8] = [block(seed, 'fc7'), block(seed, 'fc8')];
    expect(fc7.faceHeight).toBeGreaterThan(fc8.faceHeight);
    expect(fc7.faceHeight).toBeGreaterThan(3 * fc7.thickness);
    expect(fc7.thickness).toBeLessThan(block(seed, 'conv1').thickness);
  });

  it('splits the paper’s grouped layers into two towers, and only those (and their pooling)', () => {
    const paper = layoutOf('paper');
    const towers = Object.fromEntries(paper.blocks.map((b) => [b.id, b.towers]));
    expect(towers).toMatchObject({
      conv1: 1,
      pool1: 1,
      conv2: 2,
      pool2: 2,
      conv3: 1,
      conv4: 2,
      conv5: 2,
      pool5: 2,
      fc6: 1,
    });
    expect(block(paper, 'conv2').boxes).toHaveLength(2);
    for (const id of ['seed', 'torchvision', 'zfnet'] as const) {
      expect(layoutOf(id).blocks.every((b) => b.towers === 1)).toBe(true);
    }
  });

  it('draws one kernel per group, each inside its own half of the input stack', () => {
    const paper = layoutOf('paper');
    const conv2 = paper.kernels.filter((k) => k.layerId === 'conv2');
    expect(conv2).toHaveLength(2);
    // Depth 48 of 96: each kernel is half as thick as pool1, the second starting where the first ends.
    const pool1 = block(paper, 'pool1');
    const [first, second] = conv2.map((k) => {
      const xs = k.pieces.flatMap((p) => p.front.map(([x]) => x));
      return [Math.min(...xs), Math.max(...xs)] as const;
    });
    expect(first && first[1] - first[0]).toBeCloseTo(pool1.thickness / 2, 6);
    expect(first && second && second[0] - first[0]).toBeCloseTo(pool1.thickness / 2, 6);
    // conv3 is dense: one kernel spanning both towers of pool2.
    const conv3 = paper.kernels.filter((k) => k.layerId === 'conv3');
    expect(conv3).toHaveLength(1);
    expect(conv3[0]?.pieces).toHaveLength(2);
    // Each conv2 cone ends on its own tower of conv2.
    const c2 = block(paper, 'conv2');
    conv2.forEach((k, g) => {
      const f = c2.frames[g];
      expect(f && k.target[0] >= f.x && k.target[0] <= f.x + f.thickness + f.recede).toBe(true);
    });
  });

  it('has one kernel per conv for the single-tower variants, with its size as label', () => {
    const seed = layoutOf('seed');
    expect(seed.kernels.map((k) => k.layerId)).toEqual(['conv1', 'conv2', 'conv3', 'conv4', 'conv5']);
    expect(seed.kernels.map((k) => k.label?.text)).toEqual(['11×11', '5×5', '3×3', '3×3', '3×3']);
    expect(seed.links.map((l) => `${l.from}>${l.to}:${l.style}`)).toContain('conv1>pool1:pool');
  });

  it('keeps every coordinate inside the viewBox, for all variants and widths', () => {
    for (const id of variantIds) {
      for (const width of [600, 1000, 1200, 1600]) {
        const layout = layoutOf(id, width);
        expect(layout.width).toBeGreaterThanOrEqual(width);
        for (const [x, y] of allPoints(layout)) {
          expect(x, `${id}@${width} x`).toBeGreaterThanOrEqual(0);
          expect(x, `${id}@${width} x`).toBeLessThanOrEqual(layout.width);
          expect(y, `${id}@${width} y`).toBeGreaterThanOrEqual(0);
          expect(y, `${id}@${width} y`).toBeLessThanOrEqual(layout.height);
        }
      }
    }
  });

  it('fits 960 px and up without scrolling and stays compact in height', () => {
    for (const id of variantIds) {
      for (const width of [960, 1000, 1200]) expect(layoutOf(id, width).width).toBe(width);
      const h = layoutOf(id, 1200).height;
      expect(h).toBeGreaterThanOrEqual(220);
      expect(h).toBeLessThanOrEqual(300);
    }
  });

  it('keeps labels of neighbouring blocks apart, staggering shapes when narrow', () => {
    for (const id of variantIds) {
      for (const width of [700, 1000, 1200]) {
        const blocks = layoutOf(id, width).blocks;
        blocks.slice(1).forEach((b, i) => {
          const prev = blocks[i];
          if (!prev) return;
          expect(b.hit.x, `${id} ${prev.id}|${b.id}`).toBeGreaterThan(prev.hit.x + prev.hit.width);
        });
        for (const row of new Set(blocks.map((b) => b.shapeLabel.y))) {
          const labels = blocks.filter((b) => b.shapeLabel.y === row).map((b) => b.shapeLabel);
          labels.slice(1).forEach((l, i) => {
            const p = labels[i];
            if (!p) return;
            const gap = l.x - textWidth(l.text, 13) / 2 - (p.x + textWidth(p.text, 13) / 2);
            expect(gap, `${id}@${width} ${p.text}|${l.text}`).toBeGreaterThan(0);
          });
        }
      }
    }
    // 1200 px has room for one row of shapes; 1000 px drops some to a second row.
    expect(new Set(layoutOf('seed', 1200).blocks.map((b) => b.shapeLabel.y)).size).toBe(1);
    expect(new Set(layoutOf('seed', 1000).blocks.map((b) => b.shapeLabel.y)).size).toBe(2);
  });

  it('maps in-place layers to the block they work on', () => {
    const seed = layoutOf('seed');
    expect(blockOf(seed, 'relu1')).toBe('conv1');
    expect(blockOf(seed, 'conv1')).toBe('conv1');
    expect(blockOf(seed, 'drop6')).toBe('fc6');
    expect(blockOf(seed, 'softmax')).toBe('fc8');
    expect(blockOf(seed, 'nope')).toBeUndefined();
    expect(blockOf(layoutOf('paper'), 'norm2')).toBe('conv2');
    // torchvision drops out before fc6, so drop6 works on the flattened vector.
    expect(blockOf(layoutOf('torchvision'), 'drop6')).toBe('flatten');
    expect(blockOf(layoutOf('torchvision'), 'avgpool')).toBe('avgpool');
  });

  it('puts every in-place layer on the rail, in network order, after its block', () => {
    for (const id of variantIds) {
      const layout = layoutOf(id);
      const ids = analyze(variants[id]).layers.map((l) => l.layer.id);
      const xOf = (lid: string) =>
        layout.steps.find((s) => s.id === lid)?.x ?? layout.blocks.find((b) => b.id === lid)?.cx;
      const xs = ids.map(xOf);
      expect(xs.every((x) => x !== undefined)).toBe(true);
      const defined = xs.filter((x): x is number => x !== undefined);
      expect(defined).toEqual([...defined].sort((a, b) => a - b));
    }
  });

  it('draws whatever valid spec core accepts, and nothing for an empty one', () => {
    const tiny: NetworkSpec = {
      id: 'tiny',
      name: 'tiny',
      layers: [input(32), conv('c1', 8, 3, 1, 1, 1), relu('r1'), maxpool('p1', 2, 2), flatten(), dense('out', 10)],
    };
    const a = analyze(tiny);
    expect(a.ok).toBe(true);
    const layout = layoutNetwork(a.layers, 800);
    expect(layout.blocks.map((b) => b.id)).toEqual(['input', 'c1', 'p1', 'flatten', 'out']);
    for (const [x, y] of allPoints(layout)) {
      expect(x >= 0 && x <= layout.width && y >= 0 && y <= layout.height).toBe(true);
    }
    const empty = layoutNetwork([], 800);
    expect(empty.blocks).toEqual([]);
    expect(empty.rail).toBeUndefined();
  });

  it('grows wider than asked rather than overlapping when a network is long', () => {
    const deep: NetworkSpec = {
      id: 'deep',
      name: 'deep',
      layers: [input(64), ...Array.from({ length: 24 }, (_, i) => conv(`conv${i + 1}`, 64, 3, 1, 1))],
    };
    const layout = layoutNetwork(analyze(deep).layers, 600);
    expect(layout.width).toBeGreaterThan(600);
    layout.blocks
      .slice(1)
      .forEach((b, i) =>
        expect(b.hit.x).toBeGreaterThan((layout.blocks[i]?.hit.x ?? 0) + (layout.blocks[i]?.hit.width ?? 0)),
      );
  });
});
