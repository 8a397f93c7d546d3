import { z } from 'zod';

/** content/site.yaml: the publisher, its contact address and the data's licence. */
export const siteConfigSchema = () =>
  z.object({
    publisher: z.string().min(1),
    contactEmail: z.email(),
    dataLicence: z.object({ name: z.string().min(1), url: z.url() }),
  });

export type SiteConfig = z.infer<ReturnType<typeof siteConfigSchema>>;
