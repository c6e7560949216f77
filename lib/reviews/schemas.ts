import '@/lib/validation/zod-config';
import { z } from 'zod';

// Shared by the review form (react-hook-form + zodResolver) and the service.

const STARS = 'Choose from 1 to 5 stars';

export const reviewSchema = z.object({
  rating: z.coerce.number({ error: STARS }).int(STARS).min(1, STARS).max(5, STARS),
  comment: z.string().trim().max(2000, 'Keep it under 2,000 characters').default(''),
});

export type ReviewInput = z.input<typeof reviewSchema>;
