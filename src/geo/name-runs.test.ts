// Capitalised name runs: the words a place name is looked for in, scanned by character codes and
// compared with the pattern that defines them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CodeUnits } from '../core/code-units.js';
import { articleOpening, nameRuns, OPENING } from './name-runs.js';

const codes = (text: string): Uint16Array => new CodeUnits().of(text);

const words = (text: string, start = 0, end = text.length): string[][] => {
  const out: string[][] = [];
  for (const run = nameRuns(text, start, end); run.next(); ) {
    out.push(run.starts.slice(0, run.count).map((s, i) => text.slice(s, run.ends[i])));
  }
  return out;
};

describe('nameRuns: the runs and their words', () => {
  const rows: ReadonlyArray<{ text: string; runs: string[][] }> = [
    { text: 'They attacked the city of Deir ez-Zor.', runs: [['They'], ['Deir', 'ez-Zor']] },
    { text: 'a checkpoint near al-Bab and as Sukhnah', runs: [['al-Bab'], ['as', 'Sukhnah']] },
    { text: 'near ash-Shaddadi today', runs: [['ash-Shaddadi']] },
    { text: 'near Abu Kamal', runs: [['Abu', 'Kamal']] },
    { text: 'in Baghdad’s al-Shaab district', runs: [['Baghdad', 'al-Shaab']] },
    { text: "in Baghdad's district", runs: [['Baghdad']] },
    { text: 'Tall ‘Afar and Tal ʿAfar', runs: [['Tall'], ['Tal']] },
    { text: 'the Gulf of Aden coast', runs: [['Gulf', 'of', 'Aden']] },
    { text: 'One Two Three Four Five Six', runs: [['One', 'Two', 'Three', 'Four'], ['Five', 'Six']] },
    { text: 'Abu Bakr bin Salim', runs: [['Abu', 'Bakr', 'bin', 'Salim']] },
    { text: 'Umm Qasr and umm Qasr', runs: [['Umm', 'Qasr'], ['Qasr']] },
    { text: 'Gare de Lyon', runs: [['Gare', 'de', 'Lyon']] },
    { text: 'Al-Raqqa\u00a0Province', runs: [['Al-Raqqa', 'Province']] },
    { text: 'Érd and Ḥama, Şırnak', runs: [['Érd'], ['Ḥama'], ['Şırnak']] },
    { text: 'Deir-ez-Zor Deir- Zor', runs: [['Deir-ez-Zor', 'Deir'], ['Zor']] },
    { text: 'the Mosul-Kirkuk road', runs: [['Mosul-Kirkuk']] },
  ];
  for (const row of rows) test(row.text, () => assert.deepEqual(words(row.text), row.runs));

  test('a run is cut at the end of the range', () => {
    assert.deepEqual(words('near Deir ez-Zor city', 0, 12), [['Deir', 'ez']]);
  });

  test('a cursor reset to another range, even mid-run, finds what a new one finds', () => {
    const run = nameRuns('One Two Three Four Five Six', 0, 27);
    assert.ok(run.next());
    const text = 'near Deir ez-Zor and Abu Kamal';
    const found: string[][] = [];
    for (run.reset(text, 5, text.length); run.next(); ) found.push(run.starts.slice(0, run.count).map((s, i) => text.slice(s, run.ends[i])));
    assert.deepEqual(found, words(text, 5));
    assert.deepEqual(found, [['Deir', 'ez-Zor'], ['Abu', 'Kamal']]);
  });
});

describe('nameRuns: text that opens no run', () => {
  for (const text of ['they attacked a patrol', 'the al-bab road', 'al Bab'.toLowerCase(), 'el-', 'mcDonald', 'x-Ray', "o'Neill", '2Raqqa', 'ʿAfar', '— “” …', 'ash-shaddadi', 'as 5', ''] as const) {
    test(JSON.stringify(text), () => assert.deepEqual(words(text), []));
  }
  test('a word that continues another does not open one', () => {
    assert.deepEqual(words('mid-Raqqa and al-Bab'), [['al-Bab']]);
  });
});

// The pattern-based scan that nameRuns replaced, kept as the definition it must follow.
const NAME_RUN = /(?:(?:al|el|as|ash|ad|ar|at|az|an)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an|ez|es|ed|er|et|en|bin|ibn|abu|abou|umm|of|de|du)[-\s])?\p{Lu}[\p{L}'’‘ʿʻ]*(?:-\p{L}[\p{L}'’‘ʿʻ]*)*){0,3}/uy;
const RUN_EDGE = /[\p{L}\p{N}'’‘ʿʻ-]/u;

function byPattern(text: string, start: number, end: number): string[][] {
  const charBefore = (i: number) => {
    const c = text.charCodeAt(i - 1);
    return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
  };
  const continuesWord = (i: number) => {
    const b = text.charCodeAt(i - 1);
    if (b < 128) return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 39 || b === 45;
    return RUN_EDGE.test(charBefore(i));
  };
  const articleBeforeCapital = (p: number) => {
    let k = p + 1;
    while (k < p + 4 && k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
    const sep = text.charCodeAt(k);
    if (sep !== 45 && sep !== 32) return false;
    const next = text.charCodeAt(k + 1);
    return (next >= 65 && next <= 90) || next >= 128;
  };
  const out: string[][] = [];
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 65 && c <= 90) || c >= 128 || ((c === 97 || c === 101) && articleBeforeCapital(p)))) continue;
    if (p > 0 && continuesWord(p)) continue;
    NAME_RUN.lastIndex = p;
    const m = NAME_RUN.exec(text);
    if (!m) continue;
    const run = text.slice(m.index, Math.min(end, m.index + m[0].length));
    out.push(run.split(/\s+/).filter(Boolean).map((w) => (w.length > 2 && /['’]s$/.test(w) ? w.slice(0, -2) : w)));
    p = m.index + m[0].length - 1;
  }
  return out;
}

test('nameRuns finds what the pattern finds (property)', () => {
  const pieces = ['al', 'el', 'as', 'ash', 'ez', 'bin', 'abou', 'of', 'de', 'Deir', 'Zor', 'Bab', 'X', 'Ḥama', 'éa', 'É', "'s", '’s', '’', '‘', 'ʿ', 'ʻ', '-', ' ', '  ', '\u00a0', '\n', '.', ',', '2', '_', 'the', 'a', 'e', 'Al', 'McD', '𝐀b', '\u2003'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.nat(), fc.nat(), (parts, a, b) => {
    const text = parts.join('');
    const start = text.length ? a % text.length : 0;
    const end = start + (text.length ? b % (text.length - start + 1) : 0);
    assert.deepEqual(words(text, start, end), byPattern(text, start, end));
  }), { numRuns: 3000 });
});

describe('articleOpening: the article branch of OPENING, read back from the capital', () => {
  const rows: ReadonlyArray<{ text: string; at: number }> = [
    { text: 'near al-Bab', at: 5 }, { text: 'as Bukhnah', at: 0 }, { text: 'abou-Bamal', at: 0 }, { text: 'e Bab', at: 0 },
    { text: '(al-Bab)', at: 1 }, { text: '2al-Bab', at: 1 }, { text: 'éal-Bab', at: 1 }, { text: 'al Bab', at: -1 },
    { text: 'Xal-Bab', at: -1 }, { text: 'xal-Bab', at: -1 }, { text: 'abcde-Bab', at: -1 }, { text: 'bal-Bab', at: -1 },
    { text: 'al--Bab', at: -1 }, { text: '-Bab', at: -1 }, { text: 'Bab', at: -1 }, { text: 'aB', at: -1 },
  ];
  for (const row of rows) {
    // The capital is the last B.
    test(JSON.stringify(row.text), () => assert.equal(articleOpening(codes(row.text), row.text.lastIndexOf('B')), row.at));
  }

  // Every place OPENING matches is a capital (or non-ASCII character) or the article opening before one.
  const byScan = (text: string): number[] => {
    const out = new Set<number>();
    const u = codes(text);
    for (let q = 0; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (!((c >= 65 && c <= 90) || c >= 128)) continue;
      out.add(q);
      const a = articleOpening(u, q);
      if (a >= 0) out.add(a);
    }
    return [...out].sort((x, y) => x - y);
  };
  const byRegExp = (text: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      OPENING.lastIndex = i;
      if (OPENING.test(text) && OPENING.lastIndex - 1 === i) out.push(i);
    }
    return out;
  };
  test('the same places as the pattern (property)', () => {
    const pieces = ['a', 'e', 'l', 's', 'ash', 'abou', 'abcd', 'X', 'B', 'é', '-', ' ', '  ', '\u00a0', '2', "'", '.', 'al-', 'e '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(byScan(text), byRegExp(text));
    }), { numRuns: 5000 });
  });
});
