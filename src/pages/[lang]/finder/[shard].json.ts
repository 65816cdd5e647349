/**
 * A district's shard of the finder in one language: the house ranges of its streets and its
 * areas' details, loaded by the finder page when an address needs them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { finderFiles } from '../../../data/finder.ts';
import { LOCALES } from '../../../i18n';
import type { FinderShard } from '../../../lib/finder/index.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (lang) =>
        (await finderFiles(lang)).shards.map((shard) => ({
          params: { lang, shard: shard.id },
          props: { shard },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { shard: FinderShard }).shard), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
