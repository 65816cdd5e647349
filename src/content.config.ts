/**
 * The build's content collections: one per row of the table in src/models/collections.ts,
 * each loaded by its kind (src/content-loaders.ts) and checked against its model.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { collectionLoader } from './content-loaders.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionName,
  type Model,
} from './models/collections.ts';

/** Each collection keeps its own model's type, which `CollectionEntry<name>` is inferred from. */
type Collections = {
  [N in CollectionName]: { loader: Loader; schema: (typeof COLLECTIONS)[N]['model'] };
};

const define = (name: CollectionName) => {
  const model: Model = COLLECTIONS[name].model;
  return defineCollection({ loader: collectionLoader(name), schema: model });
};

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, define(name)]),
) as unknown as Collections;
