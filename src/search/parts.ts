// Where the search records are and which part comes last: shared by the route that renders
// them, the data that fills them (records.ts) and the integration that indexes them.

/** Where the records are rendered, under the output folder; the same as the route's path. */
export const RECORDS_DIR = 'search-records';

/**
 * The part that is no plan's, rendered after every plan's. Plan slugs always end in their
 * years, so none can be it.
 */
export const HUB_PART = 'hub';
