// Suggestions annotations of held-out-3.txt: eight articles written blind for w18 (the writer read no
// rule of src/ and no other held-out article). Part of the news-held-out group;
// `pnpm eval:suggestions --group news-held-out-3` scores them alone. Never tune the rules to them.
// Same conventions as suggestions-tuning-7.ts.
import type { NewsAnnotation } from './annotations.ts'

export const HELD_OUT_3: NewsAnnotation[] = []
