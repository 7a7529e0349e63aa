import { Button } from 'react-aria-components'
import { formatDateTime } from '../articles/claim-labels.ts'

/**
 * Says an unsaved edit kept on this device (unsaved-drafts.ts) was put back in the form, when it was
 * typed, and offers to discard it.
 */
export function RestoredNotice({
  what = 'your unsaved edit',
  savedAt,
  after = '.',
  onDiscard,
}: {
  /** What was restored, as in "Restored your unsaved edit of the verdict from…". */
  what?: string
  savedAt: string
  /** The rest of the sentence after the time, its full stop included. */
  after?: string
  onDiscard: () => void
}) {
  return (
    <div className="notice restored-notice" role="status">
      <p>
        Restored {what} from <time dateTime={savedAt}>{formatDateTime(savedAt)}</time>
        {after}
      </p>
      <Button className="link-button" onPress={onDiscard}>
        Discard the restored edit
      </Button>
    </div>
  )
}
