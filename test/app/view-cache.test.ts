import { describe, expect, it } from 'vitest';
import { ViewCache, viewKey } from '../../src/app/computed-views/view-cache.ts';

describe('ViewCache', () => {
  it('computes a key once for requests at once and after, and each new key once', async () => {
    const cache = new ViewCache<{ n: number }>(4);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { n: runs };
    };
    const views = await Promise.all(Array.from({ length: 10 }, () => cache.get('a', compute)));
    expect(new Set(views).size).toBe(1);
    expect(await cache.get('a', compute)).toBe(views[0]);
    await cache.get('b', compute);
    expect([runs, cache.computations]).toEqual([2, 2]);
  });

  it('drops the least recently read beyond its limit', async () => {
    const cache = new ViewCache<string>(2);
    const view = (value: string) => () => Promise.resolve(value);
    await cache.get('a', view('a'));
    await cache.get('b', view('b'));
    await cache.get('a', view('a again'));
    await cache.get('c', view('c'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', view('a again'))).toBe('a');
    expect(await cache.get('b', view('b again'))).toBe('b again');
    expect(cache.computations).toBe(4);
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new ViewCache<string>(2);
    await expect(cache.get('a', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.get('a', () => Promise.resolve('a'))).toBe('a');
    expect(cache.computations).toBe(2);
  });

  it('makes keys whose parts cannot run into each other', () => {
    expect(viewKey('1', '23')).not.toBe(viewKey('12', '3'));
    expect(() => new ViewCache(0)).toThrow();
  });
});
