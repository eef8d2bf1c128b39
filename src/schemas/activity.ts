import { z } from 'zod';
import { mentionSchema, sourceSchema } from './common.ts';
import { activityDaySchema } from './catalog/activity-day.ts';

/** An activity day, week or month (catalog facts) with the places plans name it. */
export const activityEntrySchema = activityDaySchema.extend({
  generated_from: z.array(sourceSchema),
  mentions: z.array(mentionSchema.extend({ as_written: z.string().min(1) })),
});

export type ActivityEntry = z.output<typeof activityEntrySchema>;
