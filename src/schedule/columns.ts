/**
 * Column roles of a schedule table, from the wording of its header cells, in any
 * order. Whole header phrases are scored, not single words, so "Đơn vị chủ trì"
 * (who does it) and "Chủ trì, chỉ đạo" (who directs it) are told apart: the
 * longest phrase of a role that the header holds, as a share of the header's
 * words, is that role's score.
 */
import { foldKey } from '../text/vietnamese.ts';

export type ColumnRole = 'no' | 'content' | 'implementer' | 'coordinators' | 'supervisor' | 'deadline' | 'product' | 'note';

/** Usual wordings of each role (folded: no diacritics, lower case). */
const PHRASES: Record<ColumnRole, string[]> = {
  // with the OCR's usual readings of "TT" / "STT"
  no: ['tt', 'stt', 'so tt', 'so thu tu', 'thu tu', 'ti', 'tl', 'it', 'sit', 'stl', 'st t', 't t'],
  content: [
    'noi dung cong viec', 'noi dung', 'nhiem vu', 'ten nhiem vu', 'nhiem vu va giai phap', 'nhiem vu giai phap', 'noi dung thuc hien',
    'noi dung nhiem vu', 'cong viec', 'giai phap', 'hoat dong', 'noi dung hoat dong', 'ten de an', 'ten cong viec', 'nhiem vu cu the',
    'cac nhiem vu', 'noi dung cong viec trong tam',
  ],
  implementer: [
    'don vi thuc hien', 'co quan chu tri', 'don vi chu tri', 'chu tri', 'co quan thuc hien', 'don vi chu tri thuc hien', 'co quan don vi chu tri',
    'co quan chu tri thuc hien', 'don vi thuc hien chinh', 'trach nhiem thuc hien', 'don vi chiu trach nhiem', 'co quan chu tri tham muu',
    'don vi chu tri tham muu', 'don vi tham muu', 'co quan tham muu', 'don vi dau moi',
  ],
  coordinators: ['don vi phoi hop', 'co quan phoi hop', 'phoi hop', 'don vi phoi hop thuc hien', 'co quan don vi phoi hop', 'co quan phoi hop thuc hien'],
  supervisor: [
    'chu tri chi dao', 'lanh dao chi dao', 'lanh dao phu trach', 'chi dao', 'nguoi chi dao', 'lanh dao chu tri', 'phu trach', 'lanh dao phu trach chi dao',
    'dong chi phu trach', 'lanh dao ubnd phu trach', 'chi dao thuc hien',
  ],
  deadline: [
    'thoi gian hoan thanh', 'thoi gian thuc hien', 'thoi han', 'tien do', 'thoi gian', 'thoi han hoan thanh', 'thoi gian trien khai',
    'moc thoi gian', 'tien do thuc hien', 'tien do hoan thanh', 'thoi gian hoan thanh du kien',
  ],
  product: ['san pham', 'ket qua du kien', 'san pham du kien', 'san pham dau ra', 'hinh thuc van ban', 'ket qua', 'hinh thuc san pham', 'ket qua dau ra'],
  note: ['ghi chu'],
};

const ROLES = Object.keys(PHRASES) as ColumnRole[];

function headerWords(text: string): string[] {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Does `words` hold `phrase` as consecutive words? */
function holds(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, k) => words[i + k] === p)) return true;
  return false;
}

/** Scores of every role for one header text: the longest phrase held, as a share of the header's words. */
export function roleScores(header: string): Record<ColumnRole, number> {
  const words = headerWords(header);
  const scores = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<ColumnRole, number>;
  if (words.length === 0) return scores;
  for (const role of ROLES) {
    for (const phrase of PHRASES[role]) {
      const p = phrase.split(' ');
      if (holds(words, p)) scores[role] = Math.max(scores[role], p.length / Math.max(words.length, p.length));
    }
  }
  return scores;
}

export function bestRole(header: string): { role: ColumnRole | null; score: number } {
  const scores = roleScores(header);
  let role: ColumnRole | null = null;
  let score = 0;
  for (const r of ROLES) if (scores[r] > score) [role, score] = [r, scores[r]];
  return { role, score };
}

/** True when a row reads as a header: at least two cells name a role, one of them the content. */
export function looksLikeHeader(cells: string[]): boolean {
  const roles = cells.map((c) => bestRole(c)).filter((r) => r.score >= 0.4);
  return roles.length >= 2 && roles.some((r) => r.role === 'content' || r.role === 'deadline' || r.role === 'implementer');
}

/**
 * One role per column (or null: kept under its header in `extra`). Columns are
 * given roles best score first; a role goes to one column only.
 */
export function assignRoles(headers: string[]): Array<ColumnRole | null> {
  const candidates = headers.flatMap((h, col) =>
    Object.entries(roleScores(h))
      .filter(([, s]) => s > 0)
      .map(([role, score]) => ({ col, role: role as ColumnRole, score })),
  );
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const roles: Array<ColumnRole | null> = headers.map(() => null);
  const taken = new Set<ColumnRole>();
  for (const { col, role } of candidates) {
    if (roles[col] !== null || taken.has(role)) continue;
    roles[col] = role;
    taken.add(role);
  }
  return roles;
}

/**
 * Roles named one after another in a header read as running text ("TT Nội dung
 * Thời gian Cơ quan chủ trì Cơ quan phối hợp …"), in their order: at each word the
 * longest phrase of any role that starts there is taken.
 */
export function rolesInOrder(header: string): ColumnRole[] {
  const words = headerWords(header);
  const phrases = ROLES.flatMap((role) => PHRASES[role].map((p) => ({ role, words: p.split(' ') })));
  phrases.sort((a, b) => b.words.length - a.words.length);
  const roles: ColumnRole[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (!hit) {
      i++;
      continue;
    }
    if (!roles.includes(hit.role)) roles.push(hit.role);
    i += hit.words.length;
  }
  return roles;
}

/** Every word of every role's phrases: a line made of these is header wording. */
export const HEADER_WORDS: ReadonlySet<string> = new Set(ROLES.flatMap((role) => PHRASES[role].flatMap((p) => p.split(' '))));
