/**
 * The "Nơi nhận:" items of a plan put right after OCR and restoration, one shared step of
 * the scan and the text pipelines.
 *
 * Recipient items are short and dense with office codes ("Lưu: VT, NC (TP, Loan).",
 * "TT. TU, TT. HĐND TP;"); an OCR misreads a code's letters ("NG" for NC, "PIDS" for
 * PTDS, "UBMTTQYVN"), loses the spaces between codes ("PCTUBNDTP"), and the restorer,
 * seeing letters without marks, gives a code marks ("TỪ" for TU) or a drafter's name the
 * wrong ones ("Loạn"). Each repair weighs how often the codes are printed: in the corpus
 * (dictionaries/data/codes.tsv, mined by dictionaries/build-codes.ts; the count inside
 * "Nơi nhận" lists counts most), in the abbreviation table, and in the plan's own text
 * outside its recipient list. A code is only ever replaced by one far more often seen, one
 * misreading away; a code the plan or the data knows well is never touched.
 *
 * Repairs, in order, on each item:
 * - "(b/o)", "(b/)": the fixed "(b/c)" (báo cáo) with its last letter misread or lost;
 * - a code the restorer gave marks ("TỪ", "NGÔ"), in a run of codes, whose bare letters
 *   are a known code → the bare code; a horned O there is a serif C ("NỞ" → NC);
 * - a glued run of codes ("PCTUBNDTP") that no data knows and that splits wholly into
 *   three or more known codes → the codes with spaces;
 * - a code that is rare or unknown, one OCR confusion from a frequent code (C↔G, T↔I,
 *   O↔Q, D→Đ, Y or I put in or lost, …) → that code, when it is the only such code;
 * - a digit beside a known code read for the capital it looks like ("7P" → TP), and a
 *   code with a lower-case tail one capital from the known one ("TIr" → TTr);
 * - a drafter's name in the archive line's brackets ("Lưu: VT, NC (TP, Loạn)") that no
 *   person is called, whose letters name-frequencies read as one name far more than any
 *   other → that name.
 *
 * Then, over the list, an item's end read ":" or "i." for ";" (semicolonEnds), and, in an old
 * OCR's text, an item cut inside its last word gets the word's closing syllable back when
 * the language model is sure of it (closeCutWords).
 *
 * Also the unit words restoreUnitWords and fixProvince put right ("UBMTTQVN tính" → "tỉnh").
 * Pure; items already right are returned as they are.
 */
import { readFile } from 'node:fs/promises';
import type { Doc } from '../model/document.ts';
import { restoreUnitWords } from '../restore/stage.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';
import { loadRestoreData, wordPairTest, type WordPairTest } from '../restore/data.ts';
import { lostClosingSyllable, planPhrases } from '../restore/lost-syllable.ts';
import type { NameTable } from '../restore/person-names.ts';
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import { fixProvince } from './unit-repair.ts';
import { likelierNameSyllable } from './person-name.ts';

export interface CodeCount {
  /** times the corpus prints the code */
  n: number;
  /** of those, times inside a "Nơi nhận" list */
  r: number;
}

export interface RecipientData {
  /** code as printed ("HĐND") → corpus counts (codes.tsv) */
  codes: Map<string, CodeCount>;
  /** spellings of the abbreviation table ("HĐND", "TU") */
  abbreviations: Set<string>;
  /** how often each syllable is a surname, middle or given name */
  names: NameTable;
  /** whether two syllables, in order, are a word of the word list ("thành phố") */
  isWordPair: WordPairTest;
  /** for a plan's text: the syllable a text lost at its end ("… nhân dân tối" → "cao", "Các Sở, ban," → "ngành"), when the model or the plan is sure */
  lostSyllableIn: (planText: string, items: readonly string[]) => (text: string) => string | undefined;
}

export interface RepairOptions {
  /** the plan's whole text (its recipient list may be inside it): codes it prints elsewhere count as known */
  planText?: string;
  /** the items come from an old OCR's text, whose lines lose their last word now and then */
  linesLoseWords?: boolean;
}

/** "code <TAB> count <TAB> count in lists" rows. */
export function parseCodeLexicon(text: string): Map<string, CodeCount> {
  const codes = new Map<string, CodeCount>();
  for (const line of text.split('\n')) {
    const [code, n, r] = line.split('\t');
    if (code && n) codes.set(code, { n: Number(n), r: Number(r ?? 0) });
  }
  return codes;
}

/** A document's text as read (after restoration), line by line: the plan text the repair looks codes up in. */
export function docText(doc: Doc): string {
  return doc.pages.map((page) => page.lines.map((line) => line.text).join('\n')).join('\n');
}

let cached: Promise<RecipientData> | undefined;

/** The codes, the abbreviation table and the name table, loaded once per process from dictionaries/data/. */
export function loadRecipientData(): Promise<RecipientData> {
  cached ??= (async () => {
    const [codesText, restore] = await Promise.all([readFile(new URL('../../dictionaries/data/codes.tsv', import.meta.url), 'utf8'), loadRestoreData()]);
    return {
      codes: parseCodeLexicon(codesText),
      abbreviations: new Set(restore.abbreviations.values()),
      names: restore.names,
      isWordPair: wordPairTest(restore),
      lostSyllableIn: (planText: string, items: readonly string[]) => {
        const plan = planPhrases(restore, planText, items.join('\n'));
        return (text: string) => lostClosingSyllable(restore, text, plan);
      },
    };
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

// --- weights ------------------------------------------------------------------------------

/** Weight of being in the abbreviation table (as many as two list occurrences). */
const ABBREVIATION_WEIGHT = 2;
/** Weight of one corpus occurrence outside the lists (running text says less of recipient codes). */
const RUNNING_TEXT_WEIGHT = 1 / 20;
/** Weight of one occurrence in the plan's own text outside its recipient list. */
const PLAN_WEIGHT = 3;
/** A code this well attested is known: never changed, and may replace a misreading. */
const KNOWN = 2;
/** A misreading is replaced only by a code this many times better attested … */
const RATIO = 8;
/** … and better than any other candidate by this much. */
const UNIQUE = 4;
/** Two-letter codes are one letter from many others: their replacement must be this well attested. */
const SHORT_KNOWN = 4;
/** A glued run is split into at least this many codes (two codes side by side may be one name). */
const MIN_GLUED_PARTS = 3;
const MIN_GLUED_LENGTH = 6;

/** Letters an OCR reads for one another in capitals (both ways); codes are letters only, so digits read for letters are not codes' business. */
const CONFUSABLE: ReadonlyArray<readonly [string, string]> = [
  ['C', 'G'],
  ['C', 'O'],
  ['O', 'Q'],
  ['O', 'D'],
  ['I', 'T'],
  ['I', 'L'],
  ['I', 'J'],
  ['E', 'F'],
  ['B', 'Đ'],
  ['D', 'Đ'],
];
/** Thin letters an OCR puts in or drops. */
const THIN = ['I', 'Y'];

const SUBSTITUTES = new Map<string, string[]>();
for (const [a, b] of CONFUSABLE) {
  SUBSTITUTES.set(a, [...(SUBSTITUTES.get(a) ?? []), b]);
  SUBSTITUTES.set(b, [...(SUBSTITUTES.get(b) ?? []), a]);
}

class CodeScores {
  private readonly plan = new Map<string, number>();

  constructor(
    private readonly data: RecipientData,
    planText: string,
    items: string[],
  ) {
    for (const code of codesIn(planText)) this.plan.set(code, (this.plan.get(code) ?? 0) + 1);
    // the recipient list's own codes are what is being judged: they are no evidence for themselves
    for (const code of codesIn(items.join('\n'))) if (this.plan.has(code)) this.plan.set(code, this.plan.get(code)! - 1);
  }

  score(code: string): number {
    const c = this.data.codes.get(code);
    return (c ? c.r + c.n * RUNNING_TEXT_WEIGHT : 0) + (this.data.abbreviations.has(code) ? ABBREVIATION_WEIGHT : 0) + Math.max(0, this.plan.get(code) ?? 0) * PLAN_WEIGHT;
  }

  known(code: string): boolean {
    return this.score(code) >= KNOWN;
  }
}

const CODE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}&]*\p{Lu}(?![\p{L}\p{N}])/gu;
const BARE_CODE = /^[A-ZĐ][A-ZĐ&]*[A-ZĐ]$/u;

function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[0]).filter((c) => BARE_CODE.test(c));
}

export function repairRecipients(items: string[], data: RecipientData, options: RepairOptions = {}): string[] {
  const scores = new CodeScores(data, options.planText ?? '', items);
  const repaired = items.map((item) => {
    let out = fixProvince(restoreUnitWords(item));
    out = reportMark(out);
    out = repairCodes(out, scores);
    out = digitsReadForLetters(out, scores);
    out = mixedCaseMisreads(out, scores);
    out = repairDrafterNames(out, data.names);
    return out;
  });
  const ended = semicolonEnds(repaired, data.isWordPair);
  const semicolons = endsItemsWithSemicolons(ended);
  const noted = ended.map((item, i) => closeNote(item, semicolons && i < ended.length - 1));
  return options.linesLoseWords ? closeCutWords(noted, data.lostSyllableIn(options.planText ?? '', noted)) : noted;
}

/** True when the text opens more brackets than it closes. */
function leavesBracketOpen(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

/** A list whose items end so this often in ";" ends each of its items so. */
const SEMICOLON_SHARE = 0.6;

function endsItemsWithSemicolons(items: readonly string[]): boolean {
  const inner = items.slice(0, -1);
  return inner.length >= 3 && inner.filter((item) => /;\s*$/.test(item)).length >= inner.length * SEMICOLON_SHARE;
}

/**
 * "Viện kiểm sát nhân dân tối" → "… tối cao;": in a list that ends its items with ";", an
 * item (the last aside) that ends in a bare syllable lost its last word with the ";". When
 * that word was a two-syllable word's second half and the model is sure of it, it is put
 * back with the ";"; a lost whole word is left lost.
 */
function closeCutWords(items: string[], lostSyllable: (text: string) => string | undefined): string[] {
  if (!endsItemsWithSemicolons(items)) return items;
  return items.map((item, i) => {
    if (i === items.length - 1 || !/[\p{L},]$/u.test(item)) return item;
    const closing = lostSyllable(item);
    if (!closing) return item;
    // "Bộ Công an (để báo" lost "cáo);": the bracket it opened closes with it
    return `${item} ${closing}${leavesBracketOpen(item) ? ')' : ''};`;
  });
}

/**
 * What a recipient is sent the plan for, in the set words the lists use (the corpus's
 * "Nơi nhận" lists print these), by which an unclosed note at an item's end is completed.
 */
const NOTES = ['để báo cáo', 'để b/c', 'để biết', 'để chỉ đạo', 'để thực hiện', 'để t/h', 'để phối hợp', 'để phối hợp chỉ đạo', 'để p/h', 'để kiểm tra', 'để theo dõi', 'để giám sát'];
const NOTE_SYLLABLES = NOTES.map((note) => ({ note, folded: foldKey(note).split(' ') }));

/**
 * "Bộ trưởng (để bảo" → "Bộ trưởng (để báo cáo);": a note left open at an item's end lost
 * its last word (and the restorer, short of context, may have marked the rest wrong). When
 * its words, marks aside, are the whole of one set note, or open one note only, that note is
 * written; `semicolon` adds the ";" the list ends its items with.
 */
function closeNote(item: string, semicolon: boolean): string {
  const open = /\(([^()]*)$/u.exec(item);
  if (!open) return item;
  const words = foldKey(open[1]).split(/\s+/).filter(Boolean);
  if (words.length < 2) return item;
  const whole = NOTE_SYLLABLES.find((n) => n.folded.join(' ') === words.join(' '));
  const opened = NOTE_SYLLABLES.filter((n) => n.folded.length > words.length && words.every((w, i) => n.folded[i] === w));
  const note = whole ?? (opened.length === 1 ? opened[0] : undefined);
  if (!note) return item;
  const before = item.slice(0, open.index).trimEnd();
  return `${before} (${note.note})${semicolon && !/;$/.test(before) ? ';' : ''}`;
}

/**
 * "UBND các xã, phường:" → "…;": in Times the semicolon's tail is a speck, and the OCR
 * reads a colon. A list that ends most of its items (the last aside) with ";" ends each
 * so; a colon that opens sub-items ("- Các sở:" then "+ Sở Tài chính;") stays.
 */
function semicolonEnds(items: string[], isWordPair: WordPairTest): string[] {
  if (!endsItemsWithSemicolons(items)) return items;
  return items.map((item, i) => {
    if (i === items.length - 1) return item;
    if (/:\s*$/.test(item)) return /^\s*[+•*]/.test(items[i + 1]) ? item : item.replace(/:\s*$/, ';');
    return semicolonReadAsI(item, isWordPair) ?? item;
  });
}

/**
 * "các huyện, thành phối." → "thành phố;": the semicolon read as an "i" joined to the last
 * word (its dot the i's, its tail the stop), or as an "ị" ("Như Mục Vị" → "Mục V;"). Taken
 * so only when the word without it makes a word with the one before it and the word as
 * read does not, or is the number of a part ("Mục", "Phần", "Điều" and a roman numeral).
 */
function semicolonReadAsI(item: string, isWordPair: WordPairTest): string | undefined {
  const m = /(\p{L}+)\s+(\p{L}+)(i(?:[.,]|\.{2,3}|…)?|ị)\s*$/u.exec(item);
  if (!m) return undefined;
  const [, before, stem, read] = m;
  const partNumber = /^(?:muc|phan|chuong|dieu|khoan)$/.test(foldKey(before)) && /^[IVX]+$/.test(stem);
  if (!partNumber && (!isWordPair(before, stem) || isWordPair(before, `${stem}${read.replace(/[.,…]+$/, '')}`))) return undefined;
  return item.slice(0, m.index) + `${before} ${stem};`;
}

/** "(b/o)", "(b/e)", "(b/)": the fixed "(b/c)" (báo cáo), its last letter misread or lost. */
function reportMark(item: string): string {
  return item.replace(/\(\s*b\s*\/\s*[oeé0GO]?\s*\)/gu, '(b/c)');
}

/** Each run of capitals in the item, put right as a code where the data says so. */
function repairCodes(item: string, scores: CodeScores): string {
  const tokens = [...item.matchAll(CODE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (!tokens.length) return item;
  let out = '';
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const codeRun = () =>
      // after "Lưu:" and codes ("Lưu: VT, NGÔ")
      /(?:^|\s)(?:Lưu|Luu)\s*:\s*(?:[\p{Lu}&.]+\s*,\s*)*$/u.test(item.slice(0, t.start)) ||
      // a known code just before ("TT. TỪ", "VT, TỪ") or just after ("TỪ, HĐND")
      (!!previous && /^[\s,.:]*$/u.test(item.slice(previous.end, t.start)) && scores.known(previous.text)) ||
      (!!next && /^[\s,:]*$/u.test(item.slice(t.end, next.start)) && scores.known(next.text)) ||
      // opening the item, before a comma ("ƠI, các PCT UBND tỉnh": CT)
      (/^[\s\-–+•]*$/u.test(item.slice(0, t.start)) && /^\s*,/u.test(item.slice(t.end))) ||
      // alone in brackets after a known code ("Phó CVP (NƠG)")
      (!!previous && /^\s*\(\s*$/u.test(item.slice(previous.end, t.start)) && /^\s*\)/u.test(item.slice(t.end)) && scores.known(previous.text));
    out += item.slice(previous?.end ?? 0, t.start) + repairToken(t.text, scores, codeRun);
  });
  return out + item.slice(tokens[tokens.length - 1].end);
}

/** Digits an OCR reads for a capital of Times ("7P" for TP). */
const LETTER_OF_DIGIT: Record<string, string> = { '7': 'T', '0': 'O', '1': 'I', '5': 'S', '8': 'B' };
const DIGITS_AND_CAPITALS = /(?<![\p{L}\p{N}])(?=[A-ZĐ\d]*\d)(?=[A-ZĐ\d]*[A-ZĐ])[A-ZĐ\d]{2,}(?![\p{L}\p{N}])/gu;

/**
 * "VP UBND 7P (3E)" → "VP UBND TP (3E)": a token of capitals and a digit, beside a known
 * code, that is a well-known code once its digits are read as the letters they look like.
 * Bracketed counts of copies ("(3E)", "(2b)") and numbered codes ("QH15") stay: the
 * brackets are left alone, and the letters must make a known code.
 */
function digitsReadForLetters(item: string, scores: CodeScores): string {
  return item.replace(DIGITS_AND_CAPITALS, (token, at: number) => {
    const before = item.slice(0, at);
    if (leavesBracketOpen(before)) return token;
    const letters = token.replace(/\d/g, (d) => LETTER_OF_DIGIT[d] ?? d);
    if (/\d/.test(letters) || scores.score(letters) < (letters.length <= 2 ? SHORT_KNOWN : KNOWN)) return token;
    const previous = /(\S+?)[\s,.:]*$/u.exec(before)?.[1] ?? '';
    const next = /^[\s,:]*([^\s,;.:()]+)/u.exec(item.slice(at + token.length))?.[1] ?? '';
    return scores.known(previous) || scores.known(next) ? letters : token;
  });
}

const MIXED_CASE_CODE = /(?<![\p{L}\p{N}])[A-ZĐ]{2,}[a-z]{1,2}(?![\p{L}\p{N}])/gu;

/**
 * "TIr Tỉnh ủy" → "TTr" (thường trực): a code of capitals and a lower-case tail that no data
 * knows, one capital misread from the one known such code.
 */
function mixedCaseMisreads(item: string, scores: CodeScores): string {
  return item.replace(MIXED_CASE_CODE, (token) => {
    if (scores.known(token)) return token;
    const capitals = /^[A-ZĐ]+/u.exec(token)![0];
    const tail = token.slice(capitals.length);
    const known = [...capitals].flatMap((ch, i) =>
      (SUBSTITUTES.get(ch) ?? []).map((sub) => capitals.slice(0, i) + sub + capitals.slice(i + 1) + tail).filter((code) => scores.known(code)),
    );
    return known.length === 1 ? known[0] : token;
  });
}

function repairToken(token: string, scores: CodeScores, codeRun: () => boolean): string {
  const stray = strayHead(token, scores);
  if (stray) return stray;
  if (!BARE_CODE.test(token)) {
    // capitals with marks: a word in capitals, or a code the restorer gave marks
    const bare = stripDiacritics(token);
    if (/[^A-Z&]/u.test(bare) || !codeRun()) return token;
    const spelled = bestSpelling(bare, scores);
    if (spelled && scores.known(spelled)) return spelled;
    return hornAsC(token, scores) ?? token;
  }
  const own = scores.score(token);
  if (own >= KNOWN) return misreadOf(token, own, scores) ?? token;
  return misreadOf(token, own, scores) ?? misreadPart(token, scores) ?? glued(token, scores) ?? token;
}

/**
 * "ƠCT" → "CT": a marked capital glued before a known code (a bullet's dash read with a
 * speck after it) is no letter of the code: codes have no marked vowels, and the whole is
 * not a syllable either.
 */
function strayHead(token: string, scores: CodeScores): string | undefined {
  const [head, ...rest] = [...token];
  const code = rest.join('');
  if (/[A-ZĐ&]/u.test(head) || !BARE_CODE.test(code) || isSyllableShape(token.toLowerCase())) return undefined;
  return scores.score(code) >= (code.length <= 2 ? SHORT_KNOWN : KNOWN) ? code : undefined;
}

/**
 * "NỞ", "NƠG" for NC: a serif C's upper terminal looks like the horn of Ơ, and the
 * Vietnamese model reads it so (with a tone mark, or with the C read a second time as G).
 * Codes carry no marks; a horned O among codes is taken as C, and the code then put right
 * as any misreading.
 */
function hornAsC(token: string, scores: CodeScores): string | undefined {
  const asC = stripDiacritics(token.replace(/[ƠỜỚỞỠỢ]/gu, 'C'));
  if (asC === stripDiacritics(token)) return undefined;
  if (scores.known(asC)) return asC;
  return misreadOf(asC, scores.score(asC), scores);
}

/** The known spelling of bare letters ("TU", "HDND" → "HĐND"), the best attested. */
function bestSpelling(bare: string, scores: CodeScores): string | undefined {
  let best: string | undefined;
  for (const spelled of spellings(bare)) if (scores.known(spelled) && (!best || scores.score(spelled) > scores.score(best))) best = spelled;
  return best;
}

/** Every spelling of bare letters with D read as D or Đ (up to 3 Ds). */
function spellings(bare: string): string[] {
  let out = [''];
  for (const ch of bare) out = out.flatMap((s) => (ch === 'D' && out.length < 8 ? [s + 'D', s + 'Đ'] : [s + ch]));
  return out;
}

/** The code one OCR confusion away, far better attested than the token and than any other such code. */
function misreadOf(token: string, own: number, scores: CodeScores): string | undefined {
  const ranked = [...neighbours(token)].map((code) => ({ code, score: scores.score(code) })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return undefined;
  const needed = Math.max(best.code.length <= 2 ? SHORT_KNOWN : KNOWN, own * RATIO);
  if (best.score < needed) return undefined;
  if (second && second.score * UNIQUE > best.score) return undefined;
  return best.code;
}

/** Codes one confusion from the token: one letter read for another, a thin letter put in or lost, a letter read twice ("BCĐĐ"), a letter beside "&" that is a piece of it. */
function neighbours(token: string): Set<string> {
  const out = new Set<string>();
  const letters = [...token];
  letters.forEach((ch, i) => {
    for (const sub of SUBSTITUTES.get(ch) ?? []) out.add([...letters.slice(0, i), sub, ...letters.slice(i + 1)].join(''));
    if (THIN.includes(ch) && letters.length > 2) out.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
    // a letter read twice, one time as a look-alike ("BCĐĐ", "NCG", "NGC")
    const twin = (other: string | undefined) => other !== undefined && (other === ch || !!SUBSTITUTES.get(ch)?.includes(other));
    if ((twin(letters[i - 1]) || twin(letters[i + 1])) && letters.length > 2) out.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
    // a stroke of the wide ampersand read as a letter beside it ("GDS&ĐT")
    if (ch !== '&' && (letters[i - 1] === '&' || letters[i + 1] === '&')) out.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  });
  for (let i = 1; i < letters.length; i++) for (const thin of THIN) out.add([...letters.slice(0, i), thin, ...letters.slice(i)].join(''));
  out.delete(token);
  for (const code of out) if (!BARE_CODE.test(code)) out.delete(code);
  return out;
}

/**
 * "NGPC" → "NCPC": a code no data knows, made of a known code and a misread one ("PC"
 * and "NG", a misreading of NC): the misread part put right.
 */
function misreadPart(token: string, scores: CodeScores): string | undefined {
  if (token.includes('&') || token.length < 4) return undefined;
  const found = new Set<string>();
  for (let at = 2; at <= token.length - 2; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (scores.known(head) && !scores.known(tail)) {
      const fixed = misreadOf(tail, scores.score(tail), scores);
      if (fixed) found.add(head + fixed);
    }
    if (scores.known(tail) && !scores.known(head)) {
      const fixed = misreadOf(head, scores.score(head), scores);
      if (fixed) found.add(fixed + tail);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "PCTUBNDTP" → "PCT UBND TP": the fewest known codes that make up the whole token, when they are enough. */
function glued(token: string, scores: CodeScores): string | undefined {
  if (token.length < MIN_GLUED_LENGTH || token.includes('&')) return undefined;
  // fewest parts to each prefix
  const best: Array<string[] | undefined> = [[]];
  for (let end = 2; end <= token.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      const head = best[start];
      const part = token.slice(start, end);
      if (!head || !scores.known(part)) continue;
      if (!best[end] || best[end]!.length > head.length + 1) best[end] = [...head, part];
    }
  }
  const parts = best[token.length];
  return parts && parts.length >= MIN_GLUED_PARTS ? parts.join(' ') : undefined;
}

// --- drafters' names ----------------------------------------------------------------------

/**
 * "Lưu: VT, NC (TP, Loạn)." → "Loan": in the archive line's brackets, a capitalised word
 * that is no name in the name table, whose letters are one given name far more often than
 * any other marking of them.
 */
function repairDrafterNames(item: string, names: NameTable): string {
  if (!/^(?:[-+•]\s*)?(?:Lưu|Luu)\b/u.test(item)) return item;
  return item.replace(/\(([^()]*)\)/gu, (whole, inside: string) =>
    '(' + inside.replace(/(?<=^|[\s,.;/])\p{Lu}\p{Ll}+(?=$|[\s,.;/])/gu, (word) => likelierNameSyllable(word, 'G', names) ?? word) + ')',
  );
}
