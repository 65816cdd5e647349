/**
 * The table of labels of the CMS: every collection, settings file and field, in each interface
 * language, keyed by collection (or settings file) and field path. English is what the CMS
 * derives from the models; tests/unit/cms-labels.test.ts checks the table against them.
 */
import { blogLabels } from './blog.ts';
import { districtsLabels } from './districts.ts';
import { neighbourhoodsLabels } from './neighbourhoods.ts';
import { newsLabels } from './news.ts';
import { officersLabels } from './officers.ts';
import { pagesLabels } from './pages.ts';
import { settingsLabels } from './settings.ts';
import type { LabelTable } from './types.ts';

export type { LabelTable, Labels, Words } from './types.ts';

export const LABELS: LabelTable = {
  ...newsLabels,
  ...blogLabels,
  ...pagesLabels,
  ...officersLabels,
  ...districtsLabels,
  ...neighbourhoodsLabels,
  ...settingsLabels,
};
