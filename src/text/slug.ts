import { foldKey } from './fold';

/** ASCII slug of Vietnamese text: "Sở Nội vụ" → "so-noi-vu", "đ" → "d". */
export function slugify(text: string): string {
  return foldKey(text)
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
