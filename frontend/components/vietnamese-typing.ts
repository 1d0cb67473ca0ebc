/**
 * Vietnamese orthography for the on-screen keyboard: where a tone mark goes in a syllable, and how a marked letter
 * (ă â ê ô ơ ư đ) typed after a word marks the letter already in it. Pure functions on strings, no DOM, so that the
 * rules can be read and tested on their own (through the browser: see VietnameseKeyboardE2ETest). Everything
 * returned is Unicode NFC.
 *
 * Tone placement follows the modern rule, Article 8 of the Ministry of Education's spelling rules (Quyết định
 * 1989/QĐ-BGDĐT, 25/5/2018): the tone sits on the letter of the main vowel, so "oa", "oe" and "uy" without a final
 * consonant carry it on the second vowel: "hoá", "hoà", "khoẻ", "thuỷ" (the older style writes "hóa", "khỏe",
 * "thủy"); "ia", "ua", "ưa" on the first ("bìa", "lụa", "lửa"); "iê", "yê", "uô", "ươ", "uơ" on the second ("biển",
 * "thuyền", "nhuộm", "được", "thuở"). The app's own texts use this style too ("Xoá"). 'classic' gives the older one.
 */

/** The five tone marks as combining characters, and none (thanh ngang). */
export const TONES = {
  none: '',
  acute: '\u0301', // sắc: á
  grave: '\u0300', // huyền: à
  hook: '\u0309', // hỏi: ả
  tilde: '\u0303', // ngã: ã
  dot: '\u0323' // nặng: ạ
} as const;

export type Tone = keyof typeof TONES;

/** Where the tone mark goes: the modern rule ("hoá", "thuỷ") or the older one ("hóa", "thủy"). */
export type ToneStyle = 'modern' | 'classic';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';

/** The letter each marked letter is made from. */
const BASE: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/** The trailing word of a text: letters (with their marks) at its very end. */
const LAST_WORD = /[\p{L}\p{M}]+$/u;

function isVowel(c: string): boolean {
  return VOWELS.includes(c.toLowerCase());
}

/** The text without tone marks, keeping the other marks (ă â ê ô ơ ư đ). */
export function stripTone(text: string): string {
  return text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/** The tone a word carries, or 'none'. */
export function toneOf(word: string): Tone {
  const mark = word.normalize('NFD').match(TONE_MARKS)?.[0];
  const found = (Object.keys(TONES) as Tone[]).find((tone) => tone !== 'none' && TONES[tone] === mark);
  return found ?? 'none';
}

/**
 * The parts of a syllable without tone: the initial consonant(s), the vowels and the final consonant(s). "qu" and
 * "gi" before another vowel are initials ("quý", "gìa" is not a word but "già" is: the vowel is "a"); "gì" alone
 * keeps its "i" as the vowel.
 */
export function syllable(word: string): { onset: number; nucleus: number; coda: number } {
  const w = stripTone(word).toLowerCase();
  let i = 0;
  while (i < w.length && !isVowel(w[i])) {
    i++;
  }
  const onsetEnd =
    (w.slice(0, i) === 'q' && w[i] === 'u') || (w.slice(0, i) === 'g' && w[i] === 'i')
      ? i + 1 < w.length && isVowel(w[i + 1])
        ? i + 1
        : i
      : i;
  let j = onsetEnd;
  while (j < w.length && isVowel(w[j])) {
    j++;
  }
  return { onset: onsetEnd, nucleus: j - onsetEnd, coda: w.length - j };
}

/** The index (in the word without tone) of the vowel that takes the tone mark, or -1 when it has no vowel. */
export function tonePosition(word: string, style: ToneStyle = 'modern'): number {
  const w = stripTone(word).toLowerCase();
  const { onset, nucleus, coda } = syllable(w);
  const vowels = w.slice(onset, onset + nucleus);
  if (vowels.length === 0) {
    return -1;
  }
  // a vowel with a mark of its own carries the tone; in "ươ" the second one: "người", "được"
  const marked = [...vowels].map((c, k) => (MARKED_VOWELS.includes(c) ? k : -1)).filter((k) => k >= 0);
  if (marked.length > 0) {
    return onset + marked[marked.length - 1];
  }
  if (vowels.length === 1) {
    return onset;
  }
  if (coda > 0) {
    return onset + vowels.length - 1; // "toán", "hoàng", "huỳnh"
  }
  if (vowels.length >= 3) {
    return onset + 1; // "ngoái", "xoáy", "khuỷu"
  }
  if (style === 'modern' && ['oa', 'oe', 'uy'].includes(vowels)) {
    return onset + 1; // "hoá", "khoẻ", "thuỷ"
  }
  return onset; // "mái", "mùa", "kìa", "túi" (and in the classic style "hóa", "thủy")
}

/** The word with the given tone (replacing any other), on the vowel the rules choose; unchanged without a vowel. */
export function applyTone(word: string, tone: Tone, style: ToneStyle = 'modern'): string {
  const bare = stripTone(word);
  const at = tonePosition(bare, style);
  if (at < 0) {
    return word.normalize('NFC');
  }
  const chars = [...bare];
  chars[at] = (chars[at] + TONES[tone]).normalize('NFC');
  return chars.join('').normalize('NFC');
}

/** The word with its tone moved to where the rules put it now, e.g. after a letter was added: "tó" + "an" → "toán". */
export function retone(word: string, style: ToneStyle = 'modern'): string {
  const tone = toneOf(word);
  return tone === 'none' ? word.normalize('NFC') : applyTone(word, tone, style);
}

function sameCase(letter: string, like: string): string {
  return like === like.toUpperCase() && like !== like.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
}

/**
 * A marked letter (ă â ê ô ơ ư đ) typed after a word marks the plain letter already there when Vietnamese spelling
 * leaves no other reading: "nguyen" + ê → "nguyên", "dang" + đ → "đang", "nguoi" + ơ → "nguơi". Returns the word
 * changed, or null when the letter is to be typed as usual ("ngư" + ơ → "ngươ"). Tone and case are kept.
 */
export function markInWord(word: string, letter: string, style: ToneStyle = 'modern'): string | null {
  const lower = letter.toLowerCase();
  const base = BASE[lower];
  if (!base || word.length === 0) {
    return null;
  }
  const bare = [...stripTone(word)];
  let at = -1;
  if (lower === 'đ') {
    at = 'dđ'.includes(bare[0].toLowerCase()) ? 0 : -1; // đ only starts a syllable
  } else {
    const { onset, nucleus } = syllable(bare.join(''));
    for (let k = onset + nucleus - 1; k >= onset; k--) {
      const c = bare[k].toLowerCase();
      if (c === base || BASE[c] === base) {
        at = k;
        break;
      }
    }
  }
  if (at < 0) {
    return null;
  }
  if (bare[at].toLowerCase() !== lower) {
    bare[at] = sameCase(lower, bare[at]);
  }
  const tone = toneOf(word);
  const marked = bare.join('');
  return tone === 'none' ? marked.normalize('NFC') : applyTone(marked, tone, style);
}

/** The text split into what comes before its last word, and that word (empty when it ends in a space or digit). */
export function splitLastWord(text: string): [string, string] {
  const nfc = text.normalize('NFC');
  const word = nfc.match(LAST_WORD)?.[0] ?? '';
  return [nfc.slice(0, nfc.length - word.length), word];
}

/** Types a letter (or anything else) at the end of the text, keeping the word's tone on the right vowel. */
export function typeKey(text: string, key: string, style: ToneStyle = 'modern'): string {
  const [before, word] = splitLastWord(text);
  if (!/^[\p{L}]$/u.test(key)) {
    return (before + word + key).normalize('NFC');
  }
  const marked = markInWord(word, key, style);
  if (marked !== null) {
    return (before + marked).normalize('NFC');
  }
  return (before + retone(word + key, style)).normalize('NFC');
}

/**
 * Puts a tone on the last word of the text; pressing another tone replaces it, 'none' removes it. Spaces after the
 * word are kept, so a tone pressed after the space still reaches the word just typed.
 */
export function toneLastWord(text: string, tone: Tone, style: ToneStyle = 'modern'): string {
  const nfc = text.normalize('NFC');
  const trailing = nfc.match(/\s*$/u)?.[0] ?? '';
  const [before, word] = splitLastWord(nfc.slice(0, nfc.length - trailing.length));
  return (before + (word ? applyTone(word, tone, style) : '') + trailing).normalize('NFC');
}

/** Deletes the last character (a letter with all its marks), keeping the remaining word's tone where it belongs. */
export function eraseLast(text: string, style: ToneStyle = 'modern'): string {
  const chars = [...text.normalize('NFC')];
  chars.pop();
  const [before, word] = splitLastWord(chars.join(''));
  return (before + retone(word, style)).normalize('NFC');
}

/** Telex: the letters typed after a word that mark its tone (z takes the tone away). */
const TELEX_TONES: Record<string, Tone> = { s: 'acute', f: 'grave', r: 'hook', x: 'tilde', j: 'dot', z: 'none' };

/** What "w" makes of a vowel in Telex, and what "aa", "ee", "oo" make. */
const HORN: Record<string, string> = { a: 'ă', â: 'ă', o: 'ơ', ô: 'ơ', u: 'ư' };
const CIRCUMFLEX: Record<string, string> = { a: 'â', ă: 'â', e: 'ê', o: 'ô', ơ: 'ô' };

/** The word with the letter at index `at` replaced (keeping its case) and the tone put back where it belongs. */
function replaceAt(word: string, changes: Record<number, string>, style: ToneStyle): string {
  const tone = toneOf(word);
  const bare = [...stripTone(word)];
  for (const [at, letter] of Object.entries(changes)) {
    bare[Number(at)] = sameCase(letter, bare[Number(at)]);
  }
  return applyTone(bare.join(''), tone, style);
}

/**
 * Telex, the way most Vietnamese type on a computer: "aa" → â, "aw" → ă, "ee" → ê, "oo" → ô, "ow" → ơ, "uw" → ư,
 * "uow" → ươ, "w" alone → ư, "dd" → đ; after a word, s f r x j put the sắc, huyền, hỏi, ngã, nặng tone on it and z
 * takes it away. Typing the same mark again undoes it and types the letter ("ass" → "as", "aaa" → "aa").
 */
export function telexKey(text: string, key: string, style: ToneStyle = 'modern'): string {
  const [before, word] = splitLastWord(text);
  const lower = key.toLowerCase();
  const bare = [...stripTone(word)].map((c) => c.toLowerCase());
  const { onset, nucleus } = syllable(word);
  const vowelsAt = [...Array(nucleus).keys()].map((k) => onset + k);
  const typed = () => typeKey(text, key, style);

  if (lower in TELEX_TONES && nucleus > 0) {
    const tone = TELEX_TONES[lower];
    if (tone === 'none') {
      return toneOf(word) === 'none' ? typed() : before + applyTone(word, 'none', style);
    }
    if (toneOf(word) === tone) {
      return typeKey(before + applyTone(word, 'none', style), key, style);
    }
    return before + applyTone(word, tone, style);
  }
  if (lower === 'd' && word.length > 0) {
    if (bare[0] === 'd') {
      return before + replaceAt(word, { 0: 'đ' }, style);
    }
    if (bare[0] === 'đ') {
      return typeKey(before + replaceAt(word, { 0: 'd' }, style), key, style);
    }
    return typed();
  }
  if ('aeo'.includes(lower)) {
    const at = [...vowelsAt].reverse().find((k) => (BASE[bare[k]] ?? bare[k]) === lower);
    if (at === undefined) {
      return typed();
    }
    if (bare[at] === CIRCUMFLEX[lower]) {
      return typeKey(before + replaceAt(word, { [at]: lower }, style), key, style);
    }
    return before + replaceAt(word, { [at]: CIRCUMFLEX[lower] }, style);
  }
  if (lower === 'w') {
    const u = vowelsAt.find((k) => 'uư'.includes(bare[k]) && k + 1 < onset + nucleus && 'oôơ'.includes(bare[k + 1]));
    if (u !== undefined) {
      if (bare[u] === 'ư' && bare[u + 1] === 'ơ') {
        return typeKey(before + replaceAt(word, { [u]: 'u', [u + 1]: 'o' }, style), key, style);
      }
      return before + replaceAt(word, { [u]: 'ư', [u + 1]: 'ơ' }, style);
    }
    const at = [...vowelsAt].reverse().find((k) => 'aâăoôơuư'.includes(bare[k]));
    if (at === undefined) {
      return typeKey(text, key === lower ? 'ư' : 'Ư', style);
    }
    if ('ăơư'.includes(bare[at])) {
      const plain = BASE[bare[at]];
      return typeKey(before + replaceAt(word, { [at]: plain }, style), key, style);
    }
    return before + replaceAt(word, { [at]: HORN[bare[at]] }, style);
  }
  return typed();
}
