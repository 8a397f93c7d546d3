/** content/site.yaml, parsed and checked once per build (Vite inlines the file). */
import { parse } from 'yaml';
import raw from '../../../content/site.yaml?raw';
import { siteConfigSchema, type SiteConfig } from '../../schema/site';

function load(): SiteConfig {
  const result = siteConfigSchema().safeParse(parse(raw));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/site.yaml: ${issue.path.join('.') || '(tệp)'}: ${issue.message}`);
  }
  return result.data;
}

export const SITE_CONFIG: SiteConfig = load();

/** A mailto: link to the publisher with a subject line filled in. */
export function mailto(subject: string, body = ''): string {
  const query = [`subject=${encodeURIComponent(subject)}`, body && `body=${encodeURIComponent(body)}`].filter(Boolean);
  return `mailto:${SITE_CONFIG.contactEmail}?${query.join('&')}`;
}
