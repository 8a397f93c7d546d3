/**
 * Indicators: which measure a target is about, so that "Tối thiểu 80% hồ sơ
 * ... luân chuyển ... bằng phương thức điện tử" (province) and "Tối thiểu 95%
 * hồ sơ ... luân chuyển ..." (Hải Lăng) line up although worded differently.
 *
 * Coarse on purpose: a key is a set of keywords that must all occur in the
 * accent-folded text, tried in order (most specific first). A target whose
 * text matches no rule gets '' (shown alone, never lined up by accident).
 * Each rule also names the reform area the measure belongs to, for targets
 * printed outside any area ("Các chỉ tiêu cụ thể").
 */
import { foldVietnamese } from '../text/fold';

interface Rule {
  key: string;
  area: string;
  /** Every entry must match; an entry is alternatives separated by "|". */
  all: string[];
}

const RULES: Rule[] = [
  { key: 'ho-so-luan-chuyen-dien-tu', area: 'tthc', all: ['luan chuyen', 'dien tu'] },
  { key: 'thanh-toan-truc-tuyen-giao-dich', area: 'tthc', all: ['ty le giao dich thanh toan truc tuyen'] },
  { key: 'thanh-toan-truc-tuyen', area: 'tthc', all: ['thanh toan truc tuyen'] },
  { key: 'hai-long-tthc-dat-dai', area: 'tthc', all: ['hai long', 'dat dai'] },
  { key: 'hai-long-y-te-giao-duc', area: 'bo-may', all: ['hai long', 'y te|giao duc'] },
  { key: 'hai-long-tthc', area: 'tthc', all: ['hai long', 'thu tuc hanh chinh|tthc'] },
  { key: 'hai-long-phuc-vu', area: 'bo-may', all: ['hai long'] },
  { key: 'ho-so-dung-han', area: 'tthc', all: ['dung han'] },
  { key: 'dvc-truc-tuyen-di-dong', area: 'so', all: ['dich vu cong truc tuyen', 'di dong'] },
  { key: 'dvc-toan-trinh', area: 'tthc', all: ['toan trinh'] },
  { key: 'ho-so-truc-tuyen', area: 'tthc', all: ['truc tuyen|qua mang', 'ho so|su dung'] },
  { key: 'cat-giam-thoi-gian-tthc', area: 'tthc', all: ['cat giam|rut ngan', 'thoi gian'] },
  { key: 'so-hoa-ho-so-tthc', area: 'tthc', all: ['so hoa'] },
  { key: 'tthc-noi-bo-cong-khai', area: 'tthc', all: ['noi bo', 'cong bo|cong khai'] },
  { key: 'tthc-cong-khai', area: 'tthc', all: ['cong khai', 'thu tuc hanh chinh|tthc'] },
  { key: 'tthc-mot-cua', area: 'tthc', all: ['mot cua'] },
  { key: 'ho-so-cong-viec-tren-mang', area: 'so', all: ['ho so cong viec', 'moi truong mang'] },
  { key: 'kiem-tra-qua-moi-truong-so', area: 'so', all: ['kiem tra', 'moi truong so'] },
  { key: 'dinh-danh-dien-tu', area: 'so', all: ['dinh danh'] },
  { key: 'he-thong-thong-tin-ket-noi', area: 'so', all: ['he thong thong tin', 'ket noi|lien thong'] },
  { key: 'bao-cao-truc-tuyen', area: 'so', all: ['bao cao', 'he thong'] },
  { key: 'iso-dien-tu', area: 'so', all: ['iso'] },
  { key: 'tai-khoan-ngan-hang', area: 'so', all: ['tai khoan', 'ngan hang'] },
  { key: 'chu-ky-so-moi-truong-so', area: 'so', all: ['moi truong so|chu ky so'] },
  { key: 'giam-bien-che', area: 'bo-may', all: ['bien che'] },
  { key: 'chi-ngan-sach-su-nghiep', area: 'tai-chinh', all: ['chi truc tiep|chi ngan sach', 'ngan sach'] },
  { key: 'tu-chu-chi-thuong-xuyen', area: 'tai-chinh', all: ['tu bao dam|tu dam bao|co phan'] },
  { key: 'vbqppl-dung-quy-dinh', area: 'the-che', all: ['quy pham phap luat|qppl'] },
  { key: 'theo-doi-thi-hanh-phap-luat', area: 'the-che', all: ['thi hanh phap luat'] },
  { key: 'cbccvc-ung-dung-cntt', area: 'cong-vu', all: ['cntt|cong nghe thong tin'] },
  { key: 'cbccvc-danh-gia', area: 'cong-vu', all: ['danh gia', 'cbccvc|cong chuc'] },
  { key: 'cbccvc-dung-vi-tri-viec-lam', area: 'cong-vu', all: ['vi tri viec lam'] },
  { key: 'cbccvc-boi-duong', area: 'cong-vu', all: ['boi duong'] },
  { key: 'cong-chuc-xa-dat-chuan', area: 'cong-vu', all: ['dat chuan'] },
  { key: 'lanh-dao-moi-truong-quoc-te', area: 'cong-vu', all: ['quoc te'] },
  { key: 'sang-kien-cchc', area: 'chi-dao', all: ['sang kien'] },
  { key: 'van-ban-chi-dao-cchc', area: 'chi-dao', all: ['chi dao'] },
  { key: 'kiem-tra-cchc', area: 'chi-dao', all: ['kiem tra'] },
];

function matches(folded: string, rule: Rule): boolean {
  return rule.all.every((alts) => alts.split('|').some((w) => folded.includes(w)));
}

const ruleOf = (text: string) => {
  const folded = foldVietnamese(text);
  return RULES.find((r) => matches(folded, r));
};

/** Coarse key of the measure a target is about; '' when no rule knows it. */
export function indicatorKey(text: string): string {
  return ruleOf(text)?.key ?? '';
}

// When no indicator is known, the words still tell the area (first match wins).
const AREA_HINTS: [area: string, words: RegExp][] = [
  ['tthc', /thu tuc hanh chinh|\btthc\b|ho so|dich vu cong|\bdvc\b/],
  ['the-che', /phap luat|qppl/],
  ['cong-vu', /cong chuc|vien chuc|cbccvc|can bo/],
  ['bo-may', /bo may|bien che|don vi su nghiep/],
  ['so', /dien tu|moi truong so|chuyen doi so/],
];

/** Canonical area of the measure, for targets printed outside an area. */
export function indicatorArea(text: string): string | undefined {
  const rule = ruleOf(text);
  if (rule) return rule.area;
  const folded = foldVietnamese(text);
  return AREA_HINTS.find(([, re]) => re.test(folded))?.[0];
}
