/** content/site.yaml, parsed and checked once per build (Vite inlines the file). */
import { parse } from 'yaml';
import raw from '../../../content/site.yaml?raw';
import { siteConfigSchema, type SiteConfig } from '../../schema/site';

/** The configuration in `text`, or a one-line error naming the file and the field. */
export function parseSiteConfig(text: string, file = 'content/site.yaml'): SiteConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`${file}: không đọc được YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = siteConfigSchema().safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(tệp)'}: ${issue.message}`);
  }
  return result.data;
}

export const SITE_CONFIG: SiteConfig = parseSiteConfig(raw);

/** A mailto: link to the publisher with a subject line filled in. */
export function mailto(subject: string, body = ''): string {
  const query = [`subject=${encodeURIComponent(subject)}`, body && `body=${encodeURIComponent(body)}`].filter(Boolean);
  return `mailto:${SITE_CONFIG.contactEmail}?${query.join('&')}`;
}
