import { describe, expect, it } from 'vitest';
import { axisTop, bands, changesAt, labelEvery, niceCeiling, stack, ticks, yOf } from '../../src/domain/chart-scale';

describe('chart axes', () => {
  it('rounds the top of an axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 40, 41, 173].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 50, 200]);
  });

  it('ends a count axis on a labelled whole step', () => {
    expect(axisTop(33)).toBe(40);
    expect(ticks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTop(170)).toBe(200);
    expect(ticks(200)).toEqual([0, 50, 100, 150, 200]);
    expect(axisTop(0)).toBe(1);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(1, 4, 0)).toEqual([0, 0.5, 1]);
  });

  it('puts values on the y axis from the bottom up, a value over the top at the top', () => {
    expect(yOf(0, 40, 200, 100)).toBe(200);
    expect(yOf(20, 40, 200, 100)).toBe(150);
    expect(yOf(80, 40, 200, 100)).toBe(100);
  });
});

describe('chart bars', () => {
  it('cuts the width into equal bands with a bar in the middle of each', () => {
    expect(bands(2, 0, 100, 0.5)).toEqual([
      { x: 12.5, width: 25, center: 25 },
      { x: 62.5, width: 25, center: 75 },
    ]);
  });

  it('stacks segments from the bottom up', () => {
    expect(stack([10, 5, 0], 20, 100, 100)).toEqual([
      { y: 50, height: 50 },
      { y: 25, height: 25 },
      { y: 25, height: 0 },
    ]);
  });

  it('labels every k-th day so that at most so many fit', () => {
    expect(labelEvery(31, 16)).toBe(2);
    expect(labelEvery(10, 16)).toBe(1);
  });

  it('finds where the capacity changed, past closed days', () => {
    expect(changesAt([16, 16, null, 16, 8, 8, null, 12])).toEqual([
      { index: 4, from: 16, to: 8 },
      { index: 7, from: 8, to: 12 },
    ]);
  });
});
