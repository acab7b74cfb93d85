import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ScratchBuffer } from './scratch.js';

describe('ScratchBuffer', () => {
  it('reuses one buffer up to the kept size and hands out, without keeping, a larger one', () => {
    const s = new ScratchBuffer(8, 64);
    const small = s.of(4);
    assert.equal(s.of(8), small);
    const grown = s.of(32);
    assert.ok(grown.length >= 32 && grown !== small);
    assert.equal(s.of(16), grown);
    const huge = s.of(128);
    assert.ok(huge.length >= 128);
    assert.equal(s.of(32), grown, 'a buffer above keepBytes is not kept');
  });
});
