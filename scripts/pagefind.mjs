// Builds the Pagefind index over dist/ after `astro build`. Only elements
// marked data-pagefind-body are indexed, so navigation chrome stays out.
import * as pagefind from 'pagefind';

const site = process.env.DIST_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${site}/pagefind` });
await pagefind.close();
console.log(`Pagefind: đã lập chỉ mục ${added.page_count} trang.`);
