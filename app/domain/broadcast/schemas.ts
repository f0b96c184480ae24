import { z } from 'zod';
import type { AudienceFilter } from './audience';
import type { FrequencyCap } from './frequency-cap';

const ids = z.array(z.string().min(1).max(64)).max(50);
const tags = z.array(z.string().min(1).max(30)).max(50);
/** Ten years: long enough for any "bought within" an owner means, short enough to catch a typo. */
const days = z.number().int().min(1).max(3650);
const months = z.number().int().min(-12).max(240);

/**
 * For the command params and saved drafts that carry a filter: the selection rules assume whole,
 * positive day counts and would quietly match nobody (or everybody) otherwise.
 */
export const audienceFilterSchema = z
  .object({
    groupIds: ids.optional(),
    tags: z.object({ any: tags.optional(), all: tags.optional(), none: tags.optional() }).optional(),
    boughtProduct: z.object({ productId: z.string().min(1).max(64), withinDays: days }).optional(),
    notBoughtWithinDays: days.optional(),
    babyAgeMonths: z.object({ min: months.optional(), max: months.optional() }).optional(),
    requireConsent: z.boolean(),
  })
  .refine(
    (filter) => {
      const range = filter.babyAgeMonths;
      return range?.min === undefined || range.max === undefined || range.min <= range.max;
    },
    { message: 'babyAgeMonths.min must not exceed max', path: ['babyAgeMonths'] },
  ) satisfies z.ZodType<AudienceFilter>;

/** For the cap as stored in settings, which holds untyped values. */
export const frequencyCapSchema = z.object({
  perDays: z.number().int().min(1).max(365),
  max: z.number().int().min(1).max(100),
}) satisfies z.ZodType<FrequencyCap>;
