/**
 * Every variant against numbers worked out by hand. The arithmetic is written in the
 * comments and the literals; nothing here is a copy of the code's output.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { paper, paper224, seed, torchvision, zfnet } from '../../src/core/variants';
import { type Row, actualRow, layer, shapeOf } from './helpers';

describe('seed: the article’s single-tower AlexNet', () => {
  const a = analyze(seed);
  // Receptive fields: r' = r + (k−1)·j, j' = j·s, starting from r = 1, j = 1.
  const expected: Record<string, Row> = {
    // (227−11)/4+1 = 55; (11·11·3+1)·96; MACs 55·55·96·363; rf 1+10·1 = 11, j = 4
    conv1: ['55×55×96', 3, 34_944, 105_415_200, 11, 4],
    // (27−5+4)/1+1 = 27; (5·5·96+1)·256; MACs 27·27·256·2400; pool1 rf 11+2·4 = 19, j 8; conv2 19+4·8 = 51
    conv2: ['27×27×256', 96, 614_656, 447_897_600, 51, 8],
    // pool2 rf 51+2·8 = 67, j 16; conv3 67+2·16 = 99; MACs 13·13·384·2304
    conv3: ['13×13×384', 256, 885_120, 149_520_384, 99, 16],
    // 99+32 = 131; MACs 13·13·384·3456
    conv4: ['13×13×384', 384, 1_327_488, 224_280_576, 131, 16],
    // 131+32 = 163; MACs 13·13·256·3456
    conv5: ['13×13×256', 384, 884_992, 149_520_384, 163, 16],
  };
  for (const [id, row] of Object.entries(expected)) {
    it(`${id}: shape, kernel depth, parameters, MACs, receptive field`, () => {
      expect(actualRow(a, id)).toEqual(row);
    });
  }
  it('pooling outputs and their receptive fields', () => {
    expect(shapeOf(a, 'pool1')).toBe('27×27×96'); // (55−3)/2+1
    expect(shapeOf(a, 'pool2')).toBe('13×13×256'); // (27−3)/2+1
    expect(shapeOf(a, 'pool5')).toBe('6×6×256'); // (13−3)/2+1 = 6, not the article's 5
    expect(layer(a, 'pool5').receptiveField).toMatchObject({ size: 195, jump: 32 }); // 163 + 2·16
    for (const id of ['pool1', 'pool2', 'pool5', 'relu1', 'drop6', 'flatten']) {
      expect(layer(a, id).params.total).toBe(0);
    }
  });
  it('fully connected layers', () => {
    expect(shapeOf(a, 'flatten')).toBe('9216'); // 6·6·256
    expect(layer(a, 'fc6').params.total).toBe(37_752_832); // 9216·4096 + 4096
    expect(layer(a, 'fc7').params.total).toBe(16_781_312); // 4096·4096 + 4096
    expect(layer(a, 'fc8').params.total).toBe(4_097_000); // 4096·1000 + 1000
    expect(layer(a, 'fc6').macs).toBe(37_748_736); // 9216·4096
    expect(layer(a, 'fc6').receptiveField.wholeImage).toBe(true);
    // Flatten only reshapes: each value is one pool5 unit, 195×195 pixels 32 px apart
    // (11 → 19 → 51 → 67 → 99 → 131 → 163 → 195). Only fc6 mixes them all.
    expect(layer(a, 'pool5').receptiveField).toMatchObject({ size: 195, jump: 32, wholeImage: false });
    expect(layer(a, 'flatten').receptiveField).toMatchObject({ size: 195, jump: 32, wholeImage: false });
  });
  it('totals and shares', () => {
    expect(a.ok).toBe(true);
    expect(a.issues).toEqual([]);
    expect(a.totals.params).toBe(62_378_344);
    // conv MACs 105,415,200 + 447,897,600 + 149,520,384 + 224,280,576 + 149,520,384 = 1,076,634,144
    // fc MACs 37,748,736 + 16,777,216 + 4,096,000 = 58,621,952
    expect(a.totals.macs).toBe(1_135_256_096);
    expect(a.totals.paramBytes).toBe(249_513_376);
    const fcParamShare = ['fc6', 'fc7', 'fc8'].reduce((s, id) => s + layer(a, id).paramShare, 0);
    const fcMacShare = ['fc6', 'fc7', 'fc8'].reduce((s, id) => s + layer(a, id).macShare, 0);
    expect(fcParamShare).toBeCloseTo(58_631_144 / 62_378_344, 12); // ≈ 94 %
    expect(fcMacShare).toBeCloseTo(58_621_952 / 1_135_256_096, 12); // ≈ 5.2 %
    expect(a.layers.filter((l) => l.params.total > 0)).toHaveLength(8); // 5 conv + 3 FC
  });
  it('writes the size arithmetic out step by step', () => {
    const steps = layer(a, 'conv1').size?.derivation.steps.map((s) => s.text);
    expect(steps).toEqual(['(227 − 11 + 2·0)/4 + 1', '216/4 + 1', '54 + 1', '55']);
    expect(layer(a, 'conv2').size?.derivation.steps[0]?.text).toBe('(27 − 5 + 2·2)/1 + 1');
    expect(layer(a, 'pool1').size?.derivation.steps[0]?.text).toBe('(55 − 3)/2 + 1');
    expect(layer(a, 'conv1').params.derivation?.steps.map((s) => s.text)).toEqual(['(11·11·3 + 1)·96', '34,944']);
    expect(layer(a, 'fc6').params.derivation?.steps.map((s) => s.text)).toEqual(['9216·4096 + 4096', '37,752,832']);
  });
});

describe('paper: two GPUs, grouped conv2/4/5, LRN', () => {
  const a = analyze(paper);
  const expected: Record<string, Row> = {
    conv1: ['55×55×96', 3, 34_944, 105_415_200, 11, 4],
    // kernel depth 96/2 = 48; (5·5·48+1)·256 = 307,456; MACs 27·27·256·1200
    conv2: ['27×27×256', 48, 307_456, 223_948_800, 51, 8],
    // conv3 sees both GPUs: depth 256
    conv3: ['13×13×384', 256, 885_120, 149_520_384, 99, 16],
    // depth 384/2 = 192; (3·3·192+1)·384 = 663,936; MACs 13·13·384·1728
    conv4: ['13×13×384', 192, 663_936, 112_140_288, 131, 16],
    // (3·3·192+1)·256 = 442,624; MACs 13·13·256·1728
    conv5: ['13×13×256', 192, 442_624, 74_760_192, 163, 16],
  };
  for (const [id, row] of Object.entries(expected)) {
    it(`${id}`, () => expect(actualRow(a, id)).toEqual(row));
  }
  it('LRN keeps the shape and has no parameters', () => {
    expect(shapeOf(a, 'norm1')).toBe('55×55×96');
    expect(shapeOf(a, 'norm2')).toBe('27×27×256');
    expect(layer(a, 'norm1').params.total).toBe(0);
  });
  it('total: 34,944 + 307,456 + 885,120 + 663,936 + 442,624 + 58,631,144', () => {
    expect(a.totals.params).toBe(60_965_224);
    expect(a.totals.params).toBeLessThan(62_378_344);
  });
  it('the printed 224 input does not divide: 213/4 = 53.25, floored, one pixel dropped', () => {
    const p = analyze(paper224);
    const conv1 = layer(p, 'conv1');
    expect(conv1.size?.exact).toBe(54.25);
    expect(conv1.size?.output).toBe(54);
    expect(conv1.size?.dropped).toBe(1); // 53·4 + 11 = 223 of 224 columns reached
    const note = p.issues.find((i) => i.code === 'rounded');
    expect(note?.severity).toBe('note');
    expect(note?.layerId).toBe('conv1');
    expect(note?.message).toContain('no window reads the last 1 image pixel of each row and column');
  });
});

describe('torchvision alexnet', () => {
  const a = analyze(torchvision);
  const expected: Record<string, Row> = {
    // (224−11+4)/4+1 = 217/4+1 = 54.25 → 55; (11·11·3+1)·64; MACs 55·55·64·363
    conv1: ['55×55×64', 3, 23_296, 70_276_800, 11, 4],
    // (5·5·64+1)·192; MACs 27·27·192·1600
    conv2: ['27×27×192', 64, 307_392, 223_948_800, 51, 8],
    // (3·3·192+1)·384; MACs 13·13·384·1728
    conv3: ['13×13×384', 192, 663_936, 112_140_288, 99, 16],
    // (3·3·384+1)·256; MACs 13·13·256·3456
    conv4: ['13×13×256', 384, 884_992, 149_520_384, 131, 16],
    // (3·3·256+1)·256; MACs 13·13·256·2304
    conv5: ['13×13×256', 256, 590_080, 99_680_256, 163, 16],
  };
  for (const [id, row] of Object.entries(expected)) {
    it(`${id}`, () => expect(actualRow(a, id)).toEqual(row));
  }
  it('adaptive average pool to 6×6 is the identity on a 6×6 input', () => {
    expect(shapeOf(a, 'pool5')).toBe('6×6×256');
    expect(shapeOf(a, 'avgpool')).toBe('6×6×256');
    expect(layer(a, 'avgpool').receptiveField).toMatchObject({ size: 195, jump: 32 });
    // torchvision's drop6 sits after flatten, before fc6: still one pool5 unit per value.
    expect(layer(a, 'drop6').receptiveField).toMatchObject({ size: 195, jump: 32, wholeImage: false });
    expect(layer(a, 'fc6').receptiveField.wholeImage).toBe(true);
  });
  it('totals match torchvision’s published 61.1 M parameters and 0.714 G MACs', () => {
    // 23,296 + 307,392 + 663,936 + 884,992 + 590,080 + 58,631,144
    expect(a.totals.params).toBe(61_100_840);
    // 70,276,800 + 223,948,800 + 112,140,288 + 149,520,384 + 99,680,256 + 58,621,952
    expect(a.totals.macs).toBe(714_188_480);
  });
  it('conv1 rounds 54.25 down: every image pixel is read, one padding cell is not', () => {
    const n = a.issues.find((i) => i.layerId === 'conv1');
    expect(n?.code).toBe('rounded');
    // 54·4 + 11 = 227 of 228 padded columns: the image is columns 2…225, the unread one is padding.
    expect(layer(a, 'conv1').size).toMatchObject({ dropped: 0, droppedPadding: 1 });
    expect(n?.message).toContain('every image pixel is read; only the last 1 padding cell');
  });
});

describe('ZFNet (Zeiler & Fergus, Figure 3)', () => {
  const a = analyze(zfnet);
  const expected: Record<string, Row> = {
    // (224−7+2)/2+1 = 109.5+1 → 110; (7·7·3+1)·96; MACs 110·110·96·147
    conv1: ['110×110×96', 3, 14_208, 170_755_200, 7, 2],
    // pool1 ceil: (110−3)/2+1 = 54.5 → 55; rf 7+2·2 = 11, j 4. conv2 (55−5)/2+1 = 26; rf 11+4·4 = 27, j 8
    conv2: ['26×26×256', 96, 614_656, 415_334_400, 27, 8],
    // pool2 ceil: (26−3)/2+1 = 12.5 → 13; rf 27+2·8 = 43, j 16; conv3 43+2·16 = 75
    conv3: ['13×13×384', 256, 885_120, 149_520_384, 75, 16],
    conv4: ['13×13×384', 384, 1_327_488, 224_280_576, 107, 16],
    conv5: ['13×13×256', 384, 884_992, 149_520_384, 139, 16],
  };
  for (const [id, row] of Object.entries(expected)) {
    it(`${id}`, () => expect(actualRow(a, id)).toEqual(row));
  }
  it('ceil pooling gives the figure’s 55, 13 and 6, with one padded pixel', () => {
    expect(shapeOf(a, 'pool1')).toBe('55×55×96');
    expect(layer(a, 'pool1').size?.padded).toBe(1); // 54·2 + 3 = 111 = 110 + 1
    expect(shapeOf(a, 'pool2')).toBe('13×13×256');
    expect(shapeOf(a, 'pool5')).toBe('6×6×256');
    expect(layer(a, 'pool1').size?.derivation.steps.map((s) => s.text)).toEqual([
      '(110 − 3)/2 + 1',
      '107/2 + 1',
      '53.5 + 1',
      '⌈53.5⌉ + 1',
      '55',
    ]);
  });
  it('total parameters: 14,208 + 614,656 + 885,120 + 1,327,488 + 884,992 + 58,631,144', () => {
    expect(a.totals.params).toBe(62_357_608);
  });
});
