/**
 * Examples of each component, with the text each must show. Rendered on
 * /mau-giao-dien/ (the pattern page) where the e2e tests check the text and
 * axe checks accessibility: the same examples serve both. Texts come from
 * the source documents (file and line noted).
 */
import type { TimeSpec } from '../schema/time';
import type { Diagnostic } from '../schema/quality';
import type { CorrectionApplied } from '../schema/task';

export interface Example<P> {
  name: string;
  props: P;
  /** Text that must appear in the rendered example. */
  expect: string[];
}

// vp-ubnd-2024.txt:226–229, task 13's Thời gian.
const quarters: TimeSpec = { raw: 'Từ Quý I đến Quý III', kind: 'range', from: '2024-01-01', to: '2024-09-30' };

export const timeExamples: Example<{ time: TimeSpec | null; compact?: boolean }>[] = [
  {
    name: 'khoang-thoi-gian',
    props: { time: quarters },
    expect: ['«Từ Quý I đến Quý III»', 'Từ 01/01/2024 đến 30/09/2024'],
  },
  {
    // qt-2021-2025.txt:12 "Hàng năm" in a 2021–2025 plan.
    name: 'dinh-ky',
    props: {
      time: {
        raw: 'Tháng 12 hàng năm',
        kind: 'recurring',
        from: '2021-01-01',
        to: '2025-12-31',
        recurrence: { every: 'year', month: 12 },
      },
    },
    expect: ['Tháng 12 hàng năm', 'Định kỳ hằng năm (tháng 12)'],
  },
  { name: 'gon', props: { time: quarters, compact: true }, expect: ['Từ Quý I đến Quý III'] },
  { name: 'khong-ghi', props: { time: null }, expect: ['Không ghi thời gian'] },
];

export const breadcrumbExamples: Example<{ items?: { href: string; label: string }[]; current: string }>[] = [
  {
    name: 'nhiem-vu',
    props: {
      items: [{ href: '/vp-ubnd-2024/', label: 'Kế hoạch CCHC năm 2024 của Văn phòng UBND tỉnh' }],
      current: 'Nhiệm vụ 13',
    },
    expect: ['Trang chủ', 'Nhiệm vụ 13'],
  },
];

export const sourceLinkExamples: Example<{ plan: string; lines: [number, number] }>[] = [
  { name: 'doan', props: { plan: 'vp-ubnd-2024', lines: [226, 229] }, expect: ['dòng 226–229'] },
  { name: 'mot-dong', props: { plan: 'vp-ubnd-2024', lines: [224, 224] }, expect: ['dòng 224'] },
];

export const diagnosticExamples: Example<{
  items: Diagnostic[];
  headingLevel?: 2 | 3;
  title?: string;
  idSuffix?: string;
}>[] = [
  {
    name: 'canh-bao',
    props: {
      // vp-ubnd-2024.txt: "Phụ lục có 29 nhiệm vụ".
      items: [
        {
          level: 'warning',
          code: 'example',
          message: 'Văn bản khai báo số nhiệm vụ',
          plan: 'vp-ubnd-2024',
          text: 'Phụ lục có 29 nhiệm vụ',
        },
      ],
      idSuffix: 'mau',
      headingLevel: 3,
    },
    expect: ['Cảnh báo', 'Phụ lục có 29 nhiệm vụ'],
  },
];

export const correctionExamples: Example<{ items: CorrectionApplied[] }>[] = [
  // docs/DOMAIN.md §5: "Công dịch vụ công" for "Cổng ..." is a typo seen in the sources.
  {
    name: 'loi-chinh-ta',
    props: {
      items: [
        {
          field: 'activity.text',
          from: 'Công DVC Quốc gia',
          to: 'Cổng DVC Quốc gia',
          reason: 'Lỗi chính tả trong văn bản',
        },
      ],
    },
    expect: ['Công DVC Quốc gia', 'Cổng DVC Quốc gia', 'Hoạt động'],
  },
];

export const sourceLineExamples: Example<{ lines: string[]; ranges?: [number, number][] }>[] = [
  {
    name: 'the-html-hien-thi-nhu-chu',
    // qt-2021-2025.txt:10: <b> shows as bold (its raw text behind the "nguyên văn" switch);
    // any other markup is shown as text, never run.
    props: { lines: ['<b>I</b>\t<b>Cải cách thể chế</b>', '<script>alert(1)</script>'], ranges: [[1, 2]] },
    expect: ['Cải cách thể chế', '<script>alert(1)</script>'],
  },
];

export const citationExamples: Example<{ text: string; url: string }>[] = [
  {
    name: 'nhiem-vu-13',
    props: {
      text: 'Nhiệm vụ số 13, Phụ lục Nhiệm vụ, giải pháp trọng tâm nâng cao chỉ số CCHC năm 2024, Kế hoạch cải cách hành chính, duy trì nâng cao các chỉ số PAR INDEX, PAPI, PCI, SIPAS năm 2024 của Văn phòng UBND tỉnh Quảng Trị',
      url: 'https://cchc.quangtri.gov.vn/vp-ubnd-2024/13/',
    },
    expect: ['Trích dẫn', 'Nhiệm vụ số 13', 'https://cchc.quangtri.gov.vn/vp-ubnd-2024/13/'],
  },
];

// The real lists all fit on one page (src/lib/site/paging.ts). These show the
// navigation of a long list, at its start and in its middle, over the
// pattern page's own 12 numbered pages (src/pages/mau-giao-dien/phan-trang/),
// so every link they make leads somewhere.
export const PAGINATION_EXAMPLE_BASE = '/mau-giao-dien/phan-trang/';
export const PAGINATION_EXAMPLE_PAGES = 12;
const examplePage = (number: number) => ({ number, count: PAGINATION_EXAMPLE_PAGES, base: PAGINATION_EXAMPLE_BASE });

export const paginationExamples: Example<{ page: { number: number; count: number; base: string }; what?: string }>[] = [
  {
    name: 'trang-dau',
    props: { page: examplePage(1), what: 'nhiệm vụ' },
    expect: ['Trang 1 / 12', 'Trang sau'],
  },
  {
    name: 'giua-nhieu-trang',
    props: { page: examplePage(6) },
    expect: ['Trang 6 / 12', 'Trang trước', 'Trang sau', '…'],
  },
];
