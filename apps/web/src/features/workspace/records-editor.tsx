import type { ArticleDetail, ClaimDetail } from '@claimtrail/contracts'
import { EvidenceList } from './evidence-editor.tsx'
import { ReplyRequests } from './reply-requests-editor.tsx'
import { ResponsesEditor } from './responses-editor.tsx'
import type { Span } from './selection-offsets.ts'

export interface RecordsEditorProps {
  claim: ClaimDetail
  article: ArticleDetail
  selection: Span | null
  editable: boolean
}

/** Responses of the people concerned, right-of-reply requests and evidence. */
export function RecordsEditor(props: RecordsEditorProps) {
  return (
    <>
      <ResponsesEditor {...props} />
      <ReplyRequests {...props} />
      <EvidenceList {...props} />
    </>
  )
}
