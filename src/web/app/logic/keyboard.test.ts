import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyAction, type KeyInput } from './keyboard.js';

const body = { tagName: 'BODY' };
describe('review keys', () => {
  const cases: [string, KeyInput, string | null][] = [
    ['j: next', { key: 'j', target: body }, 'next'],
    ['k: previous', { key: 'k', target: body }, 'prev'],
    ['arrow down: next', { key: 'ArrowDown', target: body }, 'next'],
    ['v: verify', { key: 'v', target: body }, 'verify'],
    ['r: reject', { key: 'r', target: { tagName: 'BUTTON' } }, 'reject'],
    ['u: reopen', { key: 'u', target: body }, 'reopen'],
    ['e: edit', { key: 'e', target: body }, 'edit'],
    ['/: search', { key: '/', target: body }, 'search'],
    ['Escape in a field still closes', { key: 'Escape', target: { tagName: 'INPUT' } }, 'close'],
    // Negative cases: typing, modifiers, other keys.
    ['v typed into a search box', { key: 'v', target: { tagName: 'INPUT' } }, null],
    ['r typed into a note', { key: 'r', target: { tagName: 'textarea' } }, null],
    ['j in a select', { key: 'j', target: { tagName: 'SELECT' } }, null],
    ['j in an editable element', { key: 'j', target: { tagName: 'DIV', isContentEditable: true } }, null],
    ['ctrl+r reloads, not rejects', { key: 'r', ctrlKey: true, target: body }, null],
    ['cmd+v pastes, not verifies', { key: 'v', metaKey: true, target: body }, null],
    ['alt+j', { key: 'j', altKey: true, target: body }, null],
    ['upper-case V is not v', { key: 'V', target: body }, null],
    ['an unbound key', { key: 'x', target: body }, null],
    ['no target', { key: 'j', target: null }, 'next'],
    ['a prototype name is not a key', { key: 'toString', target: body }, null],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(keyAction(input), want));
});
